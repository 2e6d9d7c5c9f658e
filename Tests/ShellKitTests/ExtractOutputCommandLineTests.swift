import Foundation
import Testing

/// `reportsh extract` writes, byte for byte, the model JSON and the JSONL recorded in
/// ReportKitTests/Golden/Extract from every fixture report and the built-in one: a change to the
/// extractor's speed or to how its output is written must leave its output as it was. A change
/// meant to alter the output records the files again (see the README beside them) and shows the
/// difference in its commit.
@Suite struct ExtractOutputCommandLineTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("ReportKitTests/Fixtures")
    static let goldens = tests.appendingPathComponent("ReportKitTests/Golden/Extract")

    /// Every report among the fixtures (the truth file is a list of figures, not a report), and
    /// the built-in report, named `builtin`.
    static var reports: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return ["builtin"] + names.filter { !$0.hasSuffix(".truth.json") }.sorted()
    }

    @Test func theFixturesAreFound() {
        #expect(Self.reports.count > 10)
    }

    @Test(arguments: reports, ["json", "jsonl"])
    func extractWritesWhatWasRecorded(report: String, format: String) throws {
        let golden = Self.goldens.appendingPathComponent("\(report).\(format)")
        let expected = try #require(
            FileManager.default.contents(atPath: golden.path),
            "no golden \(golden.lastPathComponent): record it with Golden/Extract/record")
        let path = report == "builtin" ? [] : [Self.fixtures.appendingPathComponent(report).path]
        let (status, output) = try Self.extract(path + ["--format", format])
        #expect(status == 0)
        if output != expected {
            let line = Self.firstDifferingLine(output, expected)
            Issue.record("\(report) --format \(format) differs from \(golden.lastPathComponent) from line \(line)")
        }
    }

    /// The exit status and stdout's bytes as written (no decoding that could hide a changed byte).
    static func extract(_ arguments: [String]) throws -> (Int32, Data) {
        let child = try ChildProcess.run(
            try #require(ReportshExecutable.path), ["extract"] + arguments,
            environment: ["HOME": NSTemporaryDirectory(), "NO_COLOR": "1"])
        return (child.status, child.outputBytes)
    }

    static func firstDifferingLine(_ actual: Data, _ expected: Data) -> Int {
        let actualLines = actual.split(separator: 0x0A, omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: 0x0A, omittingEmptySubsequences: false)
        var line = 0
        while line < min(actualLines.count, expectedLines.count), actualLines[line] == expectedLines[line] { line += 1 }
        return line + 1
    }
}
