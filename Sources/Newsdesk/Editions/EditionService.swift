import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// An edition as the rest of the app sees it: immutable, with its resolved time zone and UI strings.
struct EditionInfo: Sendable, Equatable {
    let id: Int
    let code: String
    let name: String
    let language: String
    let timeZone: TimeZone
    let isDefault: Bool

    /// URL prefix: "" for the default edition, "/ru" for others.
    var pathPrefix: String { isDefault ? "" : "/" + code }
    var strings: UIStrings { UIStrings.for(language: language) }
}

enum EditionError: Error, Equatable {
    case invalid(field: String, message: String)
}

/// Editions change rarely and are read on every request, so they are kept in memory and reloaded on change.
final class EditionService: Sendable {
    private let cache = NIOLockedValueBox<[EditionInfo]?>(nil)

    func all(on db: any Database) async throws -> [EditionInfo] {
        if let cached = cache.withLockedValue({ $0 }) { return cached }
        let rows = try await Edition.query(on: db).sort(\.$position).sort(\.$id).all()
        let infos = try rows.map { row in
            EditionInfo(
                id: try row.requireID(), code: row.code, name: row.name, language: row.language,
                timeZone: TimeZone(identifier: row.timeZone) ?? .gmt, isDefault: row.isDefault
            )
        }
        // Don't remember an empty list: a site that is still being seeded would otherwise look empty until restart.
        if !infos.isEmpty { cache.withLockedValue { $0 = infos } }
        return infos
    }

    func invalidate() { cache.withLockedValue { $0 = nil } }

    func defaultEdition(on db: any Database) async throws -> EditionInfo? {
        let all = try await all(on: db)
        return all.first(where: \.isDefault) ?? all.first
    }

    func edition(code: String, on db: any Database) async throws -> EditionInfo? {
        try await all(on: db).first { $0.code == code }
    }

    func edition(id: Int, on db: any Database) async throws -> EditionInfo? {
        try await all(on: db).first { $0.id == id }
    }

    struct NewEdition: Sendable {
        var code: String
        var name: String
        var language: String
        var timeZone: String
        var isDefault: Bool
    }

    @discardableResult
    func create(_ input: NewEdition, on db: any Database) async throws -> EditionInfo {
        guard input.code.range(of: "^[a-z]{2,8}(-[a-z0-9]{2,8})?$", options: .regularExpression) != nil else {
            throw EditionError.invalid(field: "code", message: "use 2–8 lowercase letters, e.g. 'en' or 'pt-br'")
        }
        guard TimeZone(identifier: input.timeZone) != nil else {
            throw EditionError.invalid(field: "time_zone", message: "'\(input.timeZone)' is not an IANA time zone")
        }
        guard !input.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw EditionError.invalid(field: "name", message: "the edition needs a name")
        }
        let position = try await Edition.query(on: db).count()
        let row = Edition(
            code: input.code, name: input.name, language: input.language, timeZone: input.timeZone,
            isDefault: input.isDefault, position: position
        )
        try await row.create(on: db)
        invalidate()
        guard let info = try await edition(code: input.code, on: db) else { throw Abort(.internalServerError) }
        return info
    }
}
