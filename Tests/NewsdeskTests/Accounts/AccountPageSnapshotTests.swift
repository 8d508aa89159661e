import Foundation
import Testing
@testable import Newsdesk

/// Every account page built from fixed inputs (a fixed captcha challenge, CSRF token and clock) and compared with
/// stored snapshots.
@Suite("Account page snapshots")
struct AccountPageSnapshotTests {
    typealias F = PageFixtures

    static let challenge = CaptchaChallenge(token: "captcha-fixed-token", difficultyBits: 8, question: "What is three plus four?")
    static let anonymous = F.context(forms: true)
    static let providers = [OpenIDChoice(name: "corp", label: "Corporate SSO", available: true),
                            OpenIDChoice(name: "gone", label: "Gone", available: false)]

    static let pages: [(name: String, model: AccountPageModel)] = [
        ("register", AccountPages.register(anonymous, challenge: challenge, policyVersion: 3, language: "en")),
        ("register-refused", AccountPages.register(
            anonymous, challenge: challenge, policyVersion: 3, language: "en",
            values: ["email": "ana@example.test", "display_name": "A"],
            errors: ["display_name": "A display name needs 2 to 60 characters.", "consent": "Please accept the privacy policy.",
                     "captcha": "Please complete the check that you are human."],
            problem: "Please correct the marked fields.")),
        ("register-russian", AccountPages.register(F.context(F.russian, forms: true), challenge: challenge, policyVersion: 1, language: "ru")),
        ("registered", AccountPages.registered(F.context(), email: "Ana@Example.test")),
        ("confirmed", AccountPages.confirmed(F.context())),
        ("confirmed-signed-in", AccountPages.confirmed(F.context(viewer: F.reader))),
        ("confirm-link-broken", AccountPages.brokenLink(F.context(), why: "It may have been used already or have expired.", next: AccountPages.logInLink)),
        ("login", AccountPages.login(anonymous, .init(next: "/articles/storm-makes-landfall"))),
        ("login-second-factor", AccountPages.login(anonymous, .init(email: "mod@example.test", otpError: "Enter the code from your authenticator app.",
                                                                   showOTP: true), afterFailure: true)),
        ("login-captcha", AccountPages.login(anonymous, .init(email: "ana@example.test", error: "Several attempts failed: please also complete the check below.",
                                                             captcha: challenge), afterFailure: true)),
        ("recover", AccountPages.recover(anonymous, challenge: challenge, language: "en")),
        ("recover-refused", AccountPages.recover(anonymous, challenge: challenge, language: "en", email: "ana@example.test",
                                                 errors: ["form": "Too many requests; wait 60 seconds and try again."],
                                                 problem: "Too many requests; wait 60 seconds and try again.")),
        ("recovery-sent", AccountPages.recoverySent(F.context(), email: "ANA@example.test")),
        ("reset", AccountPages.reset(anonymous, token: "reset-token", language: "en", error: "Use at least 12 characters.")),
        ("reset-link-broken", AccountPages.resetLinkBroken(F.context())),
        ("settings", AccountPages.settings(F.context(viewer: F.reader), member: F.reader, notice: AccountPages.settingsNotices["avatar"])),
        ("settings-unconfirmed-refused", AccountPages.settings(F.context(viewer: F.unconfirmed), member: F.unconfirmed,
                                                               errors: ["new_email": "This is not an e-mail address."],
                                                               values: ["new_email": "not-an-address"])),
        ("settings-admin", AccountPages.settings(F.context(viewer: F.admin), member: F.admin)),
        ("email-changed", AccountPages.emailChanged(F.context())),
        ("delete", AccountPages.delete(F.context(viewer: F.reader))),
        ("delete-wrong-password", AccountPages.delete(F.context(viewer: F.reader), error: "The password is not right.")),
        ("deleted", AccountPages.deleted(F.context(), email: "ana@example.test")),
        ("restore", AccountPages.restore(anonymous, token: "restore-token")),
        ("restored", AccountPages.restored(F.context())),
        ("restore-link-broken", AccountPages.restoreLinkBroken(F.context())),
        ("two-factor-setup", AccountPages.twoFactorSetup(F.context(viewer: F.unenrolledEditor), secret: "JBSWY3DPEHPK3PXP",
                                                         uri: "otpauth://totp/Newsdesk:ed%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=Newsdesk",
                                                         error: "That code is not right.")),
        ("two-factor-on", AccountPages.twoFactorOn(F.context(viewer: F.moderator))),
        ("login-with-providers", AccountPages.login(anonymous, .init(next: "/news"), providers: providers)),
        ("oidc-question", AccountPages.openIDQuestion(anonymous, label: "Corporate SSO", email: "ana@example.test")),
        ("oidc-link-login", AccountPages.openIDLinkLogin(anonymous, label: "Corporate SSO",
                                                         .init(email: "ana@example.test", error: "The e-mail or password is not right."))),
        ("oidc-create", AccountPages.openIDCreate(anonymous, label: "Corporate SSO", email: "ana@example.test", emailVerified: false,
                                                  name: "Ana Ruiz", policyVersion: 3, errors: ["consent": "Please read and accept the privacy policy to register."])),
        ("oidc-second-factor", AccountPages.openIDSecondFactor(anonymous, error: "That code is not right.")),
        ("settings-linked", AccountPages.settings(F.context(viewer: F.reader), member: F.reader, notice: AccountPages.settingsNotices["linked"],
                                                  linked: [.init(id: 7, label: "Corporate SSO")], linkable: [providers[1]])),
    ]

    @Test(arguments: pages.map(\.name))
    func accountPage(_ name: String) async throws {
        let model = try #require(Self.pages.first { $0.name == name }).model
        try await Snapshot.check("Accounts/page", model, named: "account-" + name)
    }

    @Test func formsCarryTheTokenAndKeepWhatWasTypedButNeverPasswords() async throws {
        let html = try await Snapshot.render("Accounts/page", Self.pages.first { $0.name == "register-refused" }!.model)
        #expect(html.contains("value=\"\(F.csrf)\""))
        #expect(html.contains("value=\"ana@example.test\""))
        #expect(html.contains("name=\"password\" type=\"password\" value=\"\""))
    }

    @Test(arguments: [("privacy", Paths.privacy), ("community-standards", Paths.communityStandards)])
    func policyPage(_ name: String, _ path: String) async throws {
        let model = PolicyPage.build(F.context(), title: name == "privacy" ? "Privacy policy" : "Community standards", version: 2,
                                     publishedAt: fixedNow.addingTimeInterval(-86_400 * 30),
                                     markdown: "## Who we are\n\nNewsdesk is a **news site**. Write to <privacy@newsdesk.test>.\n\n- one\n- two",
                                     path: path)
        let html = try await Snapshot.check("Accounts/policy", model, named: "policy-" + name)
        #expect(html.contains("<link rel=\"canonical\" href=\"http://news.test\(path)\">"))
    }
}
