import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Discussion under articles")
struct DiscussionTests {
    typealias Flow = AccountFlowTests
    static let articleBody = "The storm arrived at dawn. Residents were evacuated from the coast as winds reached 200 km/h and the harbour flooded."
    static let clean = "The evacuation seems to have saved many lives. Well done to the rescue teams on the coast."
    static let shouting = "THIS STORM COVERAGE IS ABSOLUTELY TERRIBLE AND EVERYONE KNOWS IT"
    static let withEmail = "Write to me at john.smith@example.com about the storm damage."
    static let withLink = "Great coverage of the storm. More photos of the flooding are on https://stormpics.example.net/gallery today."

    struct Setup {
        let fixture: Fixture
        let articleID: Int
        let path: String
    }

    static func setup(_ app: Application) async throws -> Setup {
        let f = try await Fixture.build(app)
        let id = try await f.article(app, title: "Storm makes landfall on the coast", body: articleBody)
        return Setup(fixture: f, articleID: id, path: "/articles/storm-makes-landfall-on-the-coast")
    }

    static func member(_ app: Application, email: String, name: String, confirmed: Bool = true) async throws -> FormClient {
        _ = try await app.newsdesk.users.create(.init(email: email, password: Flow.password, displayName: name, role: .reader,
                                                      confirmed: confirmed), on: app.db)
        let client = FormClient(app)
        #expect(try await Flow.logIn(client, email: email).status == .seeOther)
        return client
    }

    static func count(_ app: Application, _ id: Int) async throws -> Int {
        try await Article.find(id, on: app.db)?.commentsCount ?? -1
    }

