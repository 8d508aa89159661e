import Fluent
import Foundation
import Vapor

/// A language edition of the site: its own sections, articles, time zone and URL prefix.
final class Edition: Model, @unchecked Sendable {
    static let schema = "editions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// Short code used as URL prefix ("ru" -> /ru/...); the default edition has no prefix.
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "language") var language: String
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "is_default") var isDefault: Bool
    @Field(key: "position") var position: Int

    init() {}

    init(code: String, name: String, language: String, timeZone: String, isDefault: Bool, position: Int) {
        self.code = code
        self.name = name
        self.language = language
        self.timeZone = timeZone
        self.isDefault = isDefault
        self.position = position
    }
}

struct CreateEditions: AsyncMigration {
    var name: String { "0001_create_editions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Edition.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("language", .string, .required)
            .field("time_zone", .string, .required)
            .field("is_default", .bool, .required)
            .field("position", .int, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Edition.schema).delete()
    }
}
