import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work on independent items spread over every core, its results handed back one by one in the
/// items' order, as if it had run in a loop.
///
/// Workers run at most `window` items ahead of the one handed back, so that memory holds a window
/// of results, not all of them, when the caller writes each out as it comes (`extract`).
enum OrderedParallelMap {
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Runs `transform` on `0..<count` and calls `deliver` with each result in index order, on the
    /// calling thread. `shouldStop`, polled on the calling thread while it waits, ends the run
    /// early: items not yet started are not, and false is returned once the running ones finish.
    static func run<Result: Sendable>(
        count: Int, workers: Int = processorCount, window: Int? = nil,
        shouldStop: () -> Bool = { false },
        transform: @escaping @Sendable (Int) -> Result,
        deliver: (Int, Result) -> Void
    ) -> Bool {
        guard count > 0 else { return !shouldStop() }
        let workers = min(workers, count)
        if workers == 1 {
            for index in 0..<count {
                if shouldStop() { return false }
                deliver(index, transform(index))
            }
            return true
        }
        let window = max(window ?? workers * 4, workers)
        let state = SharedState<Result>(count: count)
        let ahead = DispatchSemaphore(value: window)
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while true {
                    ahead.wait()
                    guard let index = state.claim() else {
                        ahead.signal()
                        return
                    }
                    state.store(transform(index), at: index)
                }
            }
        }
        var stopped = false
        var delivered = 0
        for index in 0..<count {
            var result: Result?
            while result == nil {
                if shouldStop() {
                    stopped = true
                    break
                }
                result = state.take(index, waitingUpTo: .milliseconds(50))
            }
            guard let result else { break }
            deliver(index, result)
            delivered += 1
            ahead.signal()
        }
        if stopped {
            state.stop()
            for _ in 0..<workers { ahead.signal() }
        }
        group.wait()
        // libdispatch traps when a semaphore is released below the value it was made with: give
        // back the places of the results that were worked out but never handed back.
        for _ in delivered..<state.claimed { ahead.signal() }
        return !stopped
    }

    /// The next item to start, and the results waiting to be handed back, behind one lock.
    private final class SharedState<Result: Sendable>: Sendable {
        private struct Slots {
            var next = 0
            var stopped = false
            var results: [Int: Result] = [:]
        }
        private let slots = Mutex(Slots())
        private let count: Int
        /// Signalled once per stored result, so that the caller sleeps instead of polling.
        private let stored = DispatchSemaphore(value: 0)

        init(count: Int) { self.count = count }

        /// How many items were started.
        var claimed: Int { slots.withLock { $0.next } }

        func claim() -> Int? {
            slots.withLock { slots in
                guard !slots.stopped, slots.next < count else { return nil }
                defer { slots.next += 1 }
                return slots.next
            }
        }

        func store(_ result: Result, at index: Int) {
            slots.withLock { $0.results[index] = result }
            stored.signal()
        }

        func stop() { slots.withLock { $0.stopped = true } }

        /// The result of `index` once it is there, or nil after `timeout` without it.
        func take(_ index: Int, waitingUpTo timeout: DispatchTimeInterval) -> Result? {
            while true {
                if let result = slots.withLock({ $0.results.removeValue(forKey: index) }) { return result }
                guard stored.wait(timeout: .now() + timeout) == .success else { return nil }
            }
        }
    }
}
