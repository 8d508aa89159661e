import Foundation
import Testing
@testable import Newsdesk

/// The newsroom's pages built by their page builders from fixed data and compared with stored snapshots.
@Suite("Newsroom page snapshots")
struct NewsroomPageSnapshotTests {
    typealias F = PageFixtures

    static let journalist = Member(id: 21, email: "jo@example.test", displayName: "Jo Writer", role: .journalist, confirmed: true,
                                   avatarPath: nil, totpEnabled: true, sessionID: 6, sessionKind: "web")
    static let editor = Member(id: 22, email: "ed@example.test", displayName: "Ed Desk", role: .editor, confirmed: true,
                               avatarPath: nil, totpEnabled: true, sessionID: 7, sessionKind: "web")

    static func article(_ id: Int, _ title: String, status: ArticleStatus, hoursAgo: Double = 1, version: Int = 1) -> NewsroomArticle {
        let time = fixedNow.addingTimeInterval(-hoursAgo * 3600)
        return NewsroomArticle(
            id: id, edition: F.english, section: F.world, authorID: journalist.id, byline: "Jo Writer", title: title,
            slug: title.lowercased().replacingOccurrences(of: " ", with: "-"), summary: "Summary of \(title).",
            body: "First paragraph.\n\n{{related:3}}", status: status, version: version,
            publishedAt: status == .scheduled ? fixedNow.addingTimeInterval(7200) : status == .published ? time : nil,
            revisedAt: nil, embargoUntil: nil, updatedAt: time, correction: nil, commentsOpen: true, recommended: false,
            tags: [TagRef(id: 1, name: "Harbours", slug: "harbours")], relatedIDs: [3], leadImageID: 5, leadImage: F.photo,
            shortCode: "abc1234", views: 0, comments: 0)
    }

    static let photo = LibraryPhoto(id: 5, fileName: "ships-1x.jpg", mimeType: "image/jpeg", width: 1700, height: 1000,
                                    alt: "Two ships", caption: "Ships at dawn", credit: "Meridian Press / Ana Ruiz",
                                    variants: [ImageVariant(width: 320, format: "webp", fileName: "ships-1x-w320.webp"),
                                               ImageVariant(width: 1700, format: "jpeg", fileName: "ships-1x.jpg")],
                                    createdAt: fixedNow)

    @Test func newsroomHome() async throws {
        var content = NewsroomHomePage.Content(filter: .init(), query: "", filtered: nil)
        content.myDrafts = [Self.article(1, "Harbour reopens", status: .draft)]
        content.scheduled = [Self.article(2, "Polls open", status: .scheduled)]
        content.published = [Self.article(3, "Storm makes landfall", status: .published, hoursAgo: 3)]
        content.sections = [(F.english, [F.world, F.sport]), (F.russian, [F.mir])]
        let html = try await Snapshot.check("Newsroom/home", NewsroomHomePage.build(F.context(viewer: Self.editor, forms: true), content),
                                            named: "newsroom-home")
        #expect(html.contains("Goes live 03:51 GMT+1, 23 September 2017"))
        #expect(html.contains(">Newsroom</a>"))
    }

    @Test func editorOfANewArticleRefusedWithFieldMessages() async throws {
        var form = ArticleForm()
        form.edition = "en"
        form.section = "world"
        form.summary = "Ships are back."
        let content = ArticleEditorPage.Content(article: nil, form: form, sections: [(F.english, [F.world, F.sport])], photos: [Self.photo],
                                                errors: ["title": "a headline needs 1 to 200 characters"],
                                                message: "The article was not saved: please fix what is marked.")
        let html = try await Snapshot.check("Newsroom/editor", ArticleEditorPage.build(F.context(viewer: Self.journalist, forms: true), content),
                                            named: "newsroom-editor-new-refused")
        #expect(!html.contains("name=\"publish_at\""))
        #expect(html.contains("field field--error"))
    }

