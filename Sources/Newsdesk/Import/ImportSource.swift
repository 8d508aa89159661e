import Fluent
import Foundation

/// What an import brought in, by its id in the source: re-running an import finds its earlier work here (updating
/// what changed, duplicating nothing), an interrupted one continues, and old addresses find their articles.
final class ImportSource: Model, @unchecked Sendable {
    static let schema = "import_sources"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// The source site (a WordPress export's base URL) and the edition it went into.
    @Field(key: "source") var source: String
    /// "post", "comment", "attachment".
    @Field(key: "kind") var kind: String
    @Field(key: "external_id") var externalID: String
    @Field(key: "local_id") var localID: Int
    /// A hash of what was imported: an unchanged item is skipped on the next run.
    @Field(key: "checksum") var checksum: String
    /// For posts: the WordPress slug as readers saw it in links (decoded), for old addresses.
    @OptionalField(key: "old_slug") var oldSlug: String?
    @Field(key: "imported_at") var importedAt: Date

    init() {}
}

struct CreateImportSources: AsyncMigration {
    var name: String { "0019_create_import_sources" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ImportSource.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("source", .string, .required)
            .field("kind", .string, .required)
            .field("external_id", .string, .required)
            .field("local_id", .int, .required)
            .field("checksum", .string, .required)
            .field("old_slug", .string)
            .field("imported_at", .datetime, .required)
            .unique(on: "source", "kind", "external_id")
            .create()
        try await SQLIndex.create("import_sources_old_slug", on: ImportSource.schema, columns: ["kind", "old_slug"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportSource.schema).delete()
    }
}
