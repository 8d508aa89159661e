import Fluent
import Foundation
import Vapor

/// The library's columns on media: the sizes made from each upload and who uploaded it.
struct CreateMediaLibrary: AsyncMigration {
    var name: String { "0016_create_media_library" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Media.schema).field("variants", .string).update()
        try await database.schema(Media.schema).field("uploaded_by", .int, .references(User.schema, .id, onDelete: .setNull)).update()
        // A photo in a gallery may carry its own caption and credit.
        try await database.schema(GalleryItem.schema).field("caption", .string).update()
        try await database.schema(GalleryItem.schema).field("credit", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GalleryItem.schema).deleteField("credit").update()
        try await database.schema(GalleryItem.schema).deleteField("caption").update()
        try await database.schema(Media.schema).deleteField("uploaded_by").update()
        try await database.schema(Media.schema).deleteField("variants").update()
    }
}

extension MediaStore {
    /// Moves a rendered photo's files into the media folder under one random stem, then writes the row: a row never
    /// points at a missing file, and a failure leaves no row.
    func storeSet(base: String, files: [(Int, String, String)], master: String, width: Int, height: Int, alt: String,
                  caption: String, credit: String, uploadedBy: Int?, on db: any Database) async throws -> Media {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let stem = "\(base)-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
        var variants: [ImageVariant] = []
        var masterName = ""
        for (w, format, tempPath) in files {
            let name = tempPath == master ? "\(stem).jpg" : "\(stem)-w\(w).\(format == "jpeg" ? "jpg" : format)"
            guard Self.isSafeFileName(name) else { throw Abort(.internalServerError, reason: "unsafe media file name \(name)") }
            try FileManager.default.moveItem(atPath: tempPath, toPath: path(of: name))
            if tempPath == master { masterName = name }
            variants.append(ImageVariant(width: w, format: format, fileName: name))
        }
        let media = Media(fileName: masterName, mimeType: "image/jpeg", width: width, height: height, alt: alt, caption: caption,
                          credit: credit, createdAt: clock.now())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        media.variants = String(decoding: try encoder.encode(variants), as: UTF8.self)
        media.uploadedBy = uploadedBy
        do {
            try await media.create(on: db)
        } catch {
            for v in variants { try? FileManager.default.removeItem(atPath: path(of: v.fileName)) }
            throw error
        }
        return media
    }
}
