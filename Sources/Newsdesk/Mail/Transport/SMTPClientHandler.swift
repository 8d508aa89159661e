import NIOCore

/// One server reply; a multi-line reply ("250-…" lines then "250 …") is one reply with several lines.
struct SMTPReply: Sendable, Equatable {
    var code: Int
    var lines: [String]

    /// "550 5.1.1 <bob@example.org>: Recipient address rejected", lines joined by "; ".
    var summary: String { "\(code) " + lines.joined(separator: "; ") }
}

/// Failures below the SMTP dialogue: the server's silence, a dropped connection, a reply that is not SMTP.
enum SMTPClientError: Error, Equatable {
    case timedOut
    case connectionClosed
    case malformedReply(String)
    case unexpectedDataAfterSTARTTLS
}

/// Something to send (nil: only wait, as for the greeting) and the promise for the reply it gets.
struct SMTPRequest: Sendable {
    var bytes: ByteBuffer?
    var reply: EventLoopPromise<SMTPReply>
}

/// Frames the server's bytes into replies and pairs each with the request waiting for it, in order. Every wait is
/// bounded: when no reply comes within `timeout`, the waiting requests fail and the connection is closed.
final class SMTPClientHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = SMTPRequest
    typealias OutboundOut = ByteBuffer

    static let maxLineLength = 4096
    static let maxReplyLines = 256

    private let timeout: TimeAmount
    private var input = ByteBuffer()
    private var partialLines: [String] = []
    private var unclaimed = CircularBuffer<SMTPReply>()
    private var waiting = CircularBuffer<EventLoopPromise<SMTPReply>>()
    private var timer: Scheduled<Void>?
    private var failure: (any Error)?

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    /// True when the server sent anything not yet paired with a request. After the reply to STARTTLS that would be
    /// plain-text data injected ahead of the TLS handshake, so the client must stop.
    var hasUnreadInput: Bool {
        input.readableBytes > 0 || !partialLines.isEmpty || !unclaimed.isEmpty
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        if let failure {
            request.reply.fail(failure)
            promise?.fail(failure)
            return
        }
        waiting.append(request.reply)
        if let bytes = request.bytes {
            context.write(wrapOutboundOut(bytes), promise: promise)
        } else {
            promise?.succeed(())
        }
        deliver(context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        input.writeBuffer(&bytes)
        do {
            try parse()
            deliver(context: context)
        } catch {
            fail(context: context, error)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(context: context, SMTPClientError.connectionClosed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(context: context, error)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        fail(context: context, SMTPClientError.connectionClosed)
    }

    private func parse() throws {
        while let line = try nextLine() {
            let digits = line.utf8.prefix(3)
            guard digits.count == 3, digits.allSatisfy({ (0x30...0x39).contains($0) }),
                  let code = Int(String(decoding: digits, as: UTF8.self)), (200...599).contains(code)
            else { throw SMTPClientError.malformedReply(String(line.prefix(80))) }
            let separator = line.utf8.dropFirst(3).first
            partialLines.append(String(decoding: line.utf8.dropFirst(4), as: UTF8.self))
            switch separator {
            case UInt8(ascii: "-"):
                guard partialLines.count < Self.maxReplyLines else {
                    throw SMTPClientError.malformedReply("more than \(Self.maxReplyLines) lines in one reply")
                }
            case nil, UInt8(ascii: " "):
                unclaimed.append(SMTPReply(code: code, lines: partialLines))
                partialLines = []
            default:
                throw SMTPClientError.malformedReply(String(line.prefix(80)))
            }
        }
        if input.readerIndex > 4096 { input.discardReadBytes() }
    }

    private func nextLine() throws -> String? {
        guard let lineFeed = input.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            guard input.readableBytes <= Self.maxLineLength else {
                throw SMTPClientError.malformedReply("a reply line longer than \(Self.maxLineLength) bytes")
            }
            return nil
        }
        var bytes = input.readBytes(length: lineFeed - input.readerIndex) ?? []
        input.moveReaderIndex(forwardBy: 1)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard bytes.count <= Self.maxLineLength else {
            throw SMTPClientError.malformedReply("a reply line longer than \(Self.maxLineLength) bytes")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func deliver(context: ChannelHandlerContext) {
        var delivered = false
        while !waiting.isEmpty, !unclaimed.isEmpty {
            waiting.removeFirst().succeed(unclaimed.removeFirst())
            delivered = true
        }
        if delivered || timer == nil { restartTimer(context: context) }
    }

    /// The clock starts when a request starts waiting and restarts only when a whole reply arrives, so the timeout
    /// bounds every step, and a server that trickles bytes cannot stretch one.
    private func restartTimer(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        guard !waiting.isEmpty else { return }
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(in: timeout) {
            bound.value.handler.fail(context: bound.value.context, SMTPClientError.timedOut)
        }
    }

    private func fail(context: ChannelHandlerContext, _ error: any Error) {
        timer?.cancel()
        timer = nil
        let firstFailure = failure ?? error
        failure = firstFailure
        while let promise = waiting.popFirst() {
            promise.fail(firstFailure)
        }
        context.close(promise: nil)
    }
}