    @Test func editorWithPreviewAndAConflict() async throws {
        let a = Self.article(4, "Bridge closes", status: .published, version: 3)
        var content = ArticleEditorPage.Content(article: a, form: ArticleForm(a), sections: [(F.english, [F.world, F.sport])], photos: [Self.photo])
        content.previewHTML = "<p>First paragraph.</p>"
        content.found = [(3, "Storm makes landfall")]
        content.findQuery = "storm"
        content.conflict = ConflictModel(currentVersion: 3, fields: [.init(field: "Headline", before: "Bridge shut", after: "Bridge closes")],
                                         body: RevisionDiff.lines("First paragraph.", "First paragraph.\n\nSecond."))
        let html = try await Snapshot.check("Newsroom/editor", ArticleEditorPage.build(F.context(viewer: Self.editor, forms: true), content),
                                            named: "newsroom-editor-conflict")
        #expect(html.contains("Publish at (Europe/London)") && html.contains("{{related:3}}"))
    }

    @Test func revisionsWithTheirChanges() async throws {
        let a = Self.article(4, "Bridge closes", status: .draft, version: 2)
        var before = a.snapshot
        before.title = "Bridge shut"
        before.body = "First paragraph."
        let content = RevisionsPage.Content(
            article: a, revisions: [RevisionInfo(version: 2, authorID: 22, authorName: "Ed Desk", createdAt: fixedNow, title: "Bridge closes"),
                                    RevisionInfo(version: 1, authorID: 21, authorName: "Jo Writer", createdAt: fixedNow.addingTimeInterval(-600), title: "Bridge shut")],
            from: (1, before), to: (2, a.snapshot), sectionNames: [1: "World"], canRestore: true)
        let html = try await Snapshot.check("Newsroom/revisions", RevisionsPage.build(F.context(viewer: Self.editor, forms: true), content),
                                            named: "newsroom-revisions")
        #expect(html.contains("Restore version 1"))
    }

    @Test func mediaLibrary() async throws {
        let content = MediaLibraryPage.Content(query: "ships", photos: [Self.photo],
                                               usage: [5: [NavItem(label: "Harbour reopens", url: "/newsroom/articles/1", current: false)]],
                                               next: nil, errors: ["bomb.png: file: this picture is 30000 × 30000 pixels"])
        let html = try await Snapshot.check("Newsroom/media", MediaLibraryPage.build(F.context(viewer: Self.editor, forms: true), content),
                                            named: "newsroom-media")
        #expect(html.contains("enctype=\"multipart/form-data\"") && html.contains("/media/ships-1x-w320.webp"))
    }

    @Test func galleriesAndTheGalleryEditor() async throws {
        let list = GalleryPages.list(F.context(viewer: Self.editor, forms: true), galleries: [(9, "Harbour week", "International", false)],
                                     photos: [Self.photo])
        try await Snapshot.check("Newsroom/galleries", list, named: "newsroom-galleries")
        let ref = ImageRef(path: "/media/ships-1x.jpg", alt: "Two ships", caption: "Ships at dawn", credit: "Meridian Press / Ana Ruiz",
                           width: 1700, height: 1000)
        let gallery = EditableGallery(id: 9, edition: F.english, title: "Harbour week", slug: "harbour-week", summary: "", publishedAt: fixedNow,
                                      items: [.init(mediaID: 5, caption: "Ships at dawn", credit: "Meridian Press / Ana Ruiz", ownCaption: nil,
                                                    ownCredit: nil, image: ref),
                                              .init(mediaID: 6, caption: "Cranes", credit: "Own / Staff", ownCaption: "Cranes", ownCredit: "Own / Staff",
                                                    image: F.photo)])
        let html = try await Snapshot.check("Newsroom/gallery", GalleryPages.editor(F.context(viewer: Self.editor, forms: true), gallery: gallery,
                                                                                     photos: [Self.photo]), named: "newsroom-gallery")
        #expect(html.contains("value=\"down:0\"") && html.contains("value=\"up:1\"") && !html.contains("value=\"up:0\""))
    }

