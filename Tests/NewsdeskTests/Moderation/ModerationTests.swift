import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Moderation desk")
struct ModerationTests {
    typealias D = DiscussionTests

    /// A moderator with the second factor enrolled, logged in through the pages.
    static func moderator(_ app: Application, clock: TestClock) async throws -> (FormClient, Member) {
        let id = try await StaffAndAPISessionTests.makeUser(app, email: "mod@example.com", role: .moderator)
        let user = try #require(try await User.find(id, on: app.db))
        let secret = TOTP.randomSecret()
        user.totpSecret = Base32.encode(secret)
        user.totpEnabledAt = fixedNow
        try await user.update(on: app.db)
        let client = FormClient(app)
        let code = TOTP(secret: secret).code(at: clock.now)
        #expect(try await client.post("/account/login", ["email": "mod@example.com", "password": AccountFlowTests.password, "otp": code]).status == .seeOther)
        let member = Member(id: id, email: "mod@example.com", displayName: "mod", role: .moderator, confirmed: true, avatarPath: nil,
                            totpEnabled: true, sessionID: 0, sessionKind: "web")
        return (client, member)
    }

    @Test func heldCommentIsApprovedAndThenEveryoneSeesItAndTheAuditLogSaysWho() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            try await rita.post("/threads/\(s.articleID)", ["text": D.withLink])
            let id = try #require(try await Comment.query(on: app.db).first()?.id)
            let (desk, moderator) = try await Self.moderator(app, clock: clock)
            let queue = try await desk.get("/moderation").body.string
            #expect(queue.contains("stormpics.example.net"))
            #expect(queue.contains("<strong>Links to other sites</strong>"))
            #expect(queue.contains("<mark>"))
            #expect(try await desk.post("/moderation/comments/\(id)/decision", ["action": "approve"]).status == .seeOther)
            #expect(try await Comment.find(id, on: app.db)?.status == "published")
            #expect(try await D.count(app, s.articleID) == 1)
            #expect(try await FormClient(app).get(s.path).body.string.contains("stormpics.example.net"))
            #expect(!(try await desk.get("/moderation").body.string.contains("stormpics.example.net")))
            let entry = try #require(try await AuditEntry.query(on: app.db).first())
            #expect(entry.action == "comment.approve")
            #expect(entry.before == "pending" && entry.after == "published")
            // The log names who did it and what, in words; the time is the edition's, not an ISO stamp.
            let audit = try await desk.get("/moderation/audit?q=approve").body.string
            #expect(audit.contains("<td>Approved a comment</td>"))
            let name = try #require(try await User.find(moderator.id, on: app.db)?.displayName)
            #expect(audit.contains("<td>\(name) (#\(moderator.id))</td>"))
            #expect(audit.contains("23 September 2017</time>"))
        }
    }

    @Test func reportedCommentIsRejectedWithARuleEditedCommentsSaySoAndTheMemberIsTold() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            let omar = try await D.member(app, email: "omar@example.com", name: "Omar")
            try await rita.post("/threads/\(s.articleID)", ["text": D.clean])
            try await rita.post("/threads/\(s.articleID)", ["text": "The rescue teams on the coast worked through the storm night."])
            let ids = try await Comment.query(on: app.db).sort(\.$id).all().compactMap(\.id)
            try await omar.post("/comments/\(ids[0])/report", ["rule": "off_topic"])
            let (desk, _) = try await Self.moderator(app, clock: clock)
            #expect(try await desk.get("/moderation").body.string.contains("Reported: <strong>Off topic</strong>"))
            #expect(try await desk.post("/moderation/comments/\(ids[0])/decision", ["action": "reject"]).status == .unprocessableEntity)
            #expect(try await desk.post("/moderation/comments/\(ids[0])/decision", ["action": "reject", "rule": "off_topic"]).status == .seeOther)
            #expect(try await Comment.find(ids[0], on: app.db)?.status == "rejected")
            #expect(try await CommentReport.query(on: app.db).filter(\.$resolvedAt == nil).count() == 0)
            let mail = try #require(try await MailBox.latest(to: "rita@example.com", app))
            #expect(mail.contains("(Off topic)") && !mail.contains("off_topic"))

            #expect(try await desk.post("/moderation/comments/\(ids[1])/edit", ["text": "The rescue teams worked through the night."]).status == .seeOther)
            let page = try await FormClient(app).get(s.path).body.string
            #expect(page.contains("The rescue teams worked through the night."))
            #expect(page.contains("edited by moderator"))
            #expect(try await CommentVersion.query(on: app.db).filter(\.$commentID == ids[1]).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "comment.edit").first()?.before == "The rescue teams on the coast worked through the storm night.")
        }
    }

    @Test func firstBlockCanBeAppealedAndASecondBlockIsPermanent() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            let ritaID = try #require(try await User.query(on: app.db).filter(\.$email == "rita@example.com").first()?.id)
            let (desk, _) = try await Self.moderator(app, clock: clock)
            #expect(try await desk.post("/moderation/members/\(ritaID)/block", ["rule": "trolling", "reason": "Abusive replies to other members"]).status == .seeOther)
            let blocked = try await rita.post("/threads/\(s.articleID)", ["text": D.clean])
            #expect(blocked.status == .forbidden)
            #expect(blocked.body.string.contains("Abusive replies to other members"))
            #expect(try await rita.get(s.path).body.string.contains("href=\"/account/unblock\">Ask to be unblocked</a>"))

            let form = try await rita.get("/account/unblock").body.string
            #expect(form.contains("value=\"Restoration of account / unlock access\""))
            #expect(form.contains("value=\"\(ritaID)\""))
            #expect(try await rita.post("/account/unblock", ["explanation": "short"]).status == .unprocessableEntity)
            let explanation = "I insulted other members in replies, which breaks the rule against trolling. I will not do it again."
            #expect(try await rita.post("/account/unblock", ["explanation": explanation]).status == .ok)
            let request = try #require(try await UnblockRequest.query(on: app.db).first())
            #expect(request.subject == "Restoration of account / unlock access")
            #expect(try await desk.get("/moderation/unblock-requests").body.string.contains("I insulted other members"))
            #expect(try await desk.post("/moderation/unblock-requests/\(request.requireID())/decision", ["grant": "true", "note": "Welcome back"]).status == .seeOther)
            #expect(try await rita.post("/threads/\(s.articleID)", ["text": D.clean]).status == .seeOther)
            let outcome = try #require(try await MailBox.latest(to: "rita@example.com", app))
            #expect(outcome.contains("Your access has been restored"))

            #expect(try await desk.post("/moderation/members/\(ritaID)/block", ["rule": "trolling", "reason": "Again abusive"]).status == .seeOther)
            #expect(try await Sanction.query(on: app.db).filter(\.$liftedAt == nil).first()?.permanent == true)
            let page = try await rita.get("/account/unblock").body.string
            #expect(page.contains("Access cannot be restored"))
            #expect(!page.contains("name=\"explanation\""))
            #expect(try await rita.post("/account/unblock", ["explanation": explanation]).status == .conflict)
            #expect(try await UnblockRequest.query(on: app.db).filter(\.$status == "open").count() == 0)
        }
    }

    @Test func readersAndJournalistsGet403EverywhereOnTheDeskAndTheAPIFollowsTheSameRules() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            try await rita.post("/threads/\(s.articleID)", ["text": D.withLink])
            let id = try #require(try await Comment.query(on: app.db).first()?.id)
            let ritaID = try #require(try await User.query(on: app.db).filter(\.$email == "rita@example.com").first()?.id)
            for role in [Role.reader, .journalist] {
                let email = "\(role.rawValue)@example.com"
                let token: String
                if role == .reader {
                    _ = try await StaffAndAPISessionTests.makeUser(app, email: email, role: role)
                    token = try await app.newsdesk.accounts.logIn(.init(email: email, password: AccountFlowTests.password, otp: nil, remember: false, ip: "10.0.0.1", kind: "api"), on: app.db).token
                } else {
                    token = try await StaffAndAPISessionTests.enrolledStaffToken(app, email: email, role: role, clock: clock, ip: "10.0.0.2")
                }
                let h: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
                for (method, path, body) in [(HTTPMethod.GET, "/api/v1/moderation/queue", ""),
                                             (.POST, "/api/v1/moderation/comments/\(id)/decision", "{\"action\":\"approve\"}"),
                                             (.PATCH, "/api/v1/moderation/comments/\(id)", "{\"text\":\"x\"}"),
                                             (.POST, "/api/v1/moderation/members/\(ritaID)/blocks", "{\"rule\":\"spam\",\"reason\":\"x\"}"),
                                             (.POST, "/api/v1/moderation/unblock-requests/1/decision", "{\"grant\":true}")] {
                    try await app.testing().test(method, path, headers: h, body: .init(string: body)) { res in
                        #expect(res.status == .forbidden, "\(role) \(method) \(path)")
                    }
                }
            }
            #expect(try await Comment.find(id, on: app.db)?.status == "pending")

            let token = try await StaffAndAPISessionTests.enrolledStaffToken(app, email: "apimod@example.com", role: .moderator, clock: clock, ip: "10.0.0.3")
            let modID = try #require(try await User.query(on: app.db).filter(\.$email == "apimod@example.com").first()?.id)
            let h: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            try await app.testing().test(.GET, "/api/v1/moderation/queue?rule=commercial_links", headers: h) { res in
                #expect(res.status == .ok)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
                #expect((body["items"] as? [Any])?.count == 1)
            }
            try await app.testing().test(.POST, "/api/v1/moderation/members/\(ritaID)/blocks", headers: h,
                                         body: .init(string: "{\"rule\":\"spam\",\"reason\":\"Link spam\"}")) { res in
                #expect(res.status == .created)
                #expect(res.body.string.contains("\"permanent\":false"))
            }
            try await app.testing().test(.POST, "/api/v1/moderation/members/\(ritaID)/blocks", headers: h,
                                         body: .init(string: "{\"rule\":\"spam\",\"reason\":\"Link spam again\"}")) { res in
                #expect(res.body.string.contains("\"permanent\":true"))
            }
            let (ritaToken, _) = try await app.newsdesk.accounts.logIn(.init(email: "rita@example.com", password: AccountFlowTests.password, otp: nil, remember: false, ip: "10.0.0.4", kind: "api"), on: app.db)
            try await app.testing().test(.POST, "/api/v1/unblock-requests", headers: ["Authorization": "Bearer \(ritaToken)", "Content-Type": "application/json"],
                                         body: .init(string: "{\"explanation\":\"I posted links that were advertising, which the rules forbid.\"}")) { res in
                #expect(res.status == .conflict)
            }
            _ = modID
        }
    }
}

