import Fluent
import Foundation
import NewsText

extension NewsroomService {
    /// A save, validated and resolved: ids instead of codes, the state the article will be in.
    struct Plan: Sendable {
        var edition: EditionInfo
        var sectionID: Int
        var title: String
        var slug: String
        var summary: String
        var body: String
        var byline: String
        var tags: [String]
        var leadMediaID: Int?
        var relatedIDs: [Int]
        var status: ArticleStatus
        var publishedAt: Date?
        var embargoUntil: Date?
        var commentsOpen: Bool
        var correction: String?
        var recommended: Bool
        var kind: ArticleKind = .article
        var liveEnded = false
    }

    static let maxTags = 20

    /// Validates a save against the article as it is (nil for a new one) and works out its next state. Every
    /// problem with the input is reported at once, per field; a state the member may not choose is `forbidden`.
    func plan(_ input: ArticleInput, current: NewsroomArticle?, actor: Member, on db: any Database) async throws -> Plan {
        var fields: [String: String] = [:]
        let now = clock.now()

        // Edition and section.
        var edition = current?.edition
        if let code = input.edition, code != current?.edition.code {
            if current != nil {
                fields["edition"] = "an article stays in its edition; write a new one for another edition"
            } else if let e = try await editions.edition(code: code, on: db) {
                edition = e
            } else {
                fields["edition"] = "no edition has the code '\(code)'"
            }
        } else if current == nil, input.edition == nil {
            fields["edition"] = "required"
        }
        var sectionID = current?.section.id
        if let slug = input.section, let edition {
            if let s = try await articles.section(edition: edition.id, slug: slug, on: db) {
                sectionID = s.id
            } else {
                fields["section"] = "edition '\(edition.code)' has no section '\(slug)'"
            }
        } else if input.section == nil, current == nil {
            fields["section"] = "required"
        }

        // Text.
        let title = (input.title ?? current?.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty || title.count > 200 { fields["title"] = "a headline needs 1 to 200 characters" }
        let summary = (input.summary ?? current?.summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.count > 600 { fields["summary"] = "the summary may have at most 600 characters" }
        let body = input.body ?? current?.body ?? ""
        if body.utf8.count > 1_000_000 { fields["body_markdown"] = "the body may have at most 1 MB of text" }
        let byline = (input.byline ?? current?.byline ?? actor.displayName).trimmingCharacters(in: .whitespacesAndNewlines)
        if byline.isEmpty || byline.count > 120 { fields["byline"] = "a byline needs 1 to 120 characters" }
        var slug = current?.slug ?? Slug.make(title)
        if let raw = input.slug {
            let wanted = raw.trimmingCharacters(in: .whitespaces)
            if wanted.isEmpty {
                slug = Slug.make(title)
            } else if wanted != Slug.make(wanted) || wanted.count > 80 {
                fields["slug"] = "use up to 80 lowercase letters, digits and hyphens"
            } else {
                slug = wanted
            }
        }
        if slug.isEmpty { slug = "article" }
        let tags = (input.tags ?? current?.tags.map(\.name) ?? [])
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if tags.count > Self.maxTags || tags.contains(where: { $0.count > 60 || Slug.make($0).isEmpty }) {
            fields["tags"] = "up to \(Self.maxTags) tags of 1 to 60 characters, each with a letter or digit"
        }
        let correctionRaw = input.correction.map { $0?.trimmingCharacters(in: .whitespacesAndNewlines) } ?? current?.correction
        let correction = correctionRaw.flatMap { $0.isEmpty ? nil : $0 }
        if (correction?.count ?? 0) > 1000 { fields["correction"] = "a correction note may have at most 1,000 characters" }

        // Photo and related stories.
        let leadMediaID = input.leadImageID ?? current?.leadImageID
        if let id = leadMediaID {
            if let m = try await Media.find(id, on: db) {
                if [m.caption, m.credit, m.alt].contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    fields["lead_image_id"] = "the lead photo needs a caption, a credit and alt text"
                }
            } else {
                fields["lead_image_id"] = "no photo has the id \(id)"
            }
        }
        let relatedIDs = input.relatedIDs ?? current?.relatedIDs ?? []
        if !relatedIDs.isEmpty {
            let unique = Set(relatedIDs)
            let found = Set(try await Article.query(on: db).filter(\.$id ~~ unique).field(\.$id).all().compactMap(\.id))
            if let missing = relatedIDs.first(where: { !found.contains($0) }) {
                fields["related_ids"] = "no article has the id \(missing)"
            } else if relatedIDs.count > 12 || relatedIDs.contains(where: { $0 == current?.id }) {
                fields["related_ids"] = "up to 12 other articles"
            }
        }

        // State and times.
        var status = current?.status ?? .draft
        if let raw = input.status {
            if let s = ArticleStatus(rawValue: raw) { status = s } else { fields["status"] = "use draft, submitted, scheduled or published" }
        }
        let zone = edition?.timeZone ?? .gmt
        var publishAt: Date?? = nil
        if let raw = input.publishAt {
            if let text = raw {
                if let d = Self.parseTime(text, zone: zone) {
                    publishAt = .some(d)
                    if d < now.addingTimeInterval(-60) { fields["publish_at"] = "must not be in the past" }
                } else {
                    fields["publish_at"] = "a date and time such as 2026-05-01T09:30 (edition time) or with an offset"
                }
            } else {
                publishAt = .some(nil)
            }
        }
        var embargo = current?.embargoUntil
        if let raw = input.embargoUntil {
            if let text = raw {
                if let d = Self.parseTime(text, zone: zone) { embargo = d } else {
                    fields["embargo_until"] = "a date and time such as 2026-05-01T09:30 (edition time) or with an offset"
                }
            } else {
                embargo = nil
            }
        }
        let recommended = input.recommended ?? current?.recommended ?? false
        var kind = current?.kind ?? .article
        if let raw = input.kind {
            if let k = ArticleKind(rawValue: raw) { kind = k } else { fields["kind"] = "use article or live_blog" }
        }
        let liveEnded = input.liveEnded ?? current?.liveEnded ?? false
        if liveEnded, kind != .liveBlog, fields["kind"] == nil { fields["live_ended"] = "only a live blog's coverage ends" }
        guard fields.isEmpty, let edition, let sectionID else { throw NewsroomError.invalid(fields) }

        // Journalists write and submit; what goes to readers, and when, is the editors'.
        if !Self.editors.contains(actor.role) {
            if status == .scheduled || status == .published {
                throw NewsroomError.forbidden("Only editors and admins schedule or publish; submit the article for review.")
            }
            if recommended != (current?.recommended ?? false) {
                throw NewsroomError.forbidden("Only editors and admins choose the Recommended picks.")
            }
            if kind != (current?.kind ?? .article) || liveEnded != (current?.liveEnded ?? false) {
                throw NewsroomError.forbidden("Only editors and admins make an article a live blog or end its coverage.")
            }
        }
        var publishedAt = current?.publishedAt
        switch status {
        case .draft, .submitted:
            if current?.status == .scheduled { publishedAt = nil }
        case .published:
            if current?.status != .published {
                publishedAt = (publishAt ?? nil) ?? now
            }
        case .scheduled:
            publishedAt = publishAt ?? (current?.status == .scheduled ? current?.publishedAt : nil)
            guard let at = publishedAt else { throw NewsroomError.invalid(["publish_at": "required to schedule"]) }
            if at <= now && embargo.map({ $0 <= now }) ?? true {
                throw NewsroomError.invalid(["publish_at": "must be in the future to schedule; publish now instead"])
            }
        }
        if status == .published || status == .scheduled {
            if let at = publishedAt, at > now { status = .scheduled }
            if let embargo, embargo > (publishedAt ?? now) {
                publishedAt = embargo
                status = .scheduled
            }
        }
        return Plan(edition: edition, sectionID: sectionID, title: title, slug: slug, summary: summary, body: body,
                    byline: byline, tags: tags, leadMediaID: leadMediaID, relatedIDs: relatedIDs, status: status,
                    publishedAt: publishedAt, embargoUntil: embargo, commentsOpen: input.commentsOpen ?? current?.commentsOpen ?? true,
                    correction: correction, recommended: recommended, kind: kind, liveEnded: kind == .liveBlog && liveEnded)
    }

    /// ISO-8601 with an offset (`2026-05-01T09:30:00+03:00`, `...Z`) is taken as it is; a plain local time
    /// (`2026-05-01T09:30`, what a `datetime-local` field sends) is read in the edition's time zone.
    static func parseTime(_ raw: String, zone: TimeZone) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard text.count <= 40 else { return nil }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let d = iso.date(from: text) { return d }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = iso.date(from: text) { return d }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.calendar = Calendar(identifier: .gregorian)
        local.timeZone = zone
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"] {
            local.dateFormat = format
            if let d = local.date(from: text) { return d }
        }
        return nil
    }

    /// The newsroom's view of stored rows, with sections, photos and tags loaded in one query each.
    func views(of rows: [Article], full: Bool, on db: any Database) async throws -> [NewsroomArticle] {
        guard !rows.isEmpty else { return [] }
        let ids = rows.compactMap(\.id)
        let sections = try await Section.query(on: db).filter(\.$id ~~ Set(rows.map(\.sectionID))).all()
        let mediaIDs = Set(rows.compactMap(\.leadMediaID))
        let media = mediaIDs.isEmpty ? [] : try await Media.query(on: db).filter(\.$id ~~ mediaIDs).all()
        let tags = try await articles.tags(of: ids, on: db)
        var related: [Int: [Int]] = [:]
        if full {
            for r in try await ArticleRelation.query(on: db).filter(\.$articleID ~~ ids).sort(\.$position).all() {
                related[r.articleID, default: []].append(r.relatedID)
            }
        }
        let allEditions = try await editions.all(on: db)
        return rows.compactMap { row in
            guard let id = row.id, let edition = allEditions.first(where: { $0.id == row.editionID }),
                  let s = sections.first(where: { $0.id == row.sectionID }), let sid = s.id else { return nil }
            let image = row.leadMediaID.flatMap { mid in media.first { $0.id == mid } }.map(ArticleService.imageRef)
            return NewsroomArticle(
                id: id, edition: edition, section: SectionRef(id: sid, name: s.name, slug: s.slug), authorID: row.authorID,
                byline: row.byline, title: row.title, slug: row.slug, summary: row.summary, body: row.body,
                status: ArticleStatus(rawValue: row.status) ?? .draft, version: row.version ?? 1,
                publishedAt: row.publishedAt, revisedAt: row.revisedAt, embargoUntil: row.embargoUntil, updatedAt: row.updatedAt,
                correction: row.correction, commentsOpen: row.commentsClosed != true, recommended: row.recommendedRank != nil,
                tags: tags[id] ?? [], relatedIDs: related[id] ?? [], leadImageID: row.leadMediaID, leadImage: image,
                shortCode: row.shortCode ?? "", views: row.views, comments: row.commentsCount,
                kind: row.articleKind, liveEnded: row.liveEnded == true)
        }
    }
}