    @Test func publishedCommentAppearsForEveryoneAndCountsOnTheArticle() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            let res = try await rita.post("/threads/\(s.articleID)", ["text": Self.clean])
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location)?.hasPrefix(s.path + "#comment-") == true)
            #expect(try await Self.count(app, s.articleID) == 1)
            let page = try await FormClient(app).get(s.path).body.string
            #expect(page.contains(Self.clean))
            #expect(page.contains("class=\"comment__author\">Rita<"))
            #expect(page.contains("discussion__count\">1<"))
            #expect(page.contains("Log in to comment</a> · <a href=\"/account/register\">Register</a>"))
            try await app.testing().test(.GET, "/api/v1/articles/\(s.articleID)") { res in
                let body = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
                #expect((body["counters"] as? [String: Any])?["comments"] as? Int == 1)
            }
        }
    }

    @Test func heldCommentIsSeenOnlyByItsAuthorWithTheRulesNamed() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            #expect(try await rita.post("/threads/\(s.articleID)", ["text": Self.withLink]).status == .seeOther)
            let row = try #require(try await Comment.query(on: app.db).first())
            #expect(row.status == "pending")
            #expect(row.findings.contains("commercial_links"))
            #expect(try await Self.count(app, s.articleID) == 0)
            let own = try await rita.get(s.path).body.string
            #expect(own.contains("stormpics.example.net"))
            #expect(own.contains("Awaiting moderation (Links to other sites)"))
            #expect(!(try await FormClient(app).get(s.path).body.string.contains("stormpics.example.net")))
            let other = try await Self.member(app, email: "omar@example.com", name: "Omar")
            #expect(!(try await other.get(s.path).body.string.contains("stormpics.example.net")))
        }
    }

    @Test func rejectedCommentIsNotStoredAndComesBackWithTheRuleAndTheText() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            let res = try await rita.post("/threads/\(s.articleID)", ["text": Self.shouting])
            #expect(res.status == .unprocessableEntity)
            let html = res.body.string
            #expect(html.contains("<strong>Written in capitals</strong>") && !html.contains(">caps<"))
            #expect(html.contains("capital letters"))
            #expect(html.contains(">\(Self.shouting)</textarea>"))
            #expect(html.contains("<mark>"))
            #expect(try await Comment.query(on: app.db).count() == 0)
        }
    }

    @Test func personalDataIsNeverStored() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            let res = try await rita.post("/threads/\(s.articleID)", ["text": Self.withEmail])
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("<strong>Personal data</strong>") && !res.body.string.contains(">personal_data"))
            #expect(try await Comment.query(on: app.db).count() == 0)
            #expect(DiscussionService.masked(Self.withEmail, findings: [
                .init(rule: .personalData, start: 15, end: 37, confidence: 1, message: "")]) == "Write to me at [removed] about the storm damage.")
        }
    }

    @Test func repliesThreadUnderTheirCommentAndNameWhomTheyAnswer() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            let omar = try await Self.member(app, email: "omar@example.com", name: "Omar")
            try await rita.post("/threads/\(s.articleID)", ["text": Self.clean])
            let root = try #require(try await Comment.query(on: app.db).first()).id!
            try await omar.post("/threads/\(s.articleID)", ["text": "I agree with this, the rescue teams on the coast were brave.", "parent_id": "\(root)"])
            let reply = try #require(try await Comment.query(on: app.db).filter(\.$parentID == root).first())
            try await rita.post("/threads/\(s.articleID)", ["text": "Thank you. The coast guard deserves the credit for the evacuation.", "parent_id": "\(reply.id!)"])
            let second = try #require(try await Comment.query(on: app.db).filter(\.$parentID == reply.id!).first())
            #expect(second.rootID == root)
            let html = try await FormClient(app).get(s.path).body.string
            let rootPos = try #require(html.range(of: "id=\"comment-\(root)\""))
            let replies = try #require(html.range(of: "comments--replies"))
            #expect(rootPos.lowerBound < replies.lowerBound)
            #expect(html.contains("<span class=\"comment__to\"><span class=\"arrow\" aria-hidden=\"true\">→</span> Omar</span>"))
            #expect(try await Self.count(app, s.articleID) == 3)
        }
    }

    @Test func authorEditsWithin15MinutesKeepingTheOldVersionAndCanDelete() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            let omar = try await Self.member(app, email: "omar@example.com", name: "Omar")
            try await rita.post("/threads/\(s.articleID)", ["text": Self.clean])
            let id = try #require(try await Comment.query(on: app.db).first()?.id)
            #expect(try await omar.post("/comments/\(id)/edit", ["text": "Hijacked text about the storm on the coast."]).status == .forbidden)
            #expect(try await rita.post("/comments/\(id)/edit", ["text": "The evacuation saved many lives on the coast."]).status == .seeOther)
            #expect(try await Comment.find(id, on: app.db)?.text == "The evacuation saved many lives on the coast.")
            #expect(try await CommentVersion.query(on: app.db).first()?.text == Self.clean)
            #expect(try await FormClient(app).get(s.path).body.string.contains("comment__badge\">edited<"))
            clock.advance(16 * 60)
            #expect(try await rita.post("/comments/\(id)/edit", ["text": "Too late to change the storm comment now."]).status == .forbidden)
            #expect(try await rita.post("/comments/\(id)/delete", [:]).status == .seeOther)
            #expect(try await Self.count(app, s.articleID) == 0)
            #expect(!(try await FormClient(app).get(s.path).body.string.contains("saved many lives")))
        }
    }

    @Test func likesCountOncePerMemberAndReportsNeedAReason() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            let omar = try await Self.member(app, email: "omar@example.com", name: "Omar")
            try await rita.post("/threads/\(s.articleID)", ["text": Self.clean])
            let id = try #require(try await Comment.query(on: app.db).first()?.id)
            try await omar.post("/comments/\(id)/like", [:])
            try await omar.post("/comments/\(id)/like", [:])
            #expect(try await Comment.find(id, on: app.db)?.likes == 1)
            #expect(try await omar.post("/comments/\(id)/report", ["rule": "other", "text": ""]).status == .unprocessableEntity)
            #expect(try await omar.post("/comments/\(id)/report", ["rule": "made_up"]).status == .unprocessableEntity)
            #expect(try await omar.post("/comments/\(id)/report", ["rule": "trolling"]).status == .seeOther)
            let report = try #require(try await CommentReport.query(on: app.db).first())
            #expect(report.rule == "trolling")
            #expect(report.commentID == id)
        }
    }

    @Test func unconfirmedBlockedAndClosedCannotPostAndAreToldWhy() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let fresh = try await Self.member(app, email: "new@example.com", name: "New", confirmed: false)
            #expect(try await fresh.post("/threads/\(s.articleID)", ["text": Self.clean]).status == .forbidden)
            #expect(try await fresh.get(s.path).body.string.contains("Confirm your e-mail address to comment"))

            let bad = try await Self.member(app, email: "bad@example.com", name: "Bad")
            let sanction = Sanction()
            sanction.userID = try #require(try await User.query(on: app.db).filter(\.$email == "bad@example.com").first()?.id)
            sanction.rule = "trolling"
            sanction.reason = "Repeated abuse of other members"
            sanction.permanent = false
            sanction.createdAt = fixedNow
            try await sanction.create(on: app.db)
            let blocked = try await bad.post("/threads/\(s.articleID)", ["text": Self.clean])
            #expect(blocked.status == .forbidden)
            #expect(blocked.body.string.contains("Repeated abuse of other members"))

            try await Article.query(on: app.db).filter(\.$id == s.articleID).set(\.$commentsClosed, to: true).update()
            await app.newsdesk.pageCache.removeAll()
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            #expect(try await rita.post("/threads/\(s.articleID)", ["text": Self.clean]).status == .forbidden)
            #expect(try await FormClient(app).get(s.path).body.string.contains("Comments on this article are closed."))
            #expect(try await Comment.query(on: app.db).count() == 0)
        }
    }

    @Test func postingTooFastIsRefusedWith429AndTheTextKept() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            let texts = ["The storm hit the coast hard this morning.", "Residents on the coast were evacuated in time.",
                         "The harbour flooded, which was expected.", "Winds reached two hundred kilometres an hour.",
                         "Rescue teams on the coast did a great job.", "One more thought about the storm and the coast."]
            var statuses: [HTTPStatus] = []
            for t in texts { statuses.append(try await rita.post("/threads/\(s.articleID)", ["text": t]).status) }
            #expect(Array(statuses.prefix(5)) == Array(repeating: .seeOther, count: 5))
            let last = try await rita.post("/threads/\(s.articleID)", ["text": "A seventh thought about the storm on the coast."])
            #expect(last.status == .tooManyRequests)
            #expect(last.body.string.contains("posting too fast"))
            #expect(last.body.string.contains("A seventh thought about the storm on the coast.</textarea>"))
        }
    }

    @Test func deletingTheAccountHidesItsCommentsAndTheCounterFollows() async throws {
        try await withTestApp { app in
            let s = try await Self.setup(app)
            let rita = try await Self.member(app, email: "rita@example.com", name: "Rita")
            try await rita.post("/threads/\(s.articleID)", ["text": Self.clean])
            #expect(try await Self.count(app, s.articleID) == 1)
            #expect(try await rita.post("/account/delete", ["password": Flow.password]).status == .ok)
            #expect(try await Self.count(app, s.articleID) == 0)
            #expect(!(try await FormClient(app).get(s.path).body.string.contains(Self.clean)))
        }
    }
}
