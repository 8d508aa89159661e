/// The shapes of the demo content that `newsdesk seed` (and the first `serve`) writes into an empty site.
/// The content itself is data in `Data/Demo/` (read by `DemoContentLoader`); the seeder turns it into rows and images.
struct DemoEdition: Sendable {
    let code: String          // "en", "ru": also the URL prefix ("" for the default edition)
    let name: String          // "International", "Русская служба"
    let language: String      // BCP 47 language code
    let timeZone: String      // IANA zone, e.g. "Europe/London"
    let isDefault: Bool
    let sections: [DemoSection]
    let articles: [DemoArticle]
    let galleries: [DemoGallery]
}

struct DemoSection: Sendable, Decodable {
    let key: String           // unique within the edition, used by articles
    let name: String          // shown in navigation
    let slug: String          // URL segment, ASCII
}

struct DemoArticle: Sendable {
    let key: String           // unique across all editions; used by {{related:KEY}} embeds and `related`
    let section: String       // DemoSection.key
    let title: String
    let summary: String       // one or two sentences, shown in listings and as the lead
    let body: String          // Markdown; may contain paragraphs of the form {{related:KEY}}
    let tags: [String]        // tag names as shown; slugs are derived
    let author: String        // byline
    let hoursAgo: Int         // publication time relative to seeding (0...720); negative = scheduled in the future
    let photo: DemoPhoto
    let recommended: Bool     // editor's pick
    let related: [String]     // keys of related articles (same edition), shown in the "Related" list
}

struct DemoPhoto: Sendable, Decodable {
    let scene: DemoScene
    let caption: String
    let credit: String        // "Agency / Photographer", shown as "© Agency / Photographer"
    let alt: String
}

/// Kinds of generated illustration; `SceneArt` draws each as an SVG.
enum DemoScene: String, Sendable, CaseIterable, Decodable {
    case city, skyline, mountains, sea, harbour, parliament, crowd, stadium, laboratory,
         forest, desert, night, storm, field, market, railway, airport, snow
}

struct DemoGallery: Sendable, Decodable {
    let key: String
    let title: String
    let summary: String
    let hoursAgo: Int
    let photos: [DemoPhoto]   // at least 8
}
