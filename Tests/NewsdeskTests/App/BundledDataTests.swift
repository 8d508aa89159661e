import Foundation
import Testing
@testable import Newsdesk

/// Data kept as resource files is found in the bundle and read whole.
@Suite("Bundled data")
struct BundledDataTests {
    @Test func commonPasswordListHasEveryEntryAndNoCommentLines() {
        let list = PasswordPolicy.commonPasswords
        #expect(list.count == 12_587)
        #expect(!list.contains { $0.hasPrefix("#") })
        #expect(list.isSuperset(of: ["123456", "password", "wonderwoman"]))
    }

    @Test func commentLinesAndBlankLinesAreNotPasswords() {
        let parsed = PasswordPolicy.parseCommonPasswords("# header\n#\nletmein\r\nqwerty\n\n")
        #expect(parsed == ["letmein", "qwerty"])
    }
}