    @Test func sectionsAndPicks() async throws {
        let ctx = F.context(viewer: Self.editor, forms: true)
        try await Snapshot.check("Newsroom/sections", FurniturePages.sections(ctx, edition: F.english, sections: [F.world, F.sport]),
                                 named: "newsroom-sections")
        let html = try await Snapshot.check("Newsroom/picks", FurniturePages.picks(ctx, edition: F.english,
                                                                                    picks: [Self.article(3, "Storm makes landfall", status: .published)],
                                                                                    candidates: [Self.article(5, "Cup final", status: .published)]),
                                            named: "newsroom-picks")
        #expect(html.contains("<option value=\"5\">5: Cup final</option>"))
    }

    // MARK: In the staff member's chosen language

    /// An editor of the English edition who chose Russian for the staff pages: the edition's zone, Russian words.
    static func russianContext(_ member: Member = editor) -> PageContext {
        var m = member
        m.language = "ru"
        return F.context(PageResponder.staffEdition(F.english, language: m.language), viewer: m, forms: true)
    }

    @Test func newsroomHomeInRussian() async throws {
        var content = NewsroomHomePage.Content(filter: .init(), query: "", filtered: nil)
        content.myDrafts = [Self.article(1, "Harbour reopens", status: .draft)]
        content.scheduled = [Self.article(2, "Polls open", status: .scheduled)]
        content.published = [Self.article(3, "Storm makes landfall", status: .published, hoursAgo: 3)]
        content.sections = [(F.english, [F.world, F.sport]), (F.russian, [F.mir])]
        let html = try await Snapshot.check("Newsroom/home", NewsroomHomePage.build(Self.russianContext(), content), named: "newsroom-home-ru")
        #expect(html.contains("<html lang=\"ru\""))
        #expect(html.contains("<h1>Редакция</h1>") && html.contains("<h2>Мои черновики</h2>"))
        #expect(html.contains("Выйдет 03:51 GMT+1, 23 сентября 2017"))
        #expect(html.contains(">Запланирован</span>") && html.contains("<option value=\"published\">Опубликован</option>"))
        #expect(!html.contains("Goes live") && !html.contains("My drafts") && !html.contains("September"))
    }

    @Test func editorRefusedInRussianWithTheServicesMessagesTranslated() async throws {
        var form = ArticleForm()
        form.edition = "en"
        form.section = "world"
        let content = ArticleEditorPage.Content(article: nil, form: form, sections: [(F.english, [F.world, F.sport])], photos: [Self.photo],
                                                errors: ["title": "a headline needs 1 to 200 characters",
                                                         "tags": "up to 20 tags of 1 to 60 characters, each with a letter or digit"],
                                                message: "Journalists edit their own drafts only.")
        let html = try await Snapshot.check("Newsroom/editor", ArticleEditorPage.build(Self.russianContext(Self.journalist), content),
                                            named: "newsroom-editor-refused-ru")
        #expect(html.contains("<h1>Новый материал</h1>"))
        #expect(html.contains("<p class=\"field__error\">заголовок — от 1 до 200 символов</p>"))
        #expect(html.contains("не больше 20 тегов длиной от 1 до 60 символов"))
        #expect(html.contains("Журналисты правят только свои черновики."))
        #expect(html.contains("data-msg-kept=\"Несохранённый текст от {time} остался в этом браузере.\""))
        #expect(html.contains("<code>{{related:ID}}</code>"))
        #expect(!html.contains("Headline") && !html.contains("Save<"))
    }

