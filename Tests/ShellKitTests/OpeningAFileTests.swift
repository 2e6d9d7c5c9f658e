import Foundation
import Testing

/// `reportsh FILE` as sqlite3 and duckdb read it: a report opens the shell on it, a `.rsh` or `#!`
/// file runs as a script, anything else is refused with what was tried and what to do.
@Suite struct OpeningAFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("ReportKitTests/Fixtures").path
    let folder = NSTemporaryDirectory() + "reportsh-open-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func reportsh(_ arguments: [String], input: String = "") throws -> ChildProcess {
        try ChildProcess.run(
            try #require(ReportshExecutable.path), ["--no-init"] + arguments,
            environment: ["HOME": folder, "NO_COLOR": "1"], directory: folder, input: input)
    }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aReportRunsStdinsStatementsOnIt() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = Self.fixtures + "/qingshan-2022.txt"
        let opened = try reportsh([report, "-f", "csv"], input: ".reports\nmeasures | count\n")
        let loaded = try reportsh(["-r", report, "-f", "csv", "-c", "measures | count"])
        #expect(opened.status == 0, "\(opened.errors)")
        #expect(opened.output.contains("qingshan-2022,"))
        #expect(!opened.output.contains("suizhou-2023"))
        #expect(opened.output.hasSuffix(loaded.output))
    }

    @Test func statementsGivenWithCRunOnTheReportsNamed() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reports = ["qingshan-2022.txt", "sample-model.json"].map { Self.fixtures + "/" + $0 }
        let result = try reportsh(reports + ["-f", "csv", "-c", "reports | select id"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("id\nqingshan-2022\n"))
        #expect(result.output.split(separator: "\n").count == 3)
    }

    @Test func aFolderOpensAsItsReports() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reports = folder + "/reports"
        try FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures + "/qingshan-2022.txt", toPath: reports + "/qingshan-2022.txt")
        let result = try reportsh([reports, "-f", "csv", "-c", "reports | select id"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "id\nqingshan-2022\n")
    }

    @Test func aShebangFileWithoutTheExtensionStaysAScript() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = try write(Array("#!/usr/bin/env reportsh\n$1 + 1\n".utf8), to: "add-one")
        let result = try reportsh(["-f", "csv", script, "41"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "value\n42\n")
    }

    @Test func aFileThatIsNeitherSaysWhatWasTried() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let binary = try write([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x00], to: "tool")
        let notes = try write(Array("measures | count\n".utf8), to: "notes.txt")
        for path in [binary, notes] {
            let result = try reportsh([path])
            #expect(result.status == 2)
            #expect(result.output.isEmpty)
            #expect(
                result.errors.hasPrefix("reportsh: '\(path)' is neither a report nor a script; tried as a report: "),
                "\(result.errors)")
            #expect(result.errors.contains("a script ends in .rsh or starts with #!"))
            #expect(result.errors.split(separator: "\n").count == 1)
        }
    }

    @Test func aDocumentThatFailsSaysWhyWithoutTheScriptHint() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdf = try write(Array("%PDF-1.7\nnot a page\n".utf8), to: "report.pdf")
        let image = try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], to: "scan")
        for path in [pdf, image] {
            let result = try reportsh([path])
            #expect(result.status == 2)
            #expect(result.errors.hasPrefix("reportsh: \(path): "), "\(result.errors)")
            #expect(!result.errors.contains("script"), "\(result.errors)")
            #expect(result.errors.split(separator: "\n").count == 1)
        }
    }

    @Test func viewWritesTheDefaultPageAndRefusesAMissingReport() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try ChildProcess.run(
            try #require(ReportshExecutable.path), ["view", Self.fixtures + "/qingshan-2022.txt"],
            environment: ["HOME": folder], directory: folder)
        #expect(written.status == 0, "\(written.errors)")
        #expect(written.errors.hasPrefix("wrote qingshan-2022.html: "))
        #expect(FileManager.default.fileExists(atPath: folder + "/qingshan-2022.html"))
        let missing = try ChildProcess.run(
            try #require(ReportshExecutable.path), ["view", "no-such.txt", "-o", "x.html"],
            environment: ["HOME": folder], directory: folder)
        #expect(missing.status == 2)
        #expect(missing.errors == "reportsh: no-such.txt: no such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.html"))
    }
}
