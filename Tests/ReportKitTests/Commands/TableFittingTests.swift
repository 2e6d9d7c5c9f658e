import Testing

@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Tables on a terminal: fitted to its width by display width; elsewhere never cut.
@Suite struct TableFittingTests {
    let table = Table(
        columns: ["id", "value", "sentence"],
        rows: [
            [.string("m1"), .number(Rational(23)), .string("2023年市政府共收到行政复议申请30件,受理27件,办结23件")],
            [.string("m2"), .number(Rational(4)), .string("short")],
        ])

    @Test func withoutAWidthNothingIsCut() {
        let plain = TableRenderer.render(table)
        #expect(plain.contains("办结23件\n"))
        #expect(plain == OutputMode.table.render(table))
    }

    @Test func longTextIsCutWithAnEllipsisByDisplayWidth() {
        var table = table
        table.columns[2] = "title"
        let fitted = TableRenderer.render(table, width: 30)
        let lines = fitted.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 }, "\(lines)")
        #expect(lines[2] == "m1     23  2023年市政府共收到…")
        #expect(lines[3] == "m2      4  short")
        #expect(lines.last == "(2 rows)")
    }

    @Test func aSentenceIsWrappedByDisplayWidthInsteadOfCut() {
        let fitted = TableRenderer.render(table, width: 30)
        let lines = fitted.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 }, "\(lines)")
        #expect(lines[2] == "m1     23  2023年市政府共收到")
        #expect(lines[3] == "           行政复议申请30件,受")
        #expect(lines[4] == "           理27件,办结23件")
        #expect(lines[5] == "m2      4  short")
        #expect(lines.last == "(2 rows)")
        #expect(TableRenderer.wrap("", to: 5) == [""])
    }

    @Test func aCJKCharacterIsNeverSplitAcrossTheEdge() {
        #expect(TableRenderer.cut("收到行政复议", to: 6) == "收到…")
        #expect(TableRenderer.cut("收到行政复议", to: 7) == "收到行…")
        #expect(TableRenderer.cut("收到", to: 4) == "收到")
        #expect(TableRenderer.cut("abc", to: 3) == "abc")
    }

    @Test func columnsThatCannotFitAreLeftOutAndCounted() {
        let fitted = TableRenderer.render(table, width: 12)
        #expect(fitted.hasPrefix("id  value\n--  -----\nm1     23\n"))
        #expect(fitted.hasSuffix("(2 rows; 2 of 3 columns fit: select the others, or .mode csv)\n"))
    }

    @Test func colourIsABoldHeaderAndADimCount() {
        let coloured = TableRenderer.render(table, colour: true)
        #expect(coloured.hasPrefix("\u{1B}[1mid  value  sentence\u{1B}[0m\n"))
        #expect(coloured.hasSuffix("\u{1B}[2m(2 rows)\u{1B}[0m\n"))
    }

    @Test func aSessionFitsOnlyResultsThatGoToTheTerminal() {
        let captured = CapturedSession()
        captured.session.style = OutputStyle(terminalWidth: { 40 }, colourResults: false, colourDiagnostics: true)
        captured.run("measures | take 2", origin: "<stdin>")
        #expect(captured.results.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 || $0.hasPrefix("(") })
        captured.run(".mode csv\nmeasures | take 1 | select sentence\nnosuch", origin: "<stdin>")
        // CSV is never cut, even on a terminal.
        #expect(captured.results.hasSuffix("sentence\n\"电子政务外网市、县、乡、村四级全覆盖,政务数据跨层级、跨地域、跨部门共享利用。\"\n"))
        #expect(captured.diagnostics.contains("<stdin>:3:1: \u{1B}[1;31merror\u{1B}[0m: unknown name 'nosuch'"))
        #expect(captured.diagnostics.contains("\n\u{1B}[1m^^^^^^\u{1B}[0m"))
    }
}
