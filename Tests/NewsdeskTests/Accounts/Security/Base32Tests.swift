import Testing
@testable import Newsdesk

struct Base32Tests {
    /// RFC 4648 section 10 test vectors.
    static let vectors: [(String, String)] = [
        ("", ""), ("f", "MY======"), ("fo", "MZXQ===="), ("foo", "MZXW6==="),
        ("foob", "MZXW6YQ="), ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI======"),
    ]

    @Test(arguments: vectors)
    func encodesTheRFC4648Vectors(plain: String, encoded: String) {
        #expect(Base32.encode(Array(plain.utf8)) == encoded)
    }

    @Test(arguments: vectors)
    func decodesTheRFC4648Vectors(plain: String, encoded: String) {
        #expect(Base32.decode(encoded) == Array(plain.utf8))
    }

    @Test(arguments: [
        ("mzxw6ytboi", "foobar"), ("MZXW 6YTB OI", "foobar"), ("MZXW6YQ", "foob"),
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "12345678901234567890"),
    ])
    func decodesWhatPeopleTypeWithoutPaddingOrCase(typed: String, plain: String) {
        #expect(Base32.decode(typed) == Array(plain.utf8))
    }

    @Test(arguments: ["M", "MZX", "MZXW6Y", "MZ1W6YTB", "MZXW6YT!", "MZXW6YTB=OI"])
    func refusesCharactersOrLengthsNoEncoderProduces(_ text: String) {
        #expect(Base32.decode(text) == nil)
    }

    @Test func roundTripsEveryByteValue() {
        let bytes = (0...255).map(UInt8.init)
        #expect(Base32.decode(Base32.encode(bytes)) == bytes)
    }
}
