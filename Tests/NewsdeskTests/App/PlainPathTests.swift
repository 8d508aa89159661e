import Testing
@testable import Newsdesk

/// Addresses no route or file can have are refused before the file system is asked, whether they arrive plain
/// (the quick check on ASCII) or percent-encoded (decoded first).
@Suite("Plain paths")
struct PlainPathTests {
    @Test(arguments: [
        ("/", true), ("/articles/storm-makes-landfall", true), ("/static/site.css", true), ("/ru/section/world", true),
        ("/a..b/c", true), ("/files/v1.2/x", true), ("/x/..", false), ("/x/.", false), ("/./x", false), ("/a/../b", false),
        ("/a../c", false), ("/....//etc/passwd", false), ("/a%2fb", false), ("/a%2Fb", false), ("/a%5cb", false),
        ("/a%2e%2e/b", false), ("/%2e%2e/x", false), ("/a%00b", false), ("/caf%C3%A9", true), ("/a\\b", false),
        ("/a%zz", false), ("/статья", true),
    ])
    func refusedOrNot(_ path: String, _ plain: Bool) {
        #expect(RequestLimitsMiddleware.isPlainPath(path) == plain, "\(path)")
    }
}
