import Crypto
import Foundation

/// A small value sealed for the browser to carry (AES-GCM with a key derived from the site's secret): the browser
/// can neither read nor change it. Used for the sign-in in progress (state, nonce, PKCE verifier), which must survive
/// the provider's cross-site redirect, and for an outside identity waiting for the "Do you have an account?" answer.
struct SealedValues: Sendable {
    let key: SymmetricKey

    init(secret: [UInt8], purpose: String) {
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: secret), info: Data("newsdesk-\(purpose)".utf8),
                                     outputByteCount: 32)
    }

    func seal<T: Encodable>(_ value: T) throws -> String {
        let box = try AES.GCM.seal(try JSONEncoder().encode(value), using: key)
        return PKCE.base64URL(box.combined ?? Data())
    }

    /// nil when the text was not sealed with this key or was changed.
    func open<T: Decodable>(_ text: String, as type: T.Type) -> T? {
        guard text.count < 4096, let data = PKCE.fromBase64URL(text),
              let box = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(box, using: key) else { return nil }
        return try? JSONDecoder().decode(T.self, from: plain)
    }
}