    @Test func editorConflictAndRevisionsInRussian() async throws {
        let a = Self.article(4, "Bridge closes", status: .published, version: 3)
        var before = a.snapshot
        before.title = "Bridge shut"
        before.status = "draft"
        var content = ArticleEditorPage.Content(article: a, form: ArticleForm(a), sections: [(F.english, [F.world])], photos: [])
        content.conflict = ConflictModel(currentVersion: 3, fields: RevisionDiff.fields(before, a.snapshot, strings: .russian) { _ in "World" },
                                         body: [])
        let editor = try await Snapshot.check("Newsroom/editor", ArticleEditorPage.build(Self.russianContext(), content),
                                              named: "newsroom-editor-conflict-ru")
        #expect(editor.contains("Изменения, сохранённые другим сотрудником (теперь версия 3)"))
        #expect(editor.contains("<th scope=\"row\">Состояние</th><td><del>Черновик</del></td><td><ins>Опубликован</ins></td>"))
        #expect(editor.contains("Опубликовать (Europe/London)"))

        let revisions = RevisionsPage.Content(
            article: a, revisions: [RevisionInfo(version: 3, authorID: 22, authorName: "Ed Desk", createdAt: fixedNow, title: "Bridge closes"),
                                    RevisionInfo(version: 2, authorID: 21, authorName: "Jo Writer", createdAt: fixedNow.addingTimeInterval(-600), title: "Bridge shut")],
            from: (2, before), to: (3, a.snapshot), sectionNames: [1: "World"], canRestore: true)
        let html = try await Snapshot.check("Newsroom/revisions", RevisionsPage.build(Self.russianContext(), revisions), named: "newsroom-revisions-ru")
        #expect(html.contains("<h1>Версии: Bridge closes</h1>") && html.contains("Изменения от версии 2 к версии 3"))
        #expect(html.contains("01:51 GMT+1, 23 сентября 2017") && html.contains("Восстановить версию 2"))
    }

    @Test func mediaGalleriesSectionsAndPicksInRussian() async throws {
        let ctx = Self.russianContext()
        let refused = MediaLibraryPage.refusal(file: "bomb.png",
                                               MediaError.invalid(["file": "this picture is 30000 × 30000 pixels; photos may have at most 50 megapixels"]).answer,
                                               ctx.edition.strings)
        #expect(refused == "bomb.png: Файл: это изображение 30000 × 30000 пикселей; в фото может быть не больше 50 мегапикселей")
        let media = try await Snapshot.check("Newsroom/media", MediaLibraryPage.build(ctx, .init(query: "", photos: [Self.photo], usage: [:], next: nil,
                                                                                             errors: [refused], notice: ctx.edition.strings.plural("nrSomePhotosAdded", 2))),
                                             named: "newsroom-media-ru")
        #expect(media.contains("<h1>Фотобанк</h1>") && media.contains("каждое не больше 20 МБ") && media.contains("Добавлено 2 фото из отправленных."))
        let galleries = try await Snapshot.check("Newsroom/galleries", GalleryPages.list(ctx, galleries: [(9, "Harbour week", "International", true)],
                                                                                          photos: [Self.photo], errors: ["title": "a gallery title needs 1 to 200 characters"]),
                                                 named: "newsroom-galleries-ru")
        #expect(galleries.contains("в «Мультимедиа»") && galleries.contains("название галереи — от 1 до 200 символов"))
        let sections = try await Snapshot.check("Newsroom/sections", FurniturePages.sections(ctx, edition: F.english, sections: [F.world, F.sport],
                                                                                              errors: ["slug": "another section of this edition has this address"]),
                                                named: "newsroom-sections-ru")
        #expect(sections.contains("<h1>Разделы: International</h1>") && sections.contains("этот адрес уже у другого раздела этой версии"))
        let picks = try await Snapshot.check("Newsroom/picks", FurniturePages.picks(ctx, edition: F.english,
                                                                                     picks: [Self.article(3, "Storm makes landfall", status: .published)],
                                                                                     candidates: [], errors: ["article": "edition 'en' has no article 77"]),
                                             named: "newsroom-picks-ru")
        #expect(picks.contains("в версии «en» нет материала 77") && picks.contains(">Опубликован</span>"))
    }
}
