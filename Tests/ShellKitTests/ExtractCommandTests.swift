import Foundation
import Testing

/// `reportsh extract` with several paths: each report is written before the next file is read,
/// and the output is the same as extracting each file on its own.
@Suite struct ExtractCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("ReportKitTests/Fixtures").path

    func extract(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess.run(try #require(ReportshExecutable.path), ["extract"] + arguments)
    }

    @Test(arguments: ["json", "jsonl", "table"]) func severalPathsGiveTheReportsInTurn(format: String) throws {
        let paths = ["qingshan-2022.txt", "yunxi-county-2023.txt"].map { Self.fixtures + "/" + $0 }
        let together = try extract(paths + ["--format", format])
        #expect(together.status == 0)
        let first = try extract([paths[0], "--format", format])
        let second = try extract([paths[1], "--format", format])
        #expect(!first.output.isEmpty && !second.output.isEmpty)
        if format == "table" {
            // One table of every measure: its rows are both reports' rows.
            #expect(together.output.utf8.count > first.output.utf8.count && together.output.utf8.count > second.output.utf8.count)
        } else {
            #expect(together.output == first.output + second.output)
        }
    }

    @Test func aMissingPathWritesNothing() throws {
        let run = try extract([Self.fixtures + "/qingshan-2022.txt", "no-such-report.txt", "--format", "jsonl"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("no-such-report.txt: no such file or directory"))
    }
}