@Suite("Engine feedback from moderators")
struct EngineFeedbackTests {
    typealias D = DiscussionTests

    @Test func decisionsShowUpInTheOverturnReportAndRetrainTheSpamModel() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            try await rita.post("/threads/\(s.articleID)", ["text": D.withLink])
            try await rita.post("/threads/\(s.articleID)", ["text": "Cheap watches at https://luxury-deals.example.biz only today, big discount on every order."])
            let held = try await Comment.query(on: app.db).filter(\.$status == "pending").sort(\.$id).all()
            #expect(held.count == 2)
            let (desk, _) = try await ModerationTests.moderator(app, clock: clock)
            try await desk.post("/moderation/comments/\(held[0].id!)/decision", ["action": "approve"])
            try await desk.post("/moderation/comments/\(held[1].id!)/decision", ["action": "reject", "rule": "spam"])
            let report = try await desk.get("/moderation/report").body.string
            #expect(report.contains("<td>Links to other sites</td><td>2</td><td>1</td><td>1</td><td>50%</td>"))

            let before = app.newsdesk.moderation.standards.spamModel.current
            let learned = try await SpamTrainer(clock: app.newsdesk.clock, holder: app.newsdesk.moderation.standards.spamModel).retrain(on: app.db)
            #expect(learned == 2)
            #expect(app.newsdesk.moderation.standards.spamModel.current != before)
            #expect(try await StoredSpamModel.query(on: app.db).count() == 1)
            let fresh = SpamModelHolder()
            try await SpamTrainer(clock: app.newsdesk.clock, holder: fresh).load(on: app.db)
            #expect(fresh.current == app.newsdesk.moderation.standards.spamModel.current)
        }
    }
}

