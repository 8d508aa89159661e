import Foundation

/// Text files in the module's `Data` folder (word lists, phrase patterns), read whole.
enum DataFile {
    /// A missing file is a broken build: the engine stops rather than run without its lists and publish everything.
    static func text(_ name: String, extension ext: String = "txt") -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Data"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("the resource Data/\(name).\(ext) is missing from the Standards bundle")
        }
        return text
    }
}
