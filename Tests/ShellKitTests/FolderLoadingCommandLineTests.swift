import Foundation
import Testing

/// A folder with broken files in it, through the binary: the good reports load in path order, each
/// broken file is one line on stderr and the folder a count, and the run ends with status 2 unless
/// `--keep-going`. No progress line reaches a pipe.
@Suite struct FolderLoadingCommandLineTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("ReportKitTests/Fixtures").path
    let folder = NSTemporaryDirectory() + "reportsh-corpus-" + UUID().uuidString
    var corpus: String { folder + "/corpus" }

    init() throws {
        let manager = FileManager.default
        for directory in ["corpus/2022/county", "corpus/2023", "corpus/.git"] {
            try manager.createDirectory(atPath: folder + "/" + directory, withIntermediateDirectories: true)
        }
        let copies = [
            ("qingshan-2022.txt", "2022/county/qingshan.txt"), ("qinghe-city-2023.txt", "2023/qinghe.txt"),
            ("suizhou-2023.docx", "2023/suizhou.docx"), ("suizhou-2023.html", "2023/suizhou-page.html"),
            ("suizhou-2023.pdf", "2023/zz-suizhou.pdf"), ("suizhou-2023.txt", ".git/hidden.txt"),
        ]
        for (fixture, name) in copies {
            try manager.copyItem(atPath: Self.fixtures + "/" + fixture, toPath: corpus + "/" + name)
        }
        let pdf = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/suizhou-2023.pdf"))
        let docx = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/suizhou-2023.docx"))
        let broken: [(String, Data)] = [
            ("2022/empty.txt", Data()),
            ("2022/county/binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3])),
            // Latin-1: neither UTF-8 nor GB18030.
            ("2023/latin1.txt", Data("2023 r".utf8) + Data([0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x20, 0xFF, 0xFE, 0x81])),
            ("2023/damaged.docx", docx.prefix(600)),
            ("2023/damaged.pdf", pdf.prefix(300)),
            ("2023/broken.json", Data("{\"report\": ".utf8)),
        ]
        for (name, bytes) in broken { try bytes.write(to: URL(fileURLWithPath: corpus + "/" + name)) }
        try Data("not a report".utf8).write(to: URL(fileURLWithPath: corpus + "/2023/photo.jpg"))
    }

    func reportsh(_ arguments: [String], input: String = "") throws -> ChildProcess {
        try ChildProcess.run(
            try #require(ReportshExecutable.path), ["--no-init"] + arguments,
            environment: ["HOME": folder, "NO_COLOR": "1"], directory: folder, input: input)
    }

    /// The broken files in path order, each `PATH: error: …`, and the count.
    func expectTheBrokenFilesAreNamed(_ errors: String) {
        let lines = errors.split(separator: "\n").map(String.init)
        let named = lines.filter { $0.contains(": error: ") }.map { $0.components(separatedBy: ": error: ")[0] }
        #expect(
            named
                == [
                    "2022/county/binary.txt", "2022/empty.txt", "2023/broken.json:1:12", "2023/damaged.docx",
                    "2023/damaged.pdf", "2023/latin1.txt",
                ].map { corpus + "/" + $0 }, "\(errors)")
        #expect(lines.last == "\(corpus): 6 of 11 files could not be read; the other 5 are loaded")
        #expect(!errors.contains("hidden") && !errors.contains("photo") && !errors.contains("\r"))
    }

    @Test func theGoodReportsLoadInPathOrderAndTheRunEndsInError() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try reportsh(["-r", corpus, "-f", "csv", "-c", ".reports", "-c", "measures | count"])
        #expect(run.status == 2)
        expectTheBrokenFilesAreNamed(run.errors)
        let ids = run.output.split(separator: "\n").dropFirst().prefix(5).map { $0.split(separator: ",")[0] }
        #expect(ids == ["qingshan", "qinghe", "suizhou-page", "suizhou", "zz-suizhou"])
        #expect(run.output.hasSuffix("value\n221\n"))
    }

    @Test func keepGoingMakesTheUnreadFilesWarnings() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try reportsh(["--keep-going", "-r", corpus, "-c", "measures | count"])
        #expect(run.status == 0)
        expectTheBrokenFilesAreNamed(run.errors)
    }

    @Test func aFolderOpenedAsAFileOrLoadedByAScriptDoesTheSame() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let opened = try reportsh([corpus, "-f", "csv", "-c", "measures | count"])
        #expect(opened.status == 2)
        #expect(opened.output == "value\n221\n")
        expectTheBrokenFilesAreNamed(opened.errors)
        // The script goes on after the load and ends in error for it.
        let script = try reportsh(["-f", "csv"], input: ".use all\n.load \(corpus)\nreports | count\n")
        #expect(script.status == 2)
        #expect(script.output.hasSuffix("value\n6\n"))
        expectTheBrokenFilesAreNamed(script.errors)
    }

    @Test func extractWritesTheGoodReportsInOrderAndExitsTwo() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try ChildProcess.run(
            try #require(ReportshExecutable.path), ["extract", corpus, "--format", "jsonl"],
            environment: ["HOME": folder, "NO_COLOR": "1"])
        #expect(run.status == 2)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.filter { $0.contains(": error: ") }.count == 6)
        #expect(lines.last == "\(corpus): 6 of 11 files could not be read")
        var reports: [String] = []
        for line in run.output.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let report = try #require(object?["report"] as? String)
            if reports.last != report { reports.append(report) }
        }
        #expect(reports == ["qingshan", "qinghe", "suizhou-page", "suizhou", "zz-suizhou"])
    }

    @Test func aFolderOfNothingButBrokenFilesIsRefusedWhenOpened() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try reportsh([corpus + "/2022/county/binary.txt"])
        #expect(run.status == 2)
        let empty = folder + "/only-broken"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: empty + "/a.txt"))
        let folderRun = try reportsh([empty, "-c", "measures | count"])
        #expect(folderRun.status == 2)
        #expect(folderRun.errors.contains("none of its 1 files could be read"), "\(folderRun.errors)")
    }
}
