import Foundation
import Standards
import Testing
@testable import Newsdesk

/// The interface text: every catalogue has every key of the English one (with the plural forms its language
/// needs), every key a template or a builder asks for exists, and plurals follow CLDR.
@Suite("Interface catalogue")
struct CatalogueTests {
    static let root = MailTestEnvironment.packageRoot
    static let catalogues = Catalogue.bundled

    @Test func theBundleHasEnglishRussianAndArabic() {
        #expect(Set(Self.catalogues.keys).isSuperset(of: ["en", "ru", "ar"]))
    }

    @Test func everyCatalogueHasEveryKeyOfTheEnglishOneAndNoOther() throws {
        let english = try #require(Self.catalogues["en"])
        for (language, c) in Self.catalogues {
            #expect(Set(c.texts.keys) == Set(english.texts.keys), "\(language): texts differ from en.json: missing \(Set(english.texts.keys).subtracting(c.texts.keys).sorted()), extra \(Set(c.texts.keys).subtracting(english.texts.keys).sorted())")
            #expect(Set(c.plurals.keys) == Set(english.plurals.keys), "\(language): plural keys differ from en.json")
            for (key, forms) in c.plurals {
                for category in PluralRules.categories(language: language) {
                    #expect(forms[category.rawValue] != nil, "\(language).json: \(key) lacks the '\(category.rawValue)' form")
                }
            }
        }
    }

