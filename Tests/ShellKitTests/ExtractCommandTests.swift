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

    /// `-f jsonl PATH` is read without ArgumentParser, `--` makes ArgumentParser read the same: both
    /// roads write the same measures, and the same message for a missing path.
    @Test func theParserReadsExtractAsTheShortRoadDoes() throws {
        let path = Self.fixtures + "/qingshan-2022.txt"
        let short = try extract(["-f", "jsonl", path])
        let parsed = try extract(["-f", "jsonl", "--", path])
        #expect(short.status == 0 && !short.output.isEmpty)
        #expect(parsed.status == short.status && parsed.output == short.output && parsed.errors == short.errors)
        let missingShort = try extract(["no-such-report.txt"])
        let missingParsed = try extract(["--", "no-such-report.txt"])
        #expect(missingShort.status == 2 && missingShort.errors.contains("no-such-report.txt"))
        #expect(missingParsed.status == missingShort.status && missingParsed.errors == missingShort.errors)
    }

    /// `--format sqlite -o FILE`: the database holds what the shell counts over the same reports.
    @Test func sqliteWritesTheDatabaseTheShellCounts() throws {
        let folder = NSTemporaryDirectory() + "reportsh-extract-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = ["qingshan-2022.txt", "baihe-county-govinfo-2023.txt"].map { Self.fixtures + "/" + $0 }
        let database = folder + "/corpus.sqlite"
        let run = try extract(paths + ["--format", "sqlite", "-o", database])
        #expect(run.status == 0 && run.output.isEmpty)
        #expect(run.errors.hasPrefix("wrote \(database): measures "), "\(run.errors)")
        let reportsh = try ChildProcess.reportsh(
            paths.flatMap { ["-r", $0] } + ["-f", "csv", "-c", "measures | count", "-c", "cells | count", "-c", "audit | count"])
        let sqlite = try ChildProcess.run(
            "/usr/bin/env",
            ["sqlite3", database, "select count(*) from measures; select count(*) from cells; select count(*) from audit"])
        #expect(sqlite.status == 0, "\(sqlite.errors) (scripts/install-deps installs sqlite3)")
        let counts = reportsh.output.split(separator: "\n").filter { $0 != "value" }
        #expect(counts.count == 3 && !counts.contains("0"))
        #expect(sqlite.output.split(separator: "\n") == counts)
    }

    @Test func sqliteNeedsAFileAndSaysSoInOneLine() throws {
        let run = try extract(["--format", "sqlite"])
        #expect(run.status == 2 && run.output.isEmpty)
        #expect(run.errors == "reportsh: --format sqlite writes a file: name it with -o FILE.sqlite\n")
        let bad = try extract(["--format", "sqlite", "-o", "/no/such/folder/corpus.sqlite"])
        #expect(bad.status == 2)
        #expect(bad.errors == "reportsh: cannot write '/no/such/folder/corpus.sqlite': No such file or directory\n")
    }

    @Test func aMissingPathWritesNothing() throws {
        let run = try extract([Self.fixtures + "/qingshan-2022.txt", "no-such-report.txt", "--format", "jsonl"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("no-such-report.txt: no such file or directory"))
    }
}
