import Foundation
import Testing

@testable import ShellKit

@Suite struct HistoryFileTests {
    func temporaryFolder() -> String {
        let folder = NSTemporaryDirectory() + "shellkit-history-" + UUID().uuidString
        return folder
    }

    @Test func pathFollowsTheSpec() {
        #expect(HistoryFile.defaultPath(environment: ["REPORTSH_HISTORY": "/x/h", "HOME": "/home/a"]) == "/x/h")
        #expect(
            HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/a"])
                == "/state/reportsh/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/state/reportsh/history")
        #expect(
            HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
                == "/h/.local/state/reportsh/history")
        #expect(HistoryFile.defaultPath(environment: [:]) == nil)
    }

    @Test func multiLineStatementsSurviveWhole() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/deep/er/history")
        try file.append("measures |\n  where heading ~ \"复议\"")
        try file.append("4 / 23 as %")
        try file.append("\"a\\\\b\" # back\\slash")
        #expect(file.load() == ["measures |\n  where heading ~ \"复议\"", "4 / 23 as %", "\"a\\\\b\" # back\\slash"])
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 3)
    }

    @Test func boundedKeepsTheNewest() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/history", limit: 3)
        for number in 1...5 { try file.append("m\(number)") }
        #expect(file.load() == ["m3", "m4", "m5"])
    }

    @Test func repeatsAndBlanksAreNotStored() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/history")
        try file.append("audit")
        try file.append("audit")
        try file.append("   ")
        #expect(file.load() == ["audit"])
    }

    @Test func saveReplacesAtomicallyAndLeavesNoTemporaryFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = HistoryFile(path: folder + "/history")
        try file.append("one")
        let other = HistoryFile(path: folder + "/history")
        try other.append("two")
        #expect(file.load() == ["one", "two"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["history"])
    }

    @Test func unwritablePlaceIsAnError() {
        let file = HistoryFile(path: "/proc/no-such-place/history")
        #expect(throws: HistoryFileError.self) { try file.append("audit") }
        #expect(file.load() == [])
    }
}
