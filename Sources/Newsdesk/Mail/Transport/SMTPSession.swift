import Logging
import NIOCore
import NIOSSL

/// One open connection to an SMTP server, as async calls: send a line, get the reply, check its code.
/// Every failure comes out as a `MailDeliveryError` that names the step and carries the server's code and text.
struct SMTPSession: Sendable {
    let channel: any Channel
    let server: String
    let logger: Logger

    /// Sends `command` (or nothing, for the greeting) and returns the reply whatever its code.
    /// `logged` replaces the command in the log, so credentials never reach it.
    func exchange(_ command: String?, step: String, logged: String? = nil) async throws -> SMTPReply {
        var bytes: ByteBuffer?
        if let command {
            // Callers validate what goes into commands; this is the last line of defence against injection.
            guard !command.utf8.contains(where: { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) else {
                throw MailDeliveryError.permanent("\(step): refusing to send a command that contains a line break")
            }
            logger.debug("smtp command", metadata: ["smtp.command": "\(logged ?? command)"])
            bytes = channel.allocator.buffer(string: command + "\r\n")
        }
        return try await request(bytes, step: step)
    }

    /// Like `exchange`, but any code outside `accepted` becomes the error: 4xx temporary, 5xx permanent.
    @discardableResult
    func expect(_ command: String?, step: String, accepted: Set<Int>, logged: String? = nil) async throws -> SMTPReply {
        let reply = try await exchange(command, step: step, logged: logged)
        guard accepted.contains(reply.code) else { throw Self.refusal(reply, step: step) }
        return reply
    }

    /// Sends the message content (already dot-stuffed and terminated) and expects 250.
    func sendContent(_ bytes: [UInt8]) async throws {
        let reply = try await request(channel.allocator.buffer(bytes: bytes), step: "message content")
        guard reply.code == 250 else { throw Self.refusal(reply, step: "message content") }
    }

    /// Adds TLS in front of the SMTP handler after the server said 220 to STARTTLS.
    func startTLS(context: NIOSSLContext, serverHostname: String?) async throws {
        do {
            try await channel.eventLoop.submit { [channel] in
                let pipeline = channel.pipeline.syncOperations
                guard try !pipeline.handler(type: SMTPClientHandler.self).hasUnreadInput else {
                    throw SMTPClientError.unexpectedDataAfterSTARTTLS
                }
                try pipeline.addHandler(NIOSSLClientHandler(context: context, serverHostname: serverHostname), position: .first)
            }.get()
        } catch {
            throw transportFailure(error, step: "STARTTLS")
        }
    }

    /// Says QUIT without waiting for the answer: the outcome is already decided, and closing follows.
    func quitAndClose() async {
        let reply = channel.eventLoop.makePromise(of: SMTPReply.self)
        let written = channel.eventLoop.makePromise(of: Void.self)
        written.futureResult.whenFailure { reply.fail($0) }
        channel.writeAndFlush(SMTPRequest(bytes: channel.allocator.buffer(string: "QUIT\r\n"), reply: reply),
                              promise: written)
        try? await channel.close()
    }

    func close() async {
        try? await channel.close()
    }

    private func request(_ bytes: ByteBuffer?, step: String) async throws -> SMTPReply {
        let reply = channel.eventLoop.makePromise(of: SMTPReply.self)
        let written = channel.eventLoop.makePromise(of: Void.self)
        written.futureResult.whenFailure { reply.fail($0) }
        channel.writeAndFlush(SMTPRequest(bytes: bytes, reply: reply), promise: written)
        do {
            let result = try await reply.futureResult.get()
            logger.debug("smtp reply", metadata: ["smtp.reply": "\(result.summary)"])
            return result
        } catch {
            throw transportFailure(error, step: step)
        }
    }

    static func refusal(_ reply: SMTPReply, step: String) -> MailDeliveryError {
        let reason = "\(step) refused: \(reply.summary)"
        switch reply.code {
        case 500...599: return .permanent(reason)
        default: return .temporary(reason)
        }
    }

    private func transportFailure(_ error: any Error, step: String) -> MailDeliveryError {
        switch error {
        case let error as MailDeliveryError:
            return error
        case SMTPClientError.timedOut:
            return .temporary("\(server): no answer within the timeout at \(step)")
        case SMTPClientError.connectionClosed, ChannelError.ioOnClosedChannel, ChannelError.alreadyClosed:
            return .temporary("\(server): the connection was closed at \(step)")
        case SMTPClientError.unexpectedDataAfterSTARTTLS:
            return .temporary("\(server): sent data ahead of the TLS handshake after STARTTLS; connection dropped")
        case SMTPClientError.malformedReply(let line):
            return .temporary("\(server): not an SMTP reply at \(step): \(line)")
        default:
            return .temporary("\(server): \(step) failed: \(error)")
        }
    }
}