    /// Keys asked for by name: `layout.strings.key` in templates, `.text("key"` and `.plural("key"` in Swift (also
    /// `.text(flag ? "a" : "b"`). Swift's `Regex` takes `\b` as a Unicode word boundary, so the dot anchors instead.
    static func keysInUse() throws -> [(key: String, file: String)] {
        var found: [(String, String)] = []
        let patterns = [(try Regex(#"layout\.strings\.([A-Za-z0-9_]+)"#), "leaf"),
                        (try Regex(#"\.text\("([A-Za-z0-9_]+)""#), "swift"),
                        (try Regex(#"\.plural\("([A-Za-z0-9_]+)""#), "swift"),
                        (try Regex(#"\.text\([^()"]*\? "([A-Za-z0-9_]+)" : "([A-Za-z0-9_]+)""#), "swift")]
        for folder in ["Resources/Views", "Sources/Newsdesk"] {
            let base = Self.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files {
                let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                for (regex, ext) in patterns where file.pathExtension == ext {
                    for match in text.matches(of: regex) {
                        for i in 1..<match.output.count {
                            if let sub = match.output[i].substring { found.append((String(sub), file.lastPathComponent)) }
                        }
                    }
                }
            }
        }
        return found
    }

    @Test func everyKeyTemplatesAndBuildersUseIsInEveryCatalogue() throws {
        let used = try Self.keysInUse()
        #expect(used.count > 200, "the scan found too few keys: \(used.count)")
        for (key, file) in used {
            for (language, c) in Self.catalogues {
                #expect(c.texts[key] != nil || c.plurals[key] != nil, "\(file) uses '\(key)', missing in \(language).json")
            }
        }
    }

    @Test func everyRuleAndReportReasonHasAHumanNameInEveryLanguage() {
        for (language, c) in Self.catalogues {
            for rule in Rule.allCases {
                let name = c.text("rule_" + rule.rawValue)
                #expect(name != "rule_" + rule.rawValue, "\(language): no name for \(rule.rawValue)")
                #expect(!name.contains("_"), "\(language): \(name)")
            }
        }
    }

    @Test func everyMailHasItsWordsInEveryLanguage() {
        let to = MailAddress(email: "a@example.com", name: "Anna")
        for language in Self.catalogues.keys {
            let letters = [
                AccountMails.confirm(to: to, language: language, url: "http://x/c"),
                AccountMails.alreadyRegistered(to: to, language: language, loginURL: "http://x/l", recoverURL: "http://x/r"),
                AccountMails.reset(to: to, language: language, url: "http://x/r"),
                AccountMails.passwordChanged(to: to, language: language, recoverURL: "http://x/r"),
                AccountMails.changeEmail(to: to, language: language, url: "http://x/e"),
                AccountMails.deleted(to: to, language: language, url: "http://x/d"),
            ]
            for letter in letters {
                #expect(!letter.subject.hasPrefix("mail") && !letter.text.contains("Body") && !letter.text.contains("Link:"),
                        "\(language): \(letter.kind) shows a key")
                #expect(letter.text.contains("Anna"))
            }
        }
        #expect(AccountMails.confirm(to: to, language: "ru", url: "u").subject == "Подтвердите адрес электронной почты")
        #expect(AccountMails.confirm(to: to, language: "ar", url: "u").html?.contains("dir=\"rtl\"") == true)
    }

    @Test(arguments: [
        ("en", 0, "0 comments"), ("en", 1, "1 comment"), ("en", 2, "2 comments"), ("en", 21, "21 comments"),
        ("ru", 1, "1 комментарий"), ("ru", 2, "2 комментария"), ("ru", 4, "4 комментария"), ("ru", 5, "5 комментариев"),
        ("ru", 11, "11 комментариев"), ("ru", 12, "12 комментариев"), ("ru", 21, "21 комментарий"), ("ru", 22, "22 комментария"),
        ("ru", 111, "111 комментариев"), ("ru", 0, "0 комментариев"),
        ("ar", 0, "لا تعليقات"), ("ar", 1, "تعليق واحد"), ("ar", 2, "تعليقان"), ("ar", 3, "3 تعليقات"), ("ar", 10, "10 تعليقات"),
        ("ar", 11, "11 تعليقًا"), ("ar", 99, "99 تعليقًا"), ("ar", 100, "100 تعليق"), ("ar", 103, "103 تعليقات"),
    ])
    func pluralsFollowTheLanguagesRules(language: String, n: Int, expected: String) {
        #expect(UIStrings.for(language: language).plural("comments", n) == expected)
    }

    @Test func viewsAreCountedInRussianToo() {
        let ru = UIStrings.russian
        #expect(ru.plural("views", 4) == "4 просмотра")
        #expect(ru.plural("views", 1) == "1 просмотр")
        #expect(ru.plural("views", 25) == "25 просмотров")
    }

    @Test func textsFillTheirPlaceholders() {
        #expect(UIStrings.english.text("hello", ["name": "Anna"]) == "Hello, Anna!")
        #expect(UIStrings.for(language: "ar").text("dir") == "rtl")
        #expect(UIStrings.for(language: "xx").language == "en")
    }

    /// A reader's name is filled in as typed, even when it looks like a slot; unknown slots stay visible.
    @Test func aFilledInValueIsNeverFilledAgain() {
        #expect(UIStrings.english.text("replyTo", ["name": "{n} {name}"]).contains("{n} {name}"))
        #expect(UIStrings.fill("{a} and {b}, {c}") { ["a": "{b}", "b": "Ben"][String($0)] } == "{b} and Ben, {c}")
        #expect(UIStrings.fill("no slots") { _ in "x" } == "no slots")
        #expect(UIStrings.fill("{unclosed") { _ in "x" } == "{unclosed")
        #expect(UIStrings.fill("é{n}ü") { _ in "7" } == "é7ü")
        #expect(UIStrings.english.plural("likes", 12000) == "12,000 likes")
    }

    /// Messages with figures that services write in English read right in every language, plural included.
    @Test(arguments: [
        ("en", "Too many requests; wait 1 seconds and try again.", "Too many requests; wait 1 second and try again."),
        ("ru", "Too many requests; wait 1 seconds and try again.", "Слишком много запросов; подождите 1 секунду и попробуйте снова."),
        ("ru", "Too many requests; wait 3 seconds and try again.", "Слишком много запросов; подождите 3 секунды и попробуйте снова."),
        ("ru", "Too many requests; wait 25 seconds and try again.", "Слишком много запросов; подождите 25 секунд и попробуйте снова."),
        ("ru", "Too many requests; wait 21 seconds and try again.", "Слишком много запросов; подождите 21 секунду и попробуйте снова."),
        ("ar", "Too many requests; wait 2 seconds and try again.", "طلبات كثيرة جدًا؛ انتظر ثانيتين ثم حاول مجددًا."),
        ("ar", "Too many requests; wait 11 seconds and try again.", "طلبات كثيرة جدًا؛ انتظر 11 ثانية ثم حاول مجددًا."),
        ("ru", "A comment may have at most 5000 characters (this one has 5012).", "В комментарии может быть не больше 5000 символов (в этом — 5012)."),
        ("ru", "an entry may have at most 20000 characters", "в записи может быть не больше 20\u{00A0}000 символов"),
        ("ru", "Photos may be at most 20 MB.", "Фото может занимать не больше 20 МБ."),
        ("ru", "edition 'en' has no section 'weather'", "в версии «en» нет раздела «weather»"),
        ("ru", "this picture is 9000 × 8000 pixels; photos may have at most 50 megapixels",
         "это изображение 9000 × 8000 пикселей; в фото может быть не больше 50 мегапикселей"),
        ("ru", "A message no catalogue has, 12 times.", "A message no catalogue has, 12 times."),
    ])
    func messagesWithFiguresReadRightInEveryLanguage(language: String, english: String, expected: String) {
        #expect(UIStrings.for(language: language).message(english) == expected)
    }

    @Test func aNumberSlotTakesOnlyANumber() {
        let pattern = MessagePattern(key: "msg.wait {n} seconds", english: "wait {n} seconds")
        #expect(pattern.match("wait 60 seconds")?["n"] == "60")
        #expect(pattern.match("wait 1,200 seconds")?["n"] == "1,200")
        #expect(pattern.match("wait a few seconds") == nil)
        #expect(pattern.match("wait 60 seconds or more") == nil)
        #expect(UIStrings.russian.number(12345) == "12\u{00A0}345" && UIStrings.russian.number(1000) == "1000")
        #expect(UIStrings.english.number(1000) == "1,000" && UIStrings.for(language: "ar").number(-1234567) == "-1,234,567")
        #expect(UIStrings.english.plural("views", 1250) == "1,250 views")
        #expect(UIStrings.russian.plural("comments", 12500) == "12\u{00A0}500 комментариев")
    }

    /// The stored words staff pages show by name (article states, roles, the moderation desk's actions) have their
    /// name in every language.
    @Test func everyArticleStateRoleAndDeskActionHasAName() {
        for (language, c) in Self.catalogues {
            for status in ArticleStatus.allCases { #expect(c.texts["nrStatus_" + status.rawValue] != nil, "\(language): \(status)") }
            for role in Role.allCases { #expect(c.texts["role_" + role.rawValue] != nil, "\(language): \(role)") }
            for action in ModerationAction.allCases {
                #expect(c.texts["modDone_" + action.rawValue] != nil && c.plurals["modDoneMany_" + action.rawValue] != nil, "\(language): \(action)")
            }
        }
    }

    /// Every message the newsroom's, the live desk's, the media library's and search's services write for a field or a
    /// refusal has its entry, so a Russian or Arabic page never shows it in English; a message changed in Swift without
    /// its entry fails here. Interpolations stand for a figure.
    @Test func everyStaffServiceMessageHasItsEntry() throws {
        let files = ["Publishing/NewsroomService.swift", "Publishing/NewsroomService+Plan.swift", "Publishing/NewsroomService+Furniture.swift",
                     "Publishing/NewsroomPages+Editor.swift", "Publishing/NewsroomController+Furniture.swift", "Live/LiveBlogService.swift",
                     "Live/NewsroomLivePage.swift", "Media/GalleryService+Editing.swift", "Media/MediaLibrary.swift", "Search/SearchService.swift",
                     "Moderation/ModerationController.swift", "Accounts/AdminController.swift"]
        let message = try Regex(#"(?:fields\[\"[a-z_]+\"\] = |\.invalid\(\[\"[a-z_]+\": |\.forbidden\(|reason: )\"((?:[^\"\\]|\\.)*)\""#)
        let interpolation = try Regex(#"\\\((?:[^()]|\([^()]*\))*\)"#)
        var checked = 0
        for file in files {
            let text = try String(contentsOf: Self.root.appendingPathComponent("Sources/Newsdesk/" + file), encoding: .utf8)
            for match in text.matches(of: message) {
                guard let raw = match.output[1].substring else { continue }
                let sample = String(raw).replacing(interpolation, with: "7")
                checked += 1
                for language in ["ru", "ar"] {
                    #expect(UIStrings.for(language: language).translated(sample) != nil, "\(file): \(language).json has no entry for “\(sample)”")
                }
            }
        }
        #expect(checked > 50, "the scan found too few messages: \(checked)")
    }
}

