import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Member accounts: recovery, profile, deletion")
struct AccountLifecycleTests {
    typealias Flow = AccountFlowTests

    @Test func forgottenPasswordIsResetByAOneHourSingleUseLinkThatEndsOtherSessions() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let laptop = try await Flow.registerAndConfirm(app)
            #expect(try await Flow.logIn(laptop).status == .seeOther)

            let phone = FormClient(app)
            var form = try await phone.captchaFields(page: "/account/recover")
            form["email"] = "reader@example.com"
            let asked = try await phone.post("/account/recover", form)
            #expect(asked.body.string.contains("If an account uses reader@example.com"))
            // An unknown address gets the same answer and no mail.
            var other = try await phone.captchaFields(page: "/account/recover")
            other["email"] = "stranger@example.com"
            #expect(try await phone.post("/account/recover", other).body.string.contains("If an account uses stranger@example.com"))
            #expect(try await MailBox.latest(to: "stranger@example.com", app) == nil)

            let mail = try #require(try await MailBox.latest(to: "reader@example.com", app))
            let link = try #require(MailBox.link("/account/reset", in: mail))
            let token = String(link.split(separator: "=").last ?? "")
            #expect(try await phone.get(link).body.string.contains("Choose a new password"))
            let weak = try await phone.post("/account/reset", ["token": token, "password": "short"])
            #expect(weak.status == .unprocessableEntity)
            let done = try await phone.post("/account/reset", ["token": token, "password": "a brand new passphrase"])
            #expect(done.status == .seeOther)
            #expect(try await phone.get("/").body.string.contains("Hello, Rita Reader!"))
            // The laptop's session ended; the link works only once; the member is told by mail.
            #expect(!(try await laptop.get("/").body.string.contains("Hello, Rita Reader!")))
            #expect(try await phone.post("/account/reset", ["token": token, "password": "yet another passphrase"]).status == .badRequest)
            let notice = try #require(try await MailBox.latest(to: "reader@example.com", app))
            #expect(notice.contains("Your password was changed"))
            #expect(try await Flow.logIn(FormClient(app), password: "a brand new passphrase").status == .seeOther)

