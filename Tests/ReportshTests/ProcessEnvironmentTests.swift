import FoundationEssentials
import Testing

@testable import reportsh

/// reportsh reads its environment from `environ` itself, more cheaply than ProcessInfo: it must
/// read the same variables.
@Suite struct ProcessEnvironmentTests {
    @Test func theEnvironmentIsProcessInfos() {
        #expect(ProcessEnvironment.current() == ProcessInfo.processInfo.environment)
    }
}
