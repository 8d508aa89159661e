import Foundation

/// Runs `WXRReader` on a thread of its own and hands its events to async code through a small bounded buffer: the
/// reader waits while the importer writes, so a slow database never lets events pile up in memory.
final class WXRStream: @unchecked Sendable {
    // `slots` counts free places in the buffer; `cancelled` is set once, by the consumer, and read by the reader thread.
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var cancelled = false

    private init(buffer: Int) {
        // Created empty and then given its places: libdispatch traps when a semaphore is freed with a value below
        // the one it was created with, which happens whenever the consumer stops before the end of the file.
        slots = DispatchSemaphore(value: 0)
        for _ in 0..<buffer { slots.signal() }
    }

    /// The events of `file`; the sequence throws `WXR.Malformed` where the file breaks. Call `consumed()` after
    /// each event taken, which lets the reader go on.
    static func open(file: String, buffer: Int = 64) -> (events: AsyncThrowingStream<WXR.Event, any Error>, stream: WXRStream) {
        let box = WXRStream(buffer: buffer)
        let events = AsyncThrowingStream<WXR.Event, any Error> { continuation in
            continuation.onTermination = { _ in box.cancel() }
            let thread = Thread {
                do {
                    try WXRReader.read(file: file) { event in
                        box.slots.wait()
                        if box.isCancelled { return false }
                        continuation.yield(event)
                        return true
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        return (events, box)
    }

    /// The consumer took one event: the reader may read one more.
    func consumed() { slots.signal() }

    private var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
        // Wake a reader waiting for a slot so that it sees the cancellation and stops.
        for _ in 0..<4 { slots.signal() }
    }
}
