import NIOConcurrencyHelpers
import Vapor

/// A node's timer for one small piece of work, run every `seconds` from boot to shutdown on a background task.
/// `whileServing`: only when the node serves (not for one-off commands or tests).
final class PeriodicWork: LifecycleHandler, Sendable {
    let interval: UInt64
    let whileServing: Bool
    let work: @Sendable () -> Void
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(every seconds: Double, whileServing: Bool = false, _ work: @escaping @Sendable () -> Void) {
        interval = UInt64(seconds * 1_000_000_000)
        self.whileServing = whileServing
        self.work = work
    }

    func didBootAsync(_ app: Application) async throws {
        guard !whileServing || FirstStart.isServing(app) else { return }
        let interval = interval
        let work = work
        task.withLockedValue {
            $0 = Task.detached {
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: interval)
                    work()
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task.withLockedValue { $0 }?.cancel()
    }
}

/// Gives memory the allocator holds but no longer uses back to the system.
/// Rendering a page allocates and frees buffers of 40-130 KB on several threads; glibc keeps the freed pages in its
/// heaps: after 1,500 renders a node held 218-223 MB, and 148 MB when trimmed every 5 s. (Mapping blocks from 64 KB
/// one by one, a fixed mmap threshold, got to 130 MB, but cost each allocation a system call and up to 8% more CPU
/// per render in one of two runs.) `malloc_trim` hands back the whole free pages of every heap in one call.
enum MemoryTrim {
    static func now() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
