import Fluent
import Foundation

/// Member pictures: checked by content, size-limited, re-encoded and resized by libvips; the uploaded bytes are
/// never served. The image tool is outside the process, so it is passed in (a path) and can be missing.
struct AvatarService: Sendable {
    let mediaDirectory: String
    let images: ImageTool
    let limiter: RateLimiter
    let clock: AppClock

    static let maxBytes = 5 << 20
    static let size = 256
    /// Uploads one member may make in an hour.
    static let uploadsPerHour = 10

    func replace(for member: Member, upload: [UInt8], on db: any Database) async throws {
        guard upload.count <= Self.maxBytes else {
            throw AccountError.invalid(["avatar": "The picture is larger than 5 MB. Please choose a smaller one."])
        }
        guard let probe = ImageProbe.read(upload) else {
            throw AccountError.invalid(["avatar": ImageProbe.format(of: upload) == nil
                ? "This file is not a JPEG, PNG, WebP or GIF picture."
                : "This picture could not be read. Please try another file."])
        }
        guard probe.pixels <= ImageProbe.maxPixels else {
            throw AccountError.invalid(["avatar": "This picture is \(probe.width) × \(probe.height) pixels; pictures may have at most 50 megapixels."])
        }
        try await limiter.hit("avatar:member:\(member.id)", limit: Self.uploadsPerHour, window: 3600, on: db)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("avatar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("upload.\(probe.format.rawValue)")
        try Data(upload).write(to: input)
        let output = work.appendingPathComponent("avatar.webp")
        do {
            try await images.run([input.path, "--size", "\(Self.size)x\(Self.size)", "--smartcrop", "attention",
                                  "-o", output.path + "[Q=82,strip]"])
        } catch .missing {
            throw AccountError.unavailable("Pictures cannot be processed on this server right now (the image tool is not installed).")
        } catch .busy {
            throw AccountError.rateLimited(retryAfter: 10)
        } catch {
            throw AccountError.invalid(["avatar": "This picture could not be read. Please try another file."])
        }
        guard let data = try? Data(contentsOf: output), ImageProbe.format(of: Array(data.prefix(16))) == .webp else {
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
}
