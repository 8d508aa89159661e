import Foundation
import Standards
import Testing
@testable import Newsdesk

/// The moderation desk's pages built from fixed queue items, members, requests and log lines, compared with stored
/// snapshots.
@Suite("Moderation page snapshots")
struct ModerationPageSnapshotTests {
    typealias F = PageFixtures

    static let desk = F.context(viewer: F.moderator)
    static let standing = MemberStanding(userID: 42, displayName: "Ana Ruiz", memberSince: fixedNow.addingTimeInterval(-86_400 * 400),
                                         published: 12, held: 2, rejected: 1, blocks: 0, blocked: nil)
    static let held = DiscussionFixtures.comment(
        104, by: F.reader, "BUY NOW at cheap-pills.example", minutesAgo: 3, status: .pending,
        findings: [Finding(rule: .commercialLinks, start: 11, end: 30, confidence: 0.91, message: "Links to shops are not allowed.")])

    @Test func queueWithAHeldAndAReportedComment() async throws {
        let items = [
            QueueItem(comment: Self.held, articleTitle: "Storm makes landfall", articlePath: "/articles/storm-makes-landfall",
                      reasons: ["commercial_links"], reports: [], standing: Self.standing),
            QueueItem(comment: DiscussionFixtures.comment(101, by: F.moderator, "The river is rising.", minutesAgo: 40),
                      articleTitle: "Шторм", articlePath: "/ru/articles/shtorm", reasons: ["insult_threat"],
                      reports: [(rule: "insult_threat", text: "Rude to me")], standing: Self.standing),
        ]
        var filter = QueueFilter()
        filter.rule = "commercial_links"
        filter.oldestFirst = true
        let html = try await Snapshot.check("Moderation/queue", ModerationPages.queue(Self.desk, items: items, next: 30, filter: filter, done: "approve 2"),
                                            named: "moderation-queue")
        #expect(html.contains("action=\"/moderation/comments/104/decision\""))
        #expect(html.contains("href=\"/moderation?cursor=30&amp;rule=commercial_links&amp;sort=oldest\""))
        #expect(html.contains("<a href=\"/moderation\" aria-current=\"page\">Queue</a>"))
    }

    /// A moderator who chose Russian sees the desk of the English edition in Russian: words, dates, rule names.
    @Test func queueInTheModeratorsChosenRussian() async throws {
        var moderator = F.moderator
        moderator.language = "ru"
        let ctx = F.context(PageResponder.staffEdition(F.english, language: moderator.language), viewer: moderator)
        let items = [QueueItem(comment: Self.held, articleTitle: "Storm makes landfall", articlePath: "/articles/storm-makes-landfall",
                               reasons: ["commercial_links"], reports: [(rule: "off_topic", text: "Not about the storm")], standing: Self.standing)]
        let html = try await Snapshot.check("Moderation/queue", ModerationPages.queue(ctx, items: items, next: 30, filter: QueueFilter(), done: "approve"),
                                            named: "moderation-queue-ru")
        #expect(html.contains("<html lang=\"ru\""))
        #expect(html.contains("<h1>Очередь модерации</h1>"))
        #expect(html.contains("<a href=\"/moderation\" aria-current=\"page\">Очередь</a>"))
        #expect(html.contains("data-approve>Одобрить</button>"))
        #expect(html.contains("опубликовано: 12, отклонено: 1, блокировок: 0"))
        #expect(!html.contains("Approve") && !html.contains("member since") && !html.contains("Nothing is waiting"))
        // What was done, in words; and the live banner's words in each Russian plural form, for the script.
        #expect(html.contains("<p class=\"notice\" role=\"status\">Комментарий одобрен.</p>"))
        for (category, form) in [("one", "{n} новый комментарий"), ("few", "{n} новых комментария"), ("many", "{n} новых комментариев")] {
            #expect(html.contains("data-fresh-\(category)=\"\(form) в очереди — показать\""))
        }
        #expect(html.contains("data-keys-hint=\"Клавиши: j/k"))
        #expect(ModerationPages.doneNotice("reject 3", .russian) == "Отклонено 3 комментария.")
        #expect(ModerationPages.doneNotice("delete 5", .russian) == "Удалено 5 комментариев.")
        #expect(ModerationPages.doneNotice("approve 21", .russian) == "Одобрен 21 комментарий.")
        #expect(ModerationPages.doneNotice("<script>", .russian) == nil)
    }

    @Test func memberPageInTheModeratorsChosenRussian() async throws {
        var moderator = F.moderator
        moderator.language = "ru"
        let ctx = F.context(PageResponder.staffEdition(F.english, language: moderator.language), viewer: moderator)
        let standing = MemberStanding(userID: 42, displayName: "Ana Ruiz", memberSince: Self.standing.memberSince, published: 12, held: 2,
                                      rejected: 1, blocks: 1,
                                      blocked: SanctionService.Block(rule: "spam", reason: "Adverts", permanent: false, since: fixedNow))
        let html = try await Snapshot.render("Moderation/member", ModerationPages.member(ctx, standing: standing, trust: .premoderated,
                                                                                          comments: [Self.held], done: "block"))
        for phrase in ["опубликовано: 12 · ждут решения: 2 · отклонено: 1 · блокировок: 1", "Премодерация:", "Участник заблокирован.",
                       "Заблокирован с ", "за нарушение «Спам»: Adverts", "<h2>Заблокировать участника</h2>", "ждёт решения"] {
            #expect(html.contains(phrase), "\(phrase)")
        }
        #expect(!html.contains("Block this member") && !html.contains("published"))
    }

