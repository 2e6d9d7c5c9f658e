import Testing

@testable import ReportExtraction
@testable import ReportModel

/// Tables in the model: the grid of a flattened table, its header rows and columns, the merged
/// cells a flattened table leaves empty, each cell's row and column paths, and each figure's cell.
@Suite struct TableGridTests {
    static let fixture = Result { try GenreFixture("qingshi-county-govinfo-2023") }

    @Test func theTemplatesTablesAreFound() throws {
        let tables = try Self.fixture.get().report.tables
        #expect(tables.map(\.id) == ["t1", "t2", "t3", "t4", "t5", "t6"])
        #expect(
            tables.map(\.title) == [
                "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            ])
        #expect(tables.map(\.section) == ["二", "二", "二", "二", "三", "四"])
        let applications = tables[4]
        #expect((applications.rows, applications.cols, applications.headerRows, applications.headerCols) == (28, 10, 3, 3))
        let review = tables[5]
        #expect((review.rows, review.cols, review.headerRows, review.headerCols) == (4, 15, 3, 0))
    }

    /// Merged cells: the label over two columns and three rows, a spanning label over five columns,
    /// and 三、本年度办理结果 down its 22 rows.
    @Test func mergedCellsSpan() throws {
        let table = try Self.fixture.get().report.tables[4]
        let span = { (row: Int, col: Int) in table.cell(at: CellPosition(row: row, col: col)).map { [$0.rowSpan, $0.colSpan] } }
        #expect(span(0, 0) == [3, 3])
        #expect(span(0, 3) == [1, 7])
        #expect(span(1, 4) == [1, 5])
        #expect(span(1, 9) == [2, 1])
        #expect(span(5, 0) == [22, 1])
        #expect(span(5, 1) == [1, 2])
        #expect(span(1, 5) == nil)
    }

    @Test func cellsHaveTheirRowAndColumnPaths() throws {
        let report = try Self.fixture.get().report
        let cell = try #require(report.tables[4].cell(at: CellPosition(row: 10, col: 4)))
        #expect(cell.text == "1")
        #expect(cell.rowPath == "三、本年度办理结果 › （三）不予公开 › 4.保护第三方合法权益")
        #expect(cell.colPath == "申请人情况 › 法人或其他组织 › 商业企业")
        let review = try #require(report.tables[5].cell(at: CellPosition(row: 3, col: 9)))
        #expect(review.colPath == "行政诉讼 › 未经复议直接起诉 › 总计")
        #expect(review.rowPath == "")
    }

    @Test func figuresKnowTheirCell() throws {
        let measures = try Self.fixture.get().report.measures
        let cell = try #require(measures.first { $0.table == "t5" && $0.cell == CellPosition(row: 10, col: 4) })
        #expect(cell.raw == "1" && cell.value == Rational(1))
        #expect(measures.filter { $0.table == "t5" }.count == 25 * 7)
        #expect(measures.filter { $0.table == nil }.allSatisfy { $0.cell == nil })
        // The numbered labels (4.保护第三方合法权益) and the grounds' names (三类内部事务信息) are no figures.
        #expect(!measures.contains { $0.table == "t5" && ($0.cell?.col ?? 0) < 3 })
    }

    /// A row without a label column, a Markdown table and a table with no header rows.
    @Test func otherShapes() {
        let text = """
            表1 案件情况
            | 项目 | 2022年 | 2023年 |
            |---|---|---|
            | 收案 | 12 | 15 |
            一、其他
            甲 | 3 | 4
            乙 | 5 | 6
            """
        let tables = ReportExtractor.extract(text: text, id: "t").tables
        #expect(tables.count == 2)
        #expect(tables[0].title == "表1 案件情况")
        #expect(tables[0].cells.last.map { [$0.rowPath, $0.colPath] } == ["收案", "2023年"])
        #expect((tables[1].headerRows, tables[1].headerCols) == (0, 1))
    }

    /// A bare cell takes its unit from its header: 数量 and 案件 count 件, 比例, 占比 and 率 are percentages.
    @Test func headersGiveBareCellsTheirUnit() {
        let text = """
            类别 | 治安 | 交通 | 结案率
            数量 | 75 | 16 | 91.2
            占新受理数比例 | 82.4 | 17.6 | 0
            """
        let measures = ReportExtractor.extract(text: text, id: "t").measures
        #expect(measures.map(\.unit) == ["件", "件", "%", "%", "%", "%"])
        #expect(measures.map(\.kind) == [.count, .count, .percent, .percent, .percent, .percent])
    }

    /// A header word is compared as text: a compatibility ideograph (率 written U+F961) reads as the
    /// word; a mark after it, or the word elsewhere in the header, does not.
    @Test(
        arguments: [
            ("结案率", "%"), ("结案\u{F961}", "%"), ("占比", "%"), ("受理数量", "件"), ("审结案件", "件"), ("办结件数", "件"),
            ("比例（%）", "%"), ("率先", nil), ("案件类别", nil), ("比例说明)", nil), ("结案率\u{301}", nil),
        ] as [(String, String?)])
    func headerWordsAreComparedAsText(header: String, unit: String?) {
        #expect(TableRow.label(header).unit?.word == unit, "\(header)")
    }
}
