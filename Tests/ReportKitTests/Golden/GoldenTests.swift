import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Runs the `Cases/*.test` files (record new ones with `Cases/record.py`, then review them), in the spirit of jq's jq.test:
///
///     # a comment
///     %%MODE csv                  (optional: output mode of this case)
///     %%FAIL                      (optional: the statement must fail; expect the diagnostic)
///     %%FAILED-CHECK              (optional: a check that must fail, exit status 1)
///     statement                   (more lines while incomplete, except in %%FAIL cases)
///     expected output…
///     <blank line ends the case>
///
/// One session runs a whole file, so a `let` in one case is seen by the next. The statement runs
/// against Fixtures/sample-model.json, loaded the way `--report` loads it, except in files named
/// `builtin-*.test`, which run against the built-in report as the extractor reads it, and files named
/// `corpus-*.test`, which run against the folder Fixtures/corpus (written by scripts/make-corpus-fixtures.py).
struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".test") }.sorted()
    }

    @Test(arguments: files)
    func golden(file: String) throws {
        let path = Self.directory.appendingPathComponent(file).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let fixtures = Self.directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
        let fixture = fixtures.appendingPathComponent(file.hasPrefix("corpus-") ? "corpus" : "sample-model.json").path
        let sink = CollectingSink()
        let reports = file.hasPrefix("builtin-") ? [BuiltinReport.load()] : try ReportLoader.load(path: fixture)
        let session = Session(reports: reports, sink: sink)
        session.evaluator.arguments = ["limit": "2", "word": "纠错"]
        let cases = GoldenCase.parse(text)
        #expect(!cases.isEmpty, "no cases in \(file)")
        for golden in cases {
            let before = (sink.results.count, sink.diagnostics.count)
            session.mode = golden.mode
            let outcome = session.run(source: golden.statement, origin: "<command>")
            let results = String(sink.results.dropFirst(before.0))
            let diagnostics = String(sink.diagnostics.dropFirst(before.1))
            let actual = (golden.shouldFail ? diagnostics : results + diagnostics)
            let location = SourceLocation(fileID: "ReportKitTests/\(file)", filePath: path, line: golden.line, column: 1)
            if golden.shouldFail != (outcome == .error) || golden.shouldFailCheck != (outcome == .failedCheck) {
                let expectation = golden.shouldFail ? "an error" : (golden.shouldFailCheck ? "a failed check" : "success")
                Issue.record(
                    "\(file):\(golden.line): expected \(expectation), got \(outcome):\n\(actual)", sourceLocation: location)
            } else if actual != golden.expected {
                Issue.record(
                    "\(file):\(golden.line): \(golden.statement)\n--- expected\n\(golden.expected)--- actual\n\(actual)",
                    sourceLocation: location)
            }
        }
    }
}

struct GoldenCase {
    var line: Int
    var statement: String
    var expected: String
    var mode: OutputMode
    var shouldFail: Bool
    /// `%%FAILED-CHECK`: the statement is a check that must fail (exit status 1).
    var shouldFailCheck: Bool

    static func parse(_ text: String) -> [GoldenCase] {
        var cases: [GoldenCase] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            var mode = OutputMode.table
            var shouldFail = false
            var shouldFailCheck = false
            while index < lines.count, lines[index].isEmpty || lines[index].hasPrefix("#") || lines[index].hasPrefix("%%") {
                if lines[index].hasPrefix("%%MODE ") { mode = OutputMode(rawValue: String(lines[index].dropFirst(7))) ?? .table }
                if lines[index] == "%%FAIL" { shouldFail = true }
                if lines[index] == "%%FAILED-CHECK" { shouldFailCheck = true }
                index += 1
            }
            guard index < lines.count else { break }
            let line = index + 1
            var statement = lines[index]
            index += 1
            while !shouldFail, StatementReader.isIncomplete(statement), index < lines.count, !lines[index].isEmpty {
                statement += "\n" + lines[index]
                index += 1
            }
            var expected = ""
            while index < lines.count, !lines[index].isEmpty {
                expected += lines[index] + "\n"
                index += 1
            }
            cases.append(
                GoldenCase(
                    line: line, statement: statement, expected: expected, mode: mode, shouldFail: shouldFail,
                    shouldFailCheck: shouldFailCheck))
        }
        return cases
    }
}
