import Fluent
import Foundation
import SQLKit

/// One stored size of a photo.
struct ImageVariant: Codable, Sendable, Equatable {
    let width: Int
    /// "webp" or "jpeg"
    let format: String
    let fileName: String
}

enum MediaError: Error, Equatable {
    case forbidden
    case notFound
    /// Field name -> what to fix.
    case invalid([String: String])
    case tooLarge
    /// The image tool is missing here (503) or busy (429).
    case unavailable(String)
    case busy
}

/// A photo of the library with its words and sizes.
struct LibraryPhoto: Sendable, Equatable {
    let id: Int
    let fileName: String
    let mimeType: String
    let width: Int
    let height: Int
    let alt: String
    let caption: String
    let credit: String
    let variants: [ImageVariant]
    let createdAt: Date
}

/// The newsroom's photo library. Every upload is decoded and re-encoded by libvips, never served as sent:
/// orientation applied, EXIF, GPS and every other metadata stripped, sizes checked from the header first
/// (decompression bombs refused before any decoder runs), then WebP variants in several widths and a JPEG fallback.
struct MediaLibrary: Sendable {
    let store: MediaStore
    let images: ImageTool
    let clock: AppClock

    static let maxBytes = 20 << 20
    /// One photo with its form fields (the API).
    static let maxRequestBytes = maxBytes + (1 << 20)
    /// The library page sends several photos at once.
    static let maxPageUploadBytes = 61 << 20
    /// Where photos are uploaded; the CSRF check reads these bodies within the library's limits.
    static let uploadPaths: Set<String> = [SiteRoute.apiMedia.path(), NewsroomPaths.media]
    /// The largest stored width; bigger photos are scaled down.
    static let masterWidth = 2000
    static let variantWidths = [320, 640, 1024, 1600]
    static let writers: Set<Role> = [.journalist, .editor, .admin]

    struct Upload: Sendable {
        var bytes: [UInt8]
        var fileName: String?
        var caption: String
        var credit: String
        var alt: String
    }

    func upload(_ upload: Upload, by actor: Member, on db: any Database) async throws -> LibraryPhoto {
        guard Self.writers.contains(actor.role) else { throw MediaError.forbidden }
        guard upload.bytes.count <= Self.maxBytes else { throw MediaError.tooLarge }
        var fields: [String: String] = [:]
        let caption = upload.caption.trimmingCharacters(in: .whitespacesAndNewlines)
        let credit = upload.credit.trimmingCharacters(in: .whitespacesAndNewlines)
        let alt = upload.alt.trimmingCharacters(in: .whitespacesAndNewlines)
        if caption.isEmpty || caption.count > 600 { fields["caption"] = "a caption of 1 to 600 characters" }
        if credit.isEmpty || credit.count > 200 { fields["credit"] = "a credit such as Agency / Photographer" }
        if alt.isEmpty || alt.count > 300 { fields["alt"] = "alt text of 1 to 300 characters describing the photo" }
        let probe = ImageProbe.read(upload.bytes)
        if let probe {
            if ![.jpeg, .png, .webp].contains(probe.format) {
                fields["file"] = "send a JPEG, PNG or WebP photo"
            } else if probe.pixels > ImageProbe.maxPixels {
                fields["file"] = "this picture is \(probe.width) × \(probe.height) pixels; photos may have at most 50 megapixels"
            }
        } else {
            fields["file"] = ImageProbe.format(of: upload.bytes) == nil ? "send a JPEG, PNG or WebP photo" : "this picture could not be read"
        }
        guard fields.isEmpty, let probe else { throw MediaError.invalid(fields) }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("upload.\(probe.format.rawValue)")
        try Data(upload.bytes).write(to: input)
        let rendered = try await render(input: input.path, in: work.path)
        let base = Self.baseName(upload.fileName ?? caption)
        let media = try await store.storeSet(base: base, files: rendered.files, master: rendered.master, width: rendered.width,
                                             height: rendered.height, alt: alt, caption: caption, credit: credit,
                                             uploadedBy: actor.id, on: db)
        return try Self.photo(media)
    }

    struct Rendered {
        var master: String
        var width: Int
        var height: Int
        /// (width, format, temporary path)
        var files: [(Int, String, String)]
    }