@Suite("Bulk decisions and deletion by administrators")
struct BulkAndDeletionTests {
    typealias D = DiscussionTests

    @Test func moderatorDecidesSeveralCommentsAtOnceAndAnAdminDeletesAnAccountForGood() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            try await rita.post("/threads/\(s.articleID)", ["text": D.withLink])
            try await rita.post("/threads/\(s.articleID)", ["text": "More pictures of the flooding on the coast at https://floodpics.example.org/album today."])
            let ids = try await Comment.query(on: app.db).filter(\.$status == "pending").all().compactMap(\.id)
            #expect(ids.count == 2)
            let (desk, _) = try await ModerationTests.moderator(app, clock: clock)
            let body = ids.map { "ids=\($0)" }.joined(separator: "&") + "&action=approve&rule=spam&csrf_token=\(desk.csrf ?? "")"
            let res = try await desk.send(.POST, "/moderation/bulk", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                          body: ByteBuffer(string: body))
            #expect(res.status == .seeOther)
            #expect(try await Comment.query(on: app.db).filter(\.$status == "published").count() == 2)
            #expect(try await D.count(app, s.articleID) == 2)

            // Only an administrator deletes accounts.
            let ritaID = try #require(try await User.query(on: app.db).filter(\.$email == "rita@example.com").first()?.id)
            #expect(try await desk.post("/moderation/members/\(ritaID)/delete", ["reason": "Spam account"]).status == .forbidden)
            let adminID = try await StaffAndAPISessionTests.makeUser(app, email: "root@example.com", role: .admin)
            let admin = try #require(try await User.find(adminID, on: app.db))
            let secret = TOTP.randomSecret()
            admin.totpSecret = Base32.encode(secret)
            admin.totpEnabledAt = fixedNow
            try await admin.update(on: app.db)
            let root = FormClient(app)
            try await root.post("/account/login", ["email": "root@example.com", "password": AccountFlowTests.password,
                                                   "otp": TOTP(secret: secret).code(at: clock.now)])
            #expect(try await root.post("/moderation/members/\(ritaID)/delete", ["reason": "Spam account"]).status == .seeOther)
            let purged = try #require(try await User.find(ritaID, on: app.db))
            #expect(purged.status == "purged")
            #expect(purged.email != "rita@example.com")
            #expect(try await D.count(app, s.articleID) == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "member.delete").count() == 1)
        }
    }
}
