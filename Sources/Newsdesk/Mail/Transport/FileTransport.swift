import Foundation
import NIOPosix

/// The embedded default: each message becomes `<date>-<messageID>.eml` in a folder. The file appears whole or
/// not at all (written to a hidden temporary file, flushed to disk, then renamed), so a reader of the folder never
/// sees half a message, and sending the same message again replaces its file instead of adding one.
struct FileTransport: MailTransport {
    let directory: String

    init(directory: String) {
        self.directory = directory
    }

    func send(_ message: MailMessage) async throws {
        let content = Data(MIMEBuilder.render(message).utf8)
        let name = Self.fileName(for: message)
        let directory = self.directory
        do {
            // File I/O blocks, so it runs on NIO's thread pool rather than on a Swift concurrency thread.
            try await NIOThreadPool.singleton.runIfActive {
                try Self.write(content, named: name, in: directory)
            }
        } catch let error as MailDeliveryError {
            throw error
        } catch {
            throw MailDeliveryError.temporary("cannot write \(name) in \(directory): \(error)")
        }
    }

    /// E.g. "20261129T020015Z-6f1c9a@newsdesk.local.eml": sorts by date, and keeps only characters that are safe
    /// in a file name from the message ID.
    static func fileName(for message: MailMessage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: message.date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let stamp = pad(c.year, 4) + pad(c.month, 2) + pad(c.day, 2) + "T" + pad(c.hour, 2) + pad(c.minute, 2)
            + pad(c.second, 2) + "Z"
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.@_+-")
        let id = String(message.messageID.map { allowed.contains($0) ? $0 : "_" }.prefix(160))
        return "\(stamp)-\(id.isEmpty ? "no-id" : id).eml"
    }

    private static func write(_ content: Data, named name: String, in directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let target = (directory as NSString).appendingPathComponent(name)
        let temporary = (directory as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw MailDeliveryError.temporary("cannot create \(temporary)")
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            try handle.write(contentsOf: content)
            try handle.synchronize()
            guard rename(temporary, target) == 0 else {
                throw MailDeliveryError.temporary("cannot rename \(temporary) to \(target) (errno \(errno))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
