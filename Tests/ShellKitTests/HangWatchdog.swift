import Foundation
import Testing

/// Ends a child that has run far longer than any test's child does, after noting where it was
/// waiting, and records that as the test's failure. Twice a local run of the tests sat idle on a
/// child for ten minutes, not to be seen again: a run in CI should fail, saying where the child
/// stood, instead of waiting out the machine's 90 minutes.
final class HangWatchdog: @unchecked Sendable {
    /// Far above the slowest child of the tests (a few seconds under the debug build).
    static let longestRun = DispatchTimeInterval.seconds(300)

    private let lock = NSLock()
    private var finished = false
    private var stoodAt: String?
    private let arguments: [String]
    private let longestRun: DispatchTimeInterval

    init(_ process: Process, arguments: [String], longestRun: DispatchTimeInterval) {
        self.arguments = arguments
        self.longestRun = longestRun
        let child = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + longestRun) { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !finished, process.isRunning else { return }
            stoodAt = Self.whereWaiting(child)
            kill(child, SIGKILL)
        }
    }

    /// Called once the child has exited: records a failure if the watchdog had to end it.
    func finish() {
        lock.lock()
        finished = true
        let stoodAt = stoodAt
        lock.unlock()
        if let stoodAt {
            Issue.record("the child \(arguments) ran over \(longestRun) and was killed; it stood at: \(stoodAt)")
        }
    }

    /// The child's command line, state and, for each of its threads, the kernel function it sleeps in.
    private static func whereWaiting(_ pid: Int32) -> String {
        func read(_ path: String) -> String {
            (FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? "?")
                .replacingOccurrences(of: "\0", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let state = read("/proc/\(pid)/status").split(separator: "\n").first { $0.hasPrefix("State:") } ?? "State: ?"
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let waits = threads.sorted().map { "\($0):\(read("/proc/\(pid)/task/\($0)/wchan"))" }
        return "\(read("/proc/\(pid)/cmdline")) (\(state); threads \(waits.joined(separator: " ")))"
    }
}

struct HangWatchdogTests {
    @Test func aChildThatRunsOverIsKilledAndFailsTheTestSayingWhereItStood() throws {
        let started = Date()
        try withKnownIssue {
            let result = try ChildProcess.run("/bin/sleep", ["60"], longestRun: .seconds(1))
            #expect(result.status != 0)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("sleep 60") && $0.rawValue.contains("State:") }
        }
        #expect(Date().timeIntervalSince(started) < 50)
    }
}