            // A link older than an hour no longer works.
            var again = try await phone.captchaFields(page: "/account/recover")
            again["email"] = "reader@example.com"
            try await phone.post("/account/recover", again)
            let lateMail = try #require(try await MailBox.latest(to: "reader@example.com", app))
            let late = try #require(MailBox.link("/account/reset", in: lateMail))
            clock.advance(3601)
            #expect(try await phone.get(late).status == .badRequest)
        }
    }

    @Test func deletedAccountIsDisabledAtOnceAndRestoredWithin30Days() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let client = try await Flow.registerAndConfirm(app)
            try await Flow.logIn(client)
            let confirm = try await client.get("/account/delete")
            #expect(confirm.body.string.contains("Are you sure you want to delete your account?"))
            #expect(try await client.post("/account/delete", ["password": "wrong one entirely"]).status == .unprocessableEntity)
            let deleted = try await client.post("/account/delete", ["password": Flow.password])
            #expect(deleted.status == .ok)
            #expect(deleted.body.string.contains("30 days"))
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "reader@example.com").first())
            #expect(user.status == "deleted")
            #expect(try await MemberSession.query(on: app.db).count() == 0)
            #expect(try await Flow.logIn(FormClient(app)).status == .unauthorized)

            let mail = try #require(try await MailBox.latest(to: "reader@example.com", app))
            let link = try #require(MailBox.link("/account/restore", in: mail))
            clock.advance(29 * 86_400)
            #expect(try await client.get(link).body.string.contains("Restore your account"))
            let token = String(link.split(separator: "=").last ?? "")
            #expect(try await client.post("/account/restore", ["token": token]).body.string.contains("Welcome back"))
            #expect(try await User.find(user.requireID(), on: app.db)?.status == "active")
            #expect(try await Flow.logIn(FormClient(app)).status == .seeOther)
        }
    }

    @Test func accountsDeletedMoreThan30DaysAgoArePurgedForGood() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let client = try await Flow.registerAndConfirm(app)
            try await Flow.logIn(client)
            try await client.post("/account/delete", ["password": Flow.password])
            let mail = try #require(try await MailBox.latest(to: "reader@example.com", app))
            let link = try #require(MailBox.link("/account/restore", in: mail))
            clock.advance(31 * 86_400)
            let purged = try await app.newsdesk.accounts.purgeExpired(mediaDirectory: app.newsdesk.media.directory, on: app.db)
            #expect(purged == 1)
            #expect(try await User.query(on: app.db).filter(\.$email == "reader@example.com").count() == 0)
            let row = try #require(try await User.query(on: app.db).filter(\.$status == "purged").first())
            #expect(row.displayName == "Deleted account")
            #expect(try await AccountToken.query(on: app.db).count() == 0)
            let token = String(link.split(separator: "=").last ?? "")
            #expect(try await client.post("/account/restore", ["token": token]).status == .badRequest)
        }
    }

    @Test func memberChangesNameAndEmailWithConfirmationOfTheNewAddress() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = try await Flow.registerAndConfirm(app)
            try await Flow.logIn(client)
            #expect(try await client.post("/account/settings/name", ["display_name": "   "]).status == .unprocessableEntity)
            #expect(try await client.post("/account/settings/name", ["display_name": "Rita R."]).status == .seeOther)
            #expect(try await client.get("/").body.string.contains("Hello, Rita R.!"))

            let bad = try await client.post("/account/settings/email", ["new_email": "new@example.com", "email_password": "wrong password"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("value=\"new@example.com\""))
            #expect(try await client.post("/account/settings/email", ["new_email": "new@example.com", "email_password": Flow.password]).status == .seeOther)
            #expect(try await User.query(on: app.db).filter(\.$email == "reader@example.com").count() == 1)
            let mail = try #require(try await MailBox.latest(to: "new@example.com", app))
            let link = try #require(MailBox.link("/account/confirm-email-change", in: mail))
            try await client.get(link)
            #expect(try await User.query(on: app.db).filter(\.$email == "new@example.com").count() == 1)
        }
    }

    @Test func passwordChangeNeedsTheCurrentPasswordAndEndsOtherSessions() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let laptop = try await Flow.registerAndConfirm(app)
            try await Flow.logIn(laptop)
            let phone = FormClient(app)
            try await Flow.logIn(phone)
            #expect(try await laptop.post("/account/settings/password", ["current_password": "nope nope nope", "password": "fresh passphrase here"]).status == .unprocessableEntity)
            #expect(try await laptop.post("/account/settings/password", ["current_password": Flow.password, "password": "fresh passphrase here"]).status == .seeOther)
            #expect(try await laptop.get("/").body.string.contains("Hello, Rita Reader!"))
            #expect(!(try await phone.get("/").body.string.contains("Hello, Rita Reader!")))
        }
    }

    @Test func avatarIsCheckedByContentResizedAndNeverServedAsUploaded() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = try await Flow.registerAndConfirm(app)
            try await Flow.logIn(client)
            func upload(_ bytes: [UInt8], name: String) async throws -> TestingHTTPResponse {
                let boundary = "----newsdesk\(UUID().uuidString.prefix(8))"
                var body = ByteBuffer()
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(client.csrf ?? "")\r\n")
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"\(name)\"\r\nContent-Type: image/png\r\n\r\n")
                body.writeBytes(bytes)
                body.writeString("\r\n--\(boundary)--\r\n")
                return try await client.send(.POST, "/account/settings/avatar",
                                             headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], body: body)
            }
            let fake = try await upload(Array("<?php echo 'not a picture'; ?>".utf8), name: "evil.png")
            #expect(fake.status == .unprocessableEntity)
            #expect(fake.body.string.contains("not a JPEG, PNG, WebP or GIF"))
            let huge = try await upload([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 5 << 20), name: "big.png")
            #expect(huge.status == .unprocessableEntity)
            #expect(huge.body.string.contains("larger than 5 MB"))
            let broken = try await upload([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], name: "broken.png")
            #expect(broken.status == .unprocessableEntity)

            let ok = try await upload(TestImages.png64x48, name: "me.png")
            #expect(ok.status == .seeOther, "\(ok.body.string.prefix(400))")
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "reader@example.com").first())
            let file = try #require(user.avatarFile)
            #expect(file.hasSuffix(".webp"))
            let stored = try Data(contentsOf: URL(fileURLWithPath: app.newsdesk.media.path(of: file)))
            #expect(ImageProbe.format(of: Array(stored.prefix(16))) == .webp)
            #expect(try await client.get("/").body.string.contains("src=\"/media/\(file)\""))
        }
    }
}

enum TestImages {
    /// A valid 64×48 PNG (a red-to-blue gradient), written by hand: signature, IHDR, one zlib-stored IDAT, IEND.
    static let png64x48: [UInt8] = {
        let width = 64, height = 48
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width { raw += [UInt8(x * 4), 64, UInt8(y * 5)] }
        }
        func crc(_ bytes: [UInt8]) -> UInt32 {
            var c: UInt32 = 0xFFFF_FFFF
            for b in bytes {
                c ^= UInt32(b)
                for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            }
            return ~c
        }
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 255), UInt8((v >> 8) & 255), UInt8(v & 255)] }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let t = Array(type.utf8)
            return be(UInt32(data.count)) + t + data + be(crc(t + data))
        }
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw { a = (a + UInt32(byte)) % 65521; b = (b + a) % 65521 }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        while offset < raw.count {
            let n = min(65535, raw.count - offset)
            let final: UInt8 = offset + n == raw.count ? 1 : 0
            zlib += [final, UInt8(n & 255), UInt8(n >> 8), UInt8(~n & 255), UInt8((~n >> 8) & 255)]
            zlib += raw[offset..<(offset + n)]
            offset += n
        }
        zlib += be((b << 16) | a)
        let ihdr = be(UInt32(width)) + be(UInt32(height)) + [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
    }()
}