    /// The master JPEG (rotated upright, stripped) and the WebP widths made from it.
    private func render(input: String, in dir: String) async throws -> Rendered {
        let master = dir + "/master.jpg"
        try await run([input, "--size", "\(Self.masterWidth)x>", "-o", master + "[Q=85,strip,optimize_coding]"])
        guard let head = FileManager.default.contents(atPath: master), let probe = ImageProbe.read(Array(head.prefix(64 * 1024))),
              probe.format == .jpeg else {
            throw MediaError.invalid(["file": "this picture could not be read"])
        }
        var widths = Self.variantWidths.filter { $0 < probe.width }
        widths.append(probe.width)
        var files: [(Int, String, String)] = [(probe.width, "jpeg", master)]
        for w in widths {
            let out = dir + "/w\(w).webp"
            try await run([master, "--size", "\(w)x>", "-o", out + "[Q=80,strip]"])
            guard let made = FileManager.default.contents(atPath: out), let clean = WebPMetadata.stripped(Array(made)) else {
                throw MediaError.invalid(["file": "this picture could not be read"])
            }
            try Data(clean).write(to: URL(fileURLWithPath: out))
            files.append((w, "webp", out))
        }
        return Rendered(master: master, width: probe.width, height: probe.height, files: files)
    }

    private func run(_ arguments: [String]) async throws {
        do {
            try await images.run(arguments)
        } catch .missing {
            throw MediaError.unavailable("Photos cannot be processed on this server right now (the image tool is not installed).")
        } catch .busy {
            throw MediaError.busy
        } catch {
            throw MediaError.invalid(["file": "this picture could not be read"])
        }
    }

    static func baseName(_ raw: String) -> String {
        let stem = (raw as NSString).deletingPathExtension.lowercased()
        let cleaned = String(stem.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "-" })
            .split(separator: "-").joined(separator: "-")
        return cleaned.isEmpty ? "photo" : String(cleaned.prefix(40))
    }

    static func photo(_ m: Media) throws -> LibraryPhoto {
        LibraryPhoto(id: try m.requireID(), fileName: m.fileName, mimeType: m.mimeType, width: m.width, height: m.height,
                     alt: m.alt, caption: m.caption, credit: m.credit, variants: variants(of: m), createdAt: m.createdAt)
    }

    static func variants(of m: Media) -> [ImageVariant] { variants(json: m.variants) }

    /// The sizes from the stored `variants` column.
    static func variants(json: String?) -> [ImageVariant] {
        guard let json, let list = try? JSONDecoder().decode([ImageVariant].self, from: Data(json.utf8)) else { return [] }
        return list
    }

    // MARK: Finding photos

    /// Newest first; `query` searches captions and credits.
    func list(query: String?, after: Int?, limit: Int, on db: any Database) async throws -> (items: [LibraryPhoto], next: Int?) {
        var q = Media.query(on: db).filter(\.$fileName !~ "avatar-")
        if let after { q = q.filter(\.$id < after) }
        if let text = query?.lowercased().filter({ $0 != "%" && $0 != "_" && $0 != "\\" }), !text.isEmpty {
            let pattern = SQLBind("%" + text + "%")
            q = q.group(.or) {
                $0.filter(.sql(SQLBinaryExpression(SQLFunction("LOWER", args: SQLColumn("caption")), .like, pattern)))
                    .filter(.sql(SQLBinaryExpression(SQLFunction("LOWER", args: SQLColumn("credit")), .like, pattern)))
            }
        }
        let rows = try await q.sort(\.$id, .descending).limit(limit + 1).all()
        let page = Array(rows.prefix(limit))
        return (try page.map(Self.photo), rows.count > limit ? page.last?.id : nil)
    }

    func photo(id: Int, on db: any Database) async throws -> LibraryPhoto {
        guard let m = try await Media.find(id, on: db) else { throw MediaError.notFound }
        return try Self.photo(m)
    }

    /// Where a photo appears: articles that lead with it or embed it, and galleries.
    func usage(of id: Int, on db: any Database) async throws -> (articles: [(id: Int, title: String)], galleries: [(id: Int, title: String)]) {
        let leads = try await Article.query(on: db).group(.or) {
            $0.filter(\.$leadMediaID == id).filter(\.$body ~~ "{{image:\(id)}}")
        }.field(\.$id).field(\.$title).sort(\.$id, .descending).limit(50).all()
        let items = try await GalleryItem.query(on: db).filter(\.$mediaID == id).all().map(\.galleryID)
        let galleries = items.isEmpty ? [] : try await Gallery.query(on: db).filter(\.$id ~~ Set(items)).all()
        return (leads.compactMap { a in a.id.map { ($0, a.title) } }, galleries.compactMap { g in g.id.map { ($0, g.title) } })
    }
}
