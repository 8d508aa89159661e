import Foundation
import Testing
@testable import Newsdesk

struct FileTransportTests {
    @Test func writesOneReadableEMLFilePerMessageIntoANewFolder() async throws {
        let root = try MailTestEnvironment.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("data/mail")
        let message = MailSamples.message(subject: "Добро пожаловать", messageID: "a1/b2@newsdesk.test")

        try await FileTransport(directory: folder.path).send(message)
        try await FileTransport(directory: folder.path).send(message)

        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["20261129T020015Z-a1_b2@newsdesk.test.eml"])
        let mail = try MailTestEnvironment.parse(Data(contentsOf: folder.appendingPathComponent(names[0])))
        #expect(mail.header("Subject") == "Добро пожаловать")
        // Python's decoder keeps the CRLF line ends of the transfer encoding.
        #expect(mail.parts.map { $0.text.replacingOccurrences(of: "\r\n", with: "\n") } == [message.textBody, message.htmlBody ?? ""])
    }

    @Test func reportsAnUnwritableFolderAsTemporary() async throws {
        let root = try MailTestEnvironment.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let blocker = root.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        await #expect {
            try await FileTransport(directory: blocker.path).send(MailSamples.message())
        } throws: { error in
            if case .temporary? = error as? MailDeliveryError { true } else { false }
        }
    }
}
