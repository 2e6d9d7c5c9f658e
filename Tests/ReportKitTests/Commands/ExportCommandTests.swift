import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLoading
@testable import ReportShell

/// `.export` writes the reports in use as a database, and nothing that `.save` replays.
struct ExportCommandTests {
    @Test func exportWritesTheReportsInUse() throws {
        let folder = try ExportFolder()
        defer { folder.remove() }
        let other = ReportExtractor.extract(text: "一、基本情况\n全年收到申请23件，办结20件，办结率87%。\n", id: "other-2023")
        let captured = CapturedSession(reports: [BuiltinReport.load(), other])
        let database = folder.file("in use.sqlite")
        captured.session.settings.announces = true
        #expect(captured.run(".use other-2023\n.export \"\(database)\"\nmeasures | count") == .ok)
        #expect(
            captured.diagnostics.hasPrefix("wrote \(database): measures 3, sections 1, reports 1,"), "\(captured.diagnostics)")
        #expect(try SQLite.query(database, "select id from reports") == [["other-2023"]])
        #expect(
            try SQLite.query(database, "select value_exact, unit from measures order by rowid") == [
                ["23", "件"], ["20", "件"], ["87", "%"],
            ])
        #expect(!captured.session.log.script.contains(".export"))
    }

    @Test func aDatabaseThatCannotBeWrittenIsAnErrorAtItsName() throws {
        let captured = CapturedSession()
        #expect(captured.run(".export /no/such/folder/corpus.sqlite") == .error)
        #expect(
            captured.diagnostics.hasPrefix(
                "test.rsh:1:9: error: cannot write '/no/such/folder/corpus.sqlite': No such file or directory\n"),
            "\(captured.diagnostics)")
        #expect(captured.run(".export") == .error)
        #expect(captured.diagnostics.contains("usage: .export FILE.sqlite"))
    }
}
