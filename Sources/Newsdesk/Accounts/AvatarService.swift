import Fluent
import Foundation

/// Member pictures: checked by content, size-limited, re-encoded and resized by libvips; the uploaded bytes are
/// never served. The image tool is outside the process, so it is passed in (a path) and can be missing.
struct AvatarService: Sendable {
    let mediaDirectory: String
    let vipsthumbnail: String?
    let clock: AppClock

    static let maxBytes = 5 << 20
    static let size = 256

    enum Kind: String { case jpeg, png, gif, webp }

    /// What the bytes are, by their signature; the file name and declared type are not trusted.
    static func sniff(_ b: [UInt8]) -> Kind? {
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if b.starts(with: Array("GIF87a".utf8)) || b.starts(with: Array("GIF89a".utf8)) { return .gif }
        if b.count > 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return .webp }
        return nil
    }

    func replace(for member: Member, upload: [UInt8], on db: any Database) async throws {
        guard upload.count <= Self.maxBytes else {
            throw AccountError.invalid(["avatar": "The picture is larger than 5 MB. Please choose a smaller one."])
        }
        guard let kind = Self.sniff(upload) else {
            throw AccountError.invalid(["avatar": "This file is not a JPEG, PNG, WebP or GIF picture."])
        }
        guard let tool = vipsthumbnail else { throw AccountError.unavailable("vipsthumbnail is not installed (Debian: libvips-tools)") }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("avatar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("upload.\(kind.rawValue)")
        try Data(upload).write(to: input)
        let output = work.appendingPathComponent("avatar.webp")
        let status = try await Self.run(tool, [input.path, "--size", "\(Self.size)x\(Self.size)", "--smartcrop", "attention",
                                               "-o", output.path + "[Q=82,strip]"])
        guard status == 0, let data = try? Data(contentsOf: output), Self.sniff(Array(data.prefix(16))) == .webp else {
            throw AccountError.invalid(["avatar": "This picture could not be read. Please try another file."])
        }
        try FileManager.default.createDirectory(atPath: mediaDirectory, withIntermediateDirectories: true)
        let name = "avatar-\(member.id)-\(SecureToken.generate(bytes: 6).lowercased().filter { $0.isLetter || $0.isNumber }).webp"
        try data.write(to: URL(fileURLWithPath: mediaDirectory + "/" + name), options: .atomic)
        guard let user = try await User.find(member.id, on: db) else { return }
        let old = user.avatarFile
        user.avatarFile = name
        try await user.update(on: db)
        if let old, old != name { try? FileManager.default.removeItem(atPath: mediaDirectory + "/" + old) }
    }

    static func findTool() -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/vipsthumbnail") {
            return dir + "/vipsthumbnail"
        }
        return nil
    }

    private static func run(_ tool: String, _ args: [String]) async throws -> Int32 {
        try await withCheckedThrowingContinuation { continuation in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = args
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
    }
}
