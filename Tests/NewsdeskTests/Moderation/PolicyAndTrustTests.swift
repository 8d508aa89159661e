import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Per-edition policy and member trust")
struct PolicyAndTrustTests {
    typealias D = DiscussionTests

    @Test func editorChangesARulesActionAndTheAllowListForNewCommentsAndItIsAudited() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await D.setup(app)
            let editorID = try await StaffAndAPISessionTests.makeUser(app, email: "ed@example.com", role: .editor)
            let editor = try #require(try await User.find(editorID, on: app.db))
            let secret = TOTP.randomSecret()
            editor.totpSecret = Base32.encode(secret)
            editor.totpEnabledAt = fixedNow
            try await editor.update(on: app.db)
            let desk = FormClient(app)
            try await desk.post("/account/login", ["email": "ed@example.com", "password": AccountFlowTests.password,
                                                   "otp": TOTP(secret: secret).code(at: clock.now)])
            #expect(try await desk.get("/moderation/policy?edition=en").body.string.contains("name=\"rule_caps\""))
            var form: [String: String] = ["edition": "en", "domains": "stormpics.example.net\nnot a domain!"]
            for rule in ["off_topic", "hate", "minors", "extremism", "insult_threat", "disrespect_outlet", "violence", "suicide",
                         "commercial_links", "promotion", "narcotics", "flash_mob", "trolling"] { form["rule_" + rule] = "hold" }
            for rule in ["personal_data", "profanity", "spam", "malware_links", "flood", "no_sentences", "foreign_language"] { form["rule_" + rule] = "reject" }
            form["rule_caps"] = "hold"
            #expect(try await desk.post("/moderation/policy", form).status == .unprocessableEntity)
            form["domains"] = "stormpics.example.net"
            #expect(try await desk.post("/moderation/policy", form).status == .seeOther)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$action == "policy.change").first())
            #expect(entry.after?.contains("caps=hold") == true)
            #expect(entry.after?.contains("stormpics.example.net") == true)

            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            #expect(try await rita.post("/threads/\(s.articleID)", ["text": D.shouting]).status == .seeOther)
            #expect(try await Comment.query(on: app.db).filter(\.$status == "pending").count() == 1)
            try await rita.post("/threads/\(s.articleID)", ["text": D.withLink])
            #expect(try await Comment.query(on: app.db).filter(\.$status == "published").count() == 1)
            // A reader cannot open the policy page.
            #expect(try await rita.get("/moderation/policy").status == .forbidden)
        }
    }

    @Test func membersOftenRejectedArePreModeratedAndMembersWithAGoodRecordAreTrusted() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            let ritaID = try #require(try await User.query(on: app.db).filter(\.$email == "rita@example.com").first()?.id)
            func add(_ status: CommentStatus, count: Int, userID: Int) async throws {
                for i in 0..<count {
                    let c = Comment()
                    c.articleID = s.articleID
                    c.authorID = userID
                    c.text = "Earlier comment \(i)"
                    c.status = status.rawValue
                    c.findings = "[]"
                    c.likes = 0
                    c.createdAt = fixedNow.addingTimeInterval(-Double(86_400 * (40 + i)))
                    c.editedByModerator = false
                    try await c.create(on: app.db)
                }
            }
            try await add(.rejected, count: 4, userID: ritaID)
            #expect(app.newsdesk.moderation.standards.standing(of: try await app.newsdesk.discussion.authorRecord(of: ritaID, on: app.db)) == .premoderated)
            try await rita.post("/threads/\(s.articleID)", ["text": D.clean])
            let latest = try #require(try await Comment.query(on: app.db).sort(\.$id, .descending).first())
            #expect(latest.status == "pending")

            let omar = try await D.member(app, email: "omar@example.com", name: "Omar")
            let omarID = try #require(try await User.query(on: app.db).filter(\.$email == "omar@example.com").first()?.id)
            try await add(.published, count: 10, userID: omarID)
            #expect(app.newsdesk.moderation.standards.standing(of: try await app.newsdesk.discussion.authorRecord(of: omarID, on: app.db)) == .trusted)
            _ = omar

            // A good record with one rejection in the last days is not trusted yet; the record says when it was.
            let nina = try await D.member(app, email: "nina@example.com", name: "Nina")
            let ninaID = try #require(try await User.query(on: app.db).filter(\.$email == "nina@example.com").first()?.id)
            try await add(.published, count: 10, userID: ninaID)
            let rejected = Comment()
            rejected.articleID = s.articleID
            rejected.authorID = ninaID
            rejected.text = "A rejected one"
            rejected.status = CommentStatus.rejected.rawValue
            rejected.findings = "[]"
            rejected.likes = 0
            rejected.createdAt = fixedNow.addingTimeInterval(-86_400)
            rejected.editedByModerator = false
            try await rejected.create(on: app.db)
            let record = try await app.newsdesk.discussion.authorRecord(of: ninaID, on: app.db)
            #expect(record.published == 10)
            #expect(abs((record.lastRejection ?? .distantPast).timeIntervalSince(fixedNow.addingTimeInterval(-86_400))) < 1)
            #expect(record.recentRejected.first == true && record.recentRejected.count == 11)
            #expect(app.newsdesk.moderation.standards.standing(of: record) == .ordinary)
            _ = nina
        }
    }
}
