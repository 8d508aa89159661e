import Foundation

/// Phrase patterns for the rules that can only be suspected, plus promotion and spam cues.
/// Each line: `rule weight | pattern` (see `PhraseMatcher`). A rule is reported when its strongest match reaches
/// `SuspectedRules.threshold`; weaker cues only count together. Patterns are written for precision: a word that
/// has an innocent everyday use is only listed inside a phrase that removes the doubt.
enum SuspectedLexicon {
    /// The lists, one file per language: `Data/suspected-<language>.txt`.
    static let files = ["suspected-en", "suspected-ru", "suspected-others"]

    /// Every phrase pattern of the engine, matched in one pass: these, the outlet references, the personal-data
    /// phrases, the malware cues and the co-occurrence classes.
    static let matcher = PhraseMatcher((files.map { DataFile.text($0) } + [
        OutletDetector.patterns, PersonalDataDetector.phrases, LinkRules.malwareCues, CooccurrenceLexicon.patterns,
    ]).joined(separator: "\n"))
}
