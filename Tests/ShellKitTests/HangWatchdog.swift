import Foundation
import Testing

/// How long a test's child may run before it is killed and the test fails, saying where the
/// child was waiting. Twice a local run of the tests sat idle on a child for ten minutes: a run in
/// CI should fail, saying where the child stood, instead of waiting out the machine's 90 minutes.
enum HangWatchdog {
    /// Far above the slowest child of the tests (a few seconds under the debug build).
    static let longestRun = Duration.seconds(300)
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