    @Test func staffLanguageFallsBackToTheEditionsWhenUnsetOrUnknown() {
        #expect(PageResponder.staffEdition(F.russian, language: nil) == F.russian)
        #expect(PageResponder.staffEdition(F.russian, language: "xx") == F.russian)
        let chosen = PageResponder.staffEdition(F.russian, language: "ar")
        #expect(chosen.language == "ar" && chosen.timeZone == F.russian.timeZone && chosen.pathPrefix == F.russian.pathPrefix)
    }

    @Test func emptyQueue() async throws {
        try await Snapshot.check("Moderation/queue", ModerationPages.queue(Self.desk, items: [], next: nil, filter: QueueFilter()),
                                 named: "moderation-queue-empty")
    }

    @Test func memberPageForAnAdministrator() async throws {
        var standing = Self.standing
        standing = MemberStanding(userID: standing.userID, displayName: standing.displayName, memberSince: standing.memberSince,
                                  published: standing.published, held: standing.held, rejected: standing.rejected, blocks: 1,
                                  blocked: SanctionService.Block(rule: "spam", reason: "Adverts", permanent: false, since: fixedNow))
        let model = ModerationPages.member(F.context(viewer: F.admin), standing: standing, trust: .premoderated,
                                           comments: [Self.held, DiscussionFixtures.comment(102, by: F.reader, "Stay safe!", minutesAgo: 30)],
                                           done: "block")
        let html = try await Snapshot.check("Moderation/member", model, named: "moderation-member")
        #expect(html.contains("action=\"/moderation/members/42/block\""))
        #expect(html.contains("action=\"/moderation/members/42/delete\""))
    }

    @Test func memberPageForAModeratorHasNoDeletion() async throws {
        let model = ModerationPages.member(Self.desk, standing: Self.standing, trust: .trusted, comments: [])
        let html = try await Snapshot.check("Moderation/member", model, named: "moderation-member-moderator")
        #expect(!html.contains("/delete\""))
    }

    @Test func unblockRequests() async throws {
        let requests = [ModerationService.OpenUnblockRequest(
            id: 3, userID: 42, memberName: "Ana Ruiz", subject: ModerationService.unblockSubject,
            explanation: "I posted adverts by mistake <sorry>.", rule: "spam", reason: "Adverts", createdAt: fixedNow)]
        let html = try await Snapshot.check("Moderation/unblocks", ModerationPages.unblockRequests(Self.desk, requests: requests, done: "granted"),
                                            named: "moderation-unblock-requests")
        #expect(html.contains("action=\"/moderation/unblock-requests/3/decision\""))
        #expect(html.contains("&lt;sorry&gt;"))
    }

    @Test func auditLog() async throws {
        let lines = [
            AuditLine(createdAt: fixedNow, actorID: 7, action: "comment.reject", subjectType: "comment", subjectID: 104,
                      reason: "commercial_links", before: nil, after: nil),
            AuditLine(createdAt: fixedNow.addingTimeInterval(-60), actorID: 1, action: "member.role", subjectType: "user", subjectID: 9,
                      reason: nil, before: "reader", after: "editor"),
        ]
        let html = try await Snapshot.check("Moderation/audit", ModerationPages.audit(Self.desk, lines: lines, next: 100, search: "a&b c"),
                                            named: "moderation-audit")
        #expect(html.contains("href=\"/moderation/audit?q=a%26b+c&amp;cursor=100\""))
    }

    @Test func policyOfAnEdition() async throws {
        var policy = Policy.default
        policy.actions[.caps] = .publish
        let current = PolicyStore.EditionPolicy(policy: policy, allowedDomains: ["example.org", "news.test"])
        let html = try await Snapshot.check("Moderation/policy", ModerationPages.policy(F.context(viewer: F.admin), editions: [F.english, F.russian],
                                                                                       edition: F.russian, current: current, done: "saved"),
                                            named: "moderation-policy")
        #expect(html.contains("href=\"/moderation/policy?edition=ru\""))
    }

    @Test func policyInTheAdministratorsChosenRussian() async throws {
        var admin = F.admin
        admin.language = "ru"
        let ctx = F.context(PageResponder.staffEdition(F.english, language: admin.language), viewer: admin)
        let current = PolicyStore.EditionPolicy(policy: .default, allowedDomains: [])
        let html = try await Snapshot.render("Moderation/policy", ModerationPages.policy(ctx, editions: [F.english, F.russian], edition: F.english,
                                                                                          current: current, done: "saved"))
        for phrase in ["<h1>Правила модерации</h1>", ">задерживать</option>", ">Не по теме</label>", "Правила сохранены", ">Сохранить правила</button>"] {
            #expect(html.contains(phrase), "\(phrase)")
        }
    }

    @Test func overturnReport() async throws {
        let rows = [OverturnRow(rule: "caps", decided: 10, approved: 7, rejected: 3, overturnRate: "70%"),
                    OverturnRow(rule: "spam", decided: 4, approved: 0, rejected: 4, overturnRate: "0%")]
        try await Snapshot.check("Moderation/report", ModerationPages.report(Self.desk, rows: rows), named: "moderation-report")
        try await Snapshot.check("Moderation/report", ModerationPages.report(Self.desk, rows: []), named: "moderation-report-empty")
    }
}
