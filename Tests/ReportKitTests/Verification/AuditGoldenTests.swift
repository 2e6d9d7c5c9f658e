import Foundation
import Testing

@testable import ReportLoading
@testable import ReportShell

/// Every audit row of every text fixture against the rows recorded in AuditGolden/, as
/// `reportsh -r FIXTURE -f jsonl -c audit` writes them: the audit's search may change for speed,
/// its findings may not. After a change meant to alter findings, write the files anew with that
/// command; their diff shows what changed.
@Suite struct AuditGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = directory.deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let golden = directory.appendingPathComponent("AuditGolden")

    static let textFixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test func everyTextFixtureHasItsGolden() {
        #expect(Self.textFixtures.count >= 10)
        for name in Self.textFixtures {
            #expect(FileManager.default.fileExists(atPath: Self.goldenPath(of: name)), "\(name)")
        }
    }

    /// Twice in one session: the second `audit` reads the rows the first worked out.
    @Test(arguments: textFixtures)
    func auditRowsAreTheRecordedOnes(name: String) throws {
        let reports = try ReportLoader.load(path: Self.fixtures.appendingPathComponent(name).path)
        let recorded = try String(contentsOfFile: Self.goldenPath(of: name), encoding: .utf8)
        let captured = CapturedSession(reports: reports)
        captured.run(".mode jsonl\naudit")
        let first = captured.results
        captured.run("audit")
        #expect(captured.diagnostics.isEmpty)
        #expect(!first.isEmpty)
        #expect(captured.results == first + first)
        let expected = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let actual = first.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(actual.count == expected.count, "\(name): \(actual.count) rows, recorded \(expected.count)")
        for (index, (line, golden)) in zip(actual, expected).enumerated() where line != golden {
            Issue.record("\(name) row \(index + 1):\n  now:      \(line)\n  recorded: \(golden)")
        }
    }

    private static func goldenPath(of fixture: String) -> String {
        golden.appendingPathComponent(String(fixture.dropLast(4)) + ".jsonl").path
    }
}
