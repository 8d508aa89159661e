import Fluent
import Foundation
import NewsText

/// An old address of a renamed section: readers following it are sent to the section's address now.
final class SectionRedirect: Model, @unchecked Sendable {
    static let schema = "section_redirects"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "slug") var slug: String
    @Field(key: "section_id") var sectionID: Int

    init() {}
}

struct CreateSectionRedirects: AsyncMigration {
    var name: String { "0017_create_section_redirects" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SectionRedirect.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id))
            .field("slug", .string, .required)
            .field("section_id", .int, .required, .references(Section.schema, .id, onDelete: .cascade))
            .unique(on: "edition_id", "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SectionRedirect.schema).delete()
    }
}

/// Site furniture for editors: the sections of each edition and the Recommended picks.
extension NewsroomService {
    func requireEditor(_ actor: Member) throws {
        guard Self.editors.contains(actor.role) else {
            throw NewsroomError.forbidden("Sections and Recommended picks are for editors and admins.")
        }
    }

    /// Creates a section at the end of the edition's navigation, or renames one (a new slug keeps the old address
    /// redirecting).
    @discardableResult
    func saveSection(id: Int?, edition: EditionInfo, name rawName: String, slug rawSlug: String?, by actor: Member,
                     on db: any Database) async throws -> SectionRef {
        try requireEditor(actor)
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        let wanted = (rawSlug ?? "").trimmingCharacters(in: .whitespaces)
        let slug = wanted.isEmpty ? Slug.make(name) : wanted
        var fields: [String: String] = [:]
        if name.isEmpty || name.count > 60 { fields["name"] = "a section name needs 1 to 60 characters" }
        if slug.isEmpty || slug != Slug.make(slug) || slug.count > 60 { fields["slug"] = "use lowercase letters, digits and hyphens" }
        var q = Section.query(on: db).filter(\.$editionID == edition.id).filter(\.$slug == slug)
        if let id { q = q.filter(\.$id != id) }
        if fields["slug"] == nil, try await q.count() > 0 { fields["slug"] = "another section of this edition has this address" }
        guard fields.isEmpty else { throw NewsroomError.invalid(fields) }
        let saved: Section = try await db.transaction { tx in
            let section: Section
            if let id {
                guard let found = try await Section.find(id, on: tx), found.editionID == edition.id else { throw NewsroomError.notFound }
                section = found
                if found.slug != slug {
                    try await SectionRedirect.query(on: tx).filter(\.$editionID == edition.id).filter(\.$slug == slug).delete()
                    let redirect = SectionRedirect()
                    redirect.editionID = edition.id
                    redirect.slug = found.slug
                    redirect.sectionID = id
                    try await redirect.create(on: tx)
                }
            } else {
                let last = try await Section.query(on: tx).filter(\.$editionID == edition.id).max(\.$position)
                section = Section(editionID: edition.id, name: name, slug: slug, position: (last ?? -1) + 1)
            }
            section.name = name
            section.slug = slug
            try await section.save(on: tx)
            return section
        }
        await cache.invalidate(tags: ["edition:\(edition.id)", "sitemap"])
        return SectionRef(id: try saved.requireID(), name: saved.name, slug: saved.slug)
    }

    /// Moves a section one place earlier (`by: -1`) or later (`by: 1`) in its edition's navigation.
    func moveSection(id: Int, by step: Int, in edition: EditionInfo, by actor: Member, on db: any Database) async throws {
        try requireEditor(actor)
        try await db.transaction { tx in
            var list = try await Section.query(on: tx).filter(\.$editionID == edition.id).sort(\.$position).sort(\.$id).all()
            guard let from = list.firstIndex(where: { $0.id == id }) else { throw NewsroomError.notFound }
            let to = from + step
            guard list.indices.contains(to) else { return }
            list.swapAt(from, to)
            for (position, section) in list.enumerated() where section.position != position {
                section.position = position
                try await section.update(on: tx)
            }
        }
        await cache.invalidate(tags: ["edition:\(edition.id)"])
    }

    /// Where an old section address leads now.
    func sectionMoved(edition: Int, slug: String, on db: any Database) async throws -> String? {
        guard let redirect = try await SectionRedirect.query(on: db).filter(\.$editionID == edition).filter(\.$slug == slug).first(),
              let section = try await Section.find(redirect.sectionID, on: db) else { return nil }
        return section.slug
    }

    /// The edition's Recommended picks in their order (any state: editors may pick an article before it is out).
    func picks(edition: EditionInfo, on db: any Database) async throws -> [NewsroomArticle] {
        let rows = try await Article.query(on: db).filter(\.$editionID == edition.id).filter(\.$recommendedRank != nil)
            .sort(\.$recommendedRank).limit(50).all()
        return try await views(of: rows, full: false, on: db)
    }

    /// Makes `ids` the edition's picks, in this order; articles left out are no longer picked.
    func setPicks(edition: EditionInfo, ids: [Int], by actor: Member, on db: any Database) async throws {
        try requireEditor(actor)
        let unique = ids.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        let found = try await Article.query(on: db).filter(\.$id ~~ unique).filter(\.$editionID == edition.id).field(\.$id).all().compactMap(\.id)
        if let missing = unique.first(where: { !found.contains($0) }) {
            throw NewsroomError.invalid(["article": "edition '\(edition.code)' has no article \(missing)"])
        }
        try await db.transaction { tx in
            try await Article.query(on: tx).filter(\.$editionID == edition.id).filter(\.$recommendedRank != nil)
                .set(\.$recommendedRank, to: nil).update()
            for (rank, id) in unique.enumerated() {
                try await Article.query(on: tx).filter(\.$id == id).set(\.$recommendedRank, to: rank + 1).update()
            }
        }
        await cache.invalidate(tags: ["edition:\(edition.id)"])
    }
}
