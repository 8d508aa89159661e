import Foundation

/// The one rule for display names, used by registration, settings and the operator's `user create`:
/// 1 to 60 characters after trimming, no control or invisible formatting characters, no line breaks.
enum DisplayName {
    static let maxLength = 60

    /// The trimmed name, or what to fix.
    static func validated(_ raw: String) -> Result<String, String> {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > maxLength { return .failure("Choose a display name of 1 to \(maxLength) characters.") }
        let invisible = name.unicodeScalars.contains {
            let category = $0.properties.generalCategory
            return category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator
        }
        if invisible { return .failure("The display name may not contain control or invisible characters.") }
        return .success(name)
    }
}
