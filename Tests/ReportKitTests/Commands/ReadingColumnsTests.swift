import Testing

@testable import ReportLanguage
@testable import ReportShell

/// On a terminal, measures, audit and find show the columns a person reads first; `.columns all`,
/// `select`, files and pipes get the rest.
struct ReadingColumnsTests {
    func terminalSession() -> CapturedSession {
        let captured = CapturedSession()
        captured.session.style = OutputStyle(terminalWidth: { 80 })
        return captured
    }

    @Test func aTerminalShowsTheReadingColumnsThroughWhereSortAndTake() {
        let captured = terminalSession()
        #expect(captured.run("measures | where unit == \"件\" | sort value desc | take 2") == .ok)
        #expect(captured.run("audit | take 1") == .ok)
        #expect(captured.run("find \"纠错\" | take 1") == .ok)
        #expect(captured.diagnostics.isEmpty)
        let lines = captured.results.split(separator: "\n")
        #expect(
            lines.filter { $0.hasPrefix("id ") }.map { $0.split(separator: " ") } == [
                ["id", "raw", "subject", "section"], ["id", "raw", "subject", "sentence"],
            ])
        #expect(lines.contains { $0.split(separator: " ") == ["claim", "raw", "subject", "verdict", "arithmetic"] })
        #expect(captured.results.contains("(2 rows; 12 more columns: .columns all shows them)"))
        #expect(captured.results.contains("(1 row; 10 more columns: .columns all shows them)"))
    }

    @Test func findMarksEachRowsFigureInItsSentenceOnATerminal() {
        let captured = terminalSession()
        #expect(captured.run("find \"纠错\" | where id == \"m40\"") == .ok)
        #expect(captured.results.contains("直接纠错率为【17.4%】"), "\(captured.results)")
        #expect(!captured.results.contains("【30件】"))
        let piped = CapturedSession()
        #expect(piped.run("find \"纠错\" | where id == \"m40\"") == .ok)
        #expect(!piped.results.contains("【"))
    }

    @Test func columnsAllSelectAndPipesShowEveryColumn() {
        let captured = terminalSession()
        #expect(
            captured.run(
                ".columns all\nmeasures | take 1\n.columns\n.columns reading\nmeasures | take 1 | select id, value, unit") == .ok)
        #expect(captured.results.contains("columns all\n"))
        #expect(captured.results.contains("10 of 16 columns fit"))
        #expect(captured.results.hasSuffix("id  value  unit\n--  -----  ----\nm1      4  级\n(1 row)\n"))
        let piped = CapturedSession()
        #expect(piped.run("measures | take 1") == .ok)
        #expect(piped.results.hasPrefix("id  value  unit  raw"))
    }

    @Test func severalReportsPutTheReportFirst() {
        let table = Table(measures: [], readingColumns: ["id", "raw"])
        #expect(table.forReading.table.columns == ["id", "raw"])
        #expect(table.forReading.hidden == 14)
        var rows = Table(
            columns: ["id", "raw", "unit", "report"],
            rows: [
                [.string("m1"), .string("1件"), .string("件"), .string("a")],
                [.string("m1"), .string("2件"), .string("件"), .string("b")],
            ])
        rows.readingColumns = ["id", "raw"]
        #expect(rows.forReading.table.columns == ["report", "id", "raw"])
        #expect(rows.forReading.hidden == 1)
        rows.rows.removeLast()
        #expect(rows.forReading.table.columns == ["id", "raw"])
    }
}
