import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// `.save`, `.read`, `.output`, `.once`, script files and the init file.
@Suite struct FileCommandTests {
    static let session = """
        let 办结 = m38
        measures | where subject ~ "复议" | select id, raw
        nosuch | count
        .mode csv
        4 / 办结 as %
        .help where
        .show
        measures | group unit | count
        """

    @Test func aSavedSessionRunsAgainWithTheSameResults() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = CapturedSession()
        original.session.keepGoing = true
        original.run(Self.session, origin: "<stdin>")
        original.run(".save \(folder.file("session.rsh"))")
        let saved = try #require(folder.read("session.rsh"))
        #expect(saved.hasPrefix("#!/usr/bin/env reportsh\n"))
        #expect(!saved.contains("nosuch"))
        #expect(!saved.contains(".help") && !saved.contains(".show") && !saved.contains("\n.save"))
        #expect(saved.contains("\n.mode csv\n"))

        let rerun = CapturedSession()
        #expect(rerun.run(saved, origin: folder.file("session.rsh")) == .ok)
        #expect(rerun.diagnostics.isEmpty)
        let resultsOnly = CapturedSession()
        resultsOnly.session.keepGoing = true
        resultsOnly.run(
            Self.session.split(separator: "\n").filter { !$0.hasPrefix(".help") && !$0.hasPrefix(".show") }
                .joined(separator: "\n"), origin: "<stdin>")
        #expect(rerun.results == resultsOnly.results)
        #expect(rerun.results.contains("m36  30件\n"))
        #expect(rerun.results.contains("value\n17.39%\n"))
    }

    @Test func aSessionOnOtherReportsSavesTheirLoadingAndUse() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = CapturedSession(reports: [])
        try original.session.load(path: DotCommandTests.qingshan)
        original.session.mode = .jsonl
        original.run("reports | select id\nmeasures | count\n.save \(folder.file("q.rsh"))")
        let saved = try #require(folder.read("q.rsh"))
        #expect(saved.contains(".load \(DotCommandTests.qingshan)\n.use qingshan-2022\n.mode jsonl\n"))
        let rerun = CapturedSession()
        rerun.run(saved)
        #expect(rerun.results == original.results)
        #expect(rerun.results.contains("qingshan-2022"))
        #expect(!rerun.results.contains("suizhou"))
    }

    @Test func aFolderOfReportsIsLoadedOnceInTheSavedScript() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = try #require(FileManager.default.contents(atPath: DotCommandTests.qingshan))
        try text.write(to: URL(fileURLWithPath: folder.file("a.txt")))
        try text.write(to: URL(fileURLWithPath: folder.file("b.txt")))
        let captured = CapturedSession(reports: [])
        try captured.session.load(path: folder.path)
        captured.run("reports | count\n.save \(folder.file("s.rsh"))")
        let saved = try #require(folder.read("s.rsh"))
        #expect(saved.hasSuffix("\n.load \(Session.absolutePath(folder.path))\n.use a b\nreports | count\n"))
    }

    @Test func theInitFileIsNotSavedButRunsFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# init\n.mode csv\nlet 受理 = m38\n", to: "init.rsh")
        let captured = CapturedSession()
        #expect(captured.session.runInitFile(path: folder.file("init.rsh")) == .ok)
        captured.run("受理\n.save \(folder.file("s.rsh"))")
        #expect(captured.results.hasPrefix("id,value,unit,raw"))
        let saved = try #require(folder.read("s.rsh"))
        #expect(!saved.contains("let 受理"))
        #expect(saved.hasSuffix("\n受理\n"))
        try folder.write("nosuch\n", to: "bad.rsh")
        let bad = CapturedSession()
        #expect(bad.session.runInitFile(path: folder.file("bad.rsh")) == .error)
        #expect(bad.diagnostics.hasPrefix(folder.file("bad.rsh") + ":1:1: error: "))
    }

    @Test func aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("old contents\n", to: "keep.rsh")
        let captured = CapturedSession()
        captured.run("1 + 1")
        // Renaming onto a folder fails after the whole temporary file was written.
        try FileManager.default.createDirectory(atPath: folder.file("dir.rsh"), withIntermediateDirectories: false)
        #expect(captured.run(".save \(folder.file("dir.rsh"))", origin: "<stdin>") == .error)
        #expect(captured.diagnostics.contains("error: cannot write '\(folder.file("dir.rsh"))': "))
        #expect(captured.run(".save \(folder.file("missing/keep.rsh"))", origin: "<stdin>") == .error)
        #expect(folder.entries == ["dir.rsh", "keep.rsh"])
        #expect(folder.read("keep.rsh") == "old contents\n")
    }

    @Test(.enabled(if: getuid() != 0, "root writes into read-only folders"))
    func saveIntoAReadOnlyFolderFailsCleanly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("old contents\n", to: "keep.rsh")
        chmod(folder.path, 0o555)
        let captured = CapturedSession()
        captured.run("1 + 1")
        #expect(captured.run(".save \(folder.file("keep.rsh"))") == .error)
        #expect(captured.diagnostics.contains("Permission denied"))
        #expect(folder.read("keep.rsh") == "old contents\n")
        #expect(folder.entries == ["keep.rsh"])
    }

    @Test func outputSendsResultsToAFileThatAppearsWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let captured = CapturedSession()
        captured.run(".mode csv\n.output \(folder.file("out.csv"))\n1 + 1\n.show\n2 + 2")
        #expect(folder.read("out.csv") == nil)
        #expect(captured.results.contains("output    \(folder.file("out.csv"))\n"))
        captured.run(".output\n3 + 3")
        #expect(folder.read("out.csv") == "value\n2\nvalue\n4\n")
        #expect(captured.results.hasSuffix("value\n6\n"))
        captured.run(".output \(folder.file("end.csv"))\n5 + 5")
        captured.session.finish()
        #expect(folder.read("end.csv") == "value\n10\n")
        #expect(folder.entries == ["end.csv", "out.csv"])
    }

    @Test func onceTakesTheNextResultOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let captured = CapturedSession()
        captured.session.keepGoing = true
        captured.run(".mode json\n.once \(folder.file("one.json"))\nlet x = 1\nnosuch\n7 * 6\n8 * 6")
        #expect(folder.read("one.json") == "[{\"value\":42}]\n")
        #expect(captured.results == "[{\"value\":48}]\n")
        #expect(captured.run(".once \(folder.file("no/such/folder.json"))", origin: "<stdin>") == .error)
        #expect(captured.diagnostics.contains("<stdin>:1:7: error: cannot write"))
    }

    @Test func readRunsAScriptWithItsOwnLocationsAndStopsAtItsFirstError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("1 + 1\n\n  measures | where nope > 1\n3 + 3\n", to: "inner.rsh")
        let captured = CapturedSession()
        #expect(captured.run(".read \(folder.file("inner.rsh"))\n4 + 4", origin: "outer.rsh") == .error)
        #expect(captured.diagnostics.hasPrefix("\(folder.file("inner.rsh")):3:20: error: unknown name or field 'nope'"))
        #expect(captured.results.contains("2") && !captured.results.contains("6") && !captured.results.contains("8"))
    }

    @Test func statementsReadFromAScriptAreSavedOneByOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("let 受理 = m37\n.mode csv\n受理.raw\n", to: "part.rsh")
        let captured = CapturedSession()
        captured.run(".read \(folder.file("part.rsh"))\n受理.subject\n.save \(folder.file("all.rsh"))")
        let saved = try #require(folder.read("all.rsh"))
        #expect(saved.hasSuffix("\nlet 受理 = m37\n.mode csv\n受理.raw\n受理.subject\n"))
        #expect(!saved.contains(".read"))
    }

    @Test func readRefusesMissingBinaryAndSelfReadingScripts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data([0x31, 0x0A, 0x00, 0x01]).write(to: URL(fileURLWithPath: folder.file("binary.rsh")))
        try Data([0x31, 0x0A, 0xC3, 0x28]).write(to: URL(fileURLWithPath: folder.file("latin.rsh")))
        try folder.write(".read \(folder.file("self.rsh"))\n", to: "self.rsh")
        let captured = CapturedSession()
        captured.session.keepGoing = true
        captured.run(
            ".read \(folder.file("none.rsh"))\n.read \(folder.file("binary.rsh"))\n.read \(folder.file("latin.rsh"))\n.read \(folder.path)",
            origin: "<stdin>")
        #expect(
            captured.diagnostics.contains(
                "<stdin>:1:7: error: cannot run '\(folder.file("none.rsh"))': No such file or directory"))
        #expect(
            captured.diagnostics.contains(
                "<stdin>:2:7: error: cannot run '\(folder.file("binary.rsh"))': is binary, not a script (a zero byte at line 2)"))
        #expect(
            captured.diagnostics.contains(
                "<stdin>:3:7: error: cannot run '\(folder.file("latin.rsh"))': is not UTF-8 text (line 2); save it as UTF-8"))
        #expect(captured.diagnostics.contains("<stdin>:4:7: error: cannot run '\(folder.path)': is a folder, not a script"))
        #expect(captured.results.isEmpty)

        let looping = CapturedSession()
        #expect(looping.run(".read \(folder.file("self.rsh"))") == .error)
        #expect(looping.diagnostics.contains("error: .read nests deeper than 25 scripts"))
    }

    @Test func scriptFilesAreUTF8WithOrWithoutAByteOrderMark() throws {
        #expect(try ScriptFile.decode([0xEF, 0xBB, 0xBF] + Array("1 + 1\n".utf8), origin: "a.rsh") == "1 + 1\n")
        #expect(throws: ScriptFileError(path: "a.rsh", problem: "is not UTF-8 text (line 1); save it as UTF-8")) {
            try ScriptFile.decode([0xB8, 0xB4, 0xD2, 0xE9], origin: "a.rsh")
        }
        #expect(
            "\(ScriptFileError(path: "x.rsh", problem: "No such file or directory"))"
                == "cannot run 'x.rsh': No such file or directory")
    }

    /// A FIFO (like a device) is written into, not replaced by a regular file through a rename;
    /// one that nobody reads is an error at once rather than a wait.
    @Test func outputOntoAFIFOWritesIntoIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("results")
        #expect(mkfifo(fifo, 0o600) == 0)
        let captured = CapturedSession()
        #expect(captured.run(".once \(fifo)\n4 / 23 as %") == .error)
        #expect(captured.diagnostics.contains("cannot write '\(fifo)': no process reads from the FIFO"))

        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        #expect(captured.run(".once \(fifo)\n4 / 23 as %") == .ok)
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).contains("17.39%"))
        var status = stat()
        #expect(stat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        #expect(folder.entries == ["results"])
    }

    /// A link stays a link: the file it names is replaced, atomically.
    @Test func savingOntoASymbolicLinkReplacesItsTarget() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("old\n", to: "target.rsh")
        #expect(symlink(folder.file("target.rsh"), folder.file("link.rsh")) == 0)
        let captured = CapturedSession()
        #expect(captured.run("4 / 23\n.save \(folder.file("link.rsh"))") == .ok)
        #expect(folder.read("target.rsh")?.contains("4 / 23") == true)
        #expect(
            (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.rsh"))) == folder.file("target.rsh"))
        #expect(folder.entries == ["link.rsh", "target.rsh"])
    }

    @Test func initFilePathFollowsXDG() {
        #expect(InitFile.path(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/reportsh/init.rsh")
        #expect(InitFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]) == "/h/.config/reportsh/init.rsh")
        #expect(InitFile.path(environment: [:]) == nil)
    }
}
