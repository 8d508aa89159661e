import Fluent
import Foundation
import Vapor

/// Files of media on disk (the data folder's `media/`), and the rows that describe them.
struct MediaStore: Sendable {
    let directory: String
    let clock: AppClock

    /// Names we write and serve: nothing a request can turn into a path outside the folder.
    static let fileNamePattern = #"^[a-z0-9][a-z0-9-]{0,120}\.(svg|jpg|jpeg|png|webp|avif)$"#

    static func isSafeFileName(_ name: String) -> Bool {
        name.range(of: fileNamePattern, options: .regularExpression) != nil
    }

    func path(of fileName: String) -> String { directory + "/" + fileName }

    struct NewImage: Sendable {
        var baseName: String
        var fileExtension: String
        var mimeType: String
        var bytes: [UInt8]
        var width: Int
        var height: Int
        var alt: String
        var caption: String
        var credit: String
    }

    /// Writes the file first (atomically), then the row: a row never points at a missing file.
    func store(_ image: NewImage, on db: any Database) async throws -> Media {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let base = String(image.baseName.prefix(80))
        let fileName = "\(base)-\(suffix).\(image.fileExtension)"
        guard Self.isSafeFileName(fileName) else {
            throw Abort(.internalServerError, reason: "unsafe media file name \(fileName)")
        }
        try Data(image.bytes).write(to: URL(fileURLWithPath: path(of: fileName)), options: .atomic)
        let media = Media(fileName: fileName, mimeType: image.mimeType, width: image.width, height: image.height,
                          alt: image.alt, caption: image.caption, credit: image.credit, createdAt: clock.now())
        try await media.create(on: db)
        return media
    }
}
