import Foundation
import Testing

@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell

/// The session keeps each report's audit rows until the reports in use change: `.use` and `.load`
/// must give the rows of the reports now in use, never those kept for others.
@Suite struct AuditCacheTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func load(_ name: String) throws -> [Report] {
        try ReportLoader.load(path: Self.fixtures.appendingPathComponent(name).path)
    }

    private func auditCount(_ captured: CapturedSession) -> Int? {
        let before = captured.results
        captured.run("audit | count")
        return Int(captured.results.dropFirst(before.count).split(separator: "\n").last ?? "")
    }

    @Test func theRowsFollowTheReportsInUse() throws {
        let qingshan = try load("qingshan-2022.txt"), yunxi = try load("yunxi-county-2023.txt")
        let alone = { (reports: [Report]) -> Int? in
            let captured = CapturedSession(reports: reports)
            captured.session.mode = .csv
            return self.auditCount(captured)
        }
        let qingshanRows = try #require(alone(qingshan)), yunxiRows = try #require(alone(yunxi))
        #expect(qingshanRows > 0 && yunxiRows > 0 && qingshanRows != yunxiRows)

        let captured = CapturedSession(reports: qingshan + yunxi)
        captured.session.mode = .csv
        #expect(auditCount(captured) == qingshanRows + yunxiRows)
        captured.run(".use yunxi-county-2023")
        #expect(auditCount(captured) == yunxiRows)
        captured.run(".use qingshan-2022")
        #expect(auditCount(captured) == qingshanRows)
        captured.run(".use all")
        #expect(auditCount(captured) == qingshanRows + yunxiRows)
        captured.run(".load " + Self.fixtures.appendingPathComponent("chengguan-street-2023.txt").path)
        let chengguanRows = try #require(alone(try load("chengguan-street-2023.txt")))
        #expect(auditCount(captured) == qingshanRows + yunxiRows + chengguanRows)
        #expect(captured.diagnostics.isEmpty)
    }
}
