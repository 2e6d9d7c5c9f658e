import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// One table as it reaches a plain-text report in each flattened form: every form gives the same
/// figures with the same subjects and units.
struct FlattenedTableFormsTests {
    static func figures(_ text: String) -> [String] {
        ReportExtractor.extract(text: text, id: "t").measures.map { "\($0.raw) \($0.unit) \($0.subject)" }
    }

    /// The header names the unit, `（件）`, and loses it from the subject.
    static let expected = ["30 件 收到·市本级", "23 件 办结·市本级", "12 件 收到·曾都区", "0 件 办结·曾都区"]

    @Test func barsWithoutOuterPipes() {
        #expect(Self.figures("单位 | 收到（件） | 办结（件）\n市本级 | 30 | 23\n曾都区 | 12 | 0") == Self.expected)
    }

    @Test func markdown() {
        #expect(Self.figures("| 单位 | 收到（件） | 办结（件） |\n|---|---|---|\n| 市本级 | 30 | 23 |\n| 曾都区 | 12 | 0 |") == Self.expected)
    }

    @Test func fullWidthBars() {
        #expect(Self.figures("单位｜收到（件）｜办结（件）\n市本级｜30｜23\n曾都区｜12｜0") == Self.expected)
    }

    /// What a browser puts on the clipboard when a table is copied.
    @Test func tabSeparatedRows() {
        #expect(Self.figures("单位\t收到（件）\t办结（件）\n市本级\t30\t23\n曾都区\t12\t0") == Self.expected)
    }

    /// A merged first cell copied from a browser leaves the row's first cell empty.
    @Test func tabSeparatedRowsUnderAMergedLabel() {
        let text = "项目\t\t数量（件）\n三、办理结果\t（一）予以公开\t11\n\t（二）部分公开\t4"
        #expect(Self.figures(text) == ["11 件 数量·三、办理结果·（一）予以公开", "4 件 数量·三、办理结果·（二）部分公开"])
    }

    /// A tab that indents a paragraph, or one tab in a line of prose, makes no table.
    @Test func aLoneTabIsNoTable() {
        #expect(Self.figures("\t全年办结23件。\n一、\t总体情况\n受理27件。") == ["23件 件 办结", "27件 件 受理"])
    }

    /// Copied out of a PDF viewer: the header's cells, then each row's, one a line.
    @Test func oneCellALine() {
        #expect(Self.figures("单位\n收到（件）\n办结（件）\n市本级\n30\n23\n曾都区\n12\n0") == Self.expected)
    }

    /// Short lines and lone numbers that do not make the whole pattern stay prose.
    @Test func shortLinesAndLoneNumbersAreNoTable() {
        #expect(TextLines(ScalarText("附件\n1\n一、总体情况\n全年办结23件。\n受理\n27件\n纠错\n4件")).tableRows.isEmpty)
        #expect(TextLines(ScalarText("项目\n数量\n受理\n27\n纠错率\n17.4%。")).tableRows.isEmpty)
    }
}
