import Foundation

/// What changed between two states of an article, for people: the fields that differ, and the body line by line.
enum RevisionDiff {
    struct Line: Encodable, Sendable, Equatable {
        /// "same", "added" or "removed"
        let kind: String
        let text: String
    }

    struct FieldChange: Encodable, Sendable, Equatable {
        let field: String
        let before: String
        let after: String
    }

    /// A line diff (longest common subsequence). Very long bodies are compared paragraph by paragraph after their
    /// common start and end are set aside, which keeps the table small.
    static func lines(_ before: String, _ after: String) -> [Line] {
        let a = before.components(separatedBy: "\n")
        let b = after.components(separatedBy: "\n")
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        var middle: [Line] = []
        if x.count * y.count > 4_000_000 {
            middle = x.map { Line(kind: "removed", text: $0) } + y.map { Line(kind: "added", text: $0) }
        } else {
            var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < x.count || j < y.count {
                if i < x.count, j < y.count, x[i] == y[j] {
                    middle.append(Line(kind: "same", text: x[i])); i += 1; j += 1
                } else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
                    middle.append(Line(kind: "added", text: y[j])); j += 1
                } else {
                    middle.append(Line(kind: "removed", text: x[i])); i += 1
                }
            }
        }
        return a[..<prefix].map { Line(kind: "same", text: $0) } + middle + a[(a.count - suffix)...].map { Line(kind: "same", text: $0) }
    }

    /// The fields other than the body that differ, named and valued in the page's language.
    static func fields(_ a: ArticleSnapshot, _ b: ArticleSnapshot, strings s: UIStrings, sectionName: (Int) -> String) -> [FieldChange] {
        var changes: [FieldChange] = []
        func add(_ key: String, _ x: String, _ y: String) { if x != y { changes.append(FieldChange(field: s.text(key), before: x, after: y)) } }
        func photo(_ id: Int?) -> String { id.map(String.init) ?? s.text("nrNone") }
        func open(_ on: Bool) -> String { s.text(on ? "nrOpen" : "nrClosed") }
        func yes(_ on: Bool) -> String { s.text(on ? "nrYes" : "nrNo") }
        add("nrHeadline", a.title, b.title)
        add("nrSummary", a.summary, b.summary)
        add("nrSection", sectionName(a.sectionID), sectionName(b.sectionID))
        add("nrSlug", a.slug, b.slug)
        add("nrByline", a.byline, b.byline)
        add("tags", a.tags.joined(separator: ", "), b.tags.joined(separator: ", "))
        add("nrLeadPhoto", photo(a.leadMediaID), photo(b.leadMediaID))
        add("nrRelatedField", a.relatedIDs.map(String.init).joined(separator: ", "), b.relatedIDs.map(String.init).joined(separator: ", "))
        add("nrState", NewsroomText.statusLabel(a.status, s), NewsroomText.statusLabel(b.status, s))
        add("nrComments", open(a.commentsOpen), open(b.commentsOpen))
        add("correction", a.correction ?? "", b.correction ?? "")
        add("nrRecommendedPick", yes(a.recommended), yes(b.recommended))
        return changes
    }
}
