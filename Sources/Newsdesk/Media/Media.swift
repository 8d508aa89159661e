import Fluent
import Foundation

/// One stored image with the words that must travel with it: alt text, caption and credit.
final class Media: Model, @unchecked Sendable {
    static let schema = "media"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// File name inside the data folder's `media/` directory.
    @Field(key: "file_name") var fileName: String
    @Field(key: "mime_type") var mimeType: String
    @Field(key: "width") var width: Int
    @Field(key: "height") var height: Int
    @Field(key: "alt") var alt: String
    @Field(key: "caption") var caption: String
    /// "Agency / Photographer", printed as "© Agency / Photographer".
    @Field(key: "credit") var credit: String
    @Field(key: "created_at") var createdAt: Date
    /// `[ImageVariant]` as JSON: the sizes made from an upload (nil for pictures stored before the library).
    @OptionalField(key: "variants") var variants: String?
    @OptionalField(key: "uploaded_by") var uploadedBy: Int?

    init() {}

    init(fileName: String, mimeType: String, width: Int, height: Int, alt: String, caption: String, credit: String, createdAt: Date) {
        self.fileName = fileName
        self.mimeType = mimeType
        self.width = width
        self.height = height
        self.alt = alt
        self.caption = caption
        self.credit = credit
        self.createdAt = createdAt
    }
}

final class Gallery: Model, @unchecked Sendable {
    static let schema = "galleries"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "title") var title: String
    @Field(key: "slug") var slug: String
    @Field(key: "summary") var summary: String
    @OptionalField(key: "cover_media_id") var coverMediaID: Int?
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

final class GalleryItem: Model, @unchecked Sendable {
    static let schema = "gallery_items"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "gallery_id") var galleryID: Int
    @Field(key: "media_id") var mediaID: Int
    @Field(key: "position") var position: Int
    /// This gallery's own words for the photo; nil uses the library's.
    @OptionalField(key: "caption") var caption: String?
    @OptionalField(key: "credit") var credit: String?

    init() {}

    init(galleryID: Int, mediaID: Int, position: Int) {
        self.galleryID = galleryID
        self.mediaID = mediaID
        self.position = position
    }
}

struct CreateMedia: AsyncMigration {
    var name: String { "0003_create_media" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Media.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("file_name", .string, .required)
            .field("mime_type", .string, .required)
            .field("width", .int, .required)
            .field("height", .int, .required)
            .field("alt", .string, .required)
            .field("caption", .string, .required)
            .field("credit", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "file_name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Media.schema).delete()
    }
}

struct CreateGalleries: AsyncMigration {
    var name: String { "0004_create_galleries" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Gallery.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id))
            .field("title", .string, .required)
            .field("slug", .string, .required)
            .field("summary", .string, .required)
            .field("cover_media_id", .int, .references(Media.schema, .id))
            .field("published_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "edition_id", "slug")
            .create()
        try await database.schema(GalleryItem.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("gallery_id", .int, .required, .references(Gallery.schema, .id, onDelete: .cascade))
            .field("media_id", .int, .required, .references(Media.schema, .id))
            .field("position", .int, .required)
            .unique(on: "gallery_id", "position")
            .create()
        try await SQLIndex.create("galleries_edition_published", on: "galleries", columns: ["edition_id", "published_at"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GalleryItem.schema).delete()
        try await database.schema(Gallery.schema).delete()
    }
}
