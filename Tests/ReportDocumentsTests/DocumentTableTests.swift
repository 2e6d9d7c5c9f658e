import Testing

@testable import ReportDocuments

struct DocumentTableTests {
    @Test func mergedCellsLeaveTheirSlotsEmptyInTheGrid() {
        let table = DocumentTable(rows: [
            [DocumentTable.Cell("项目", rowSpan: 2), DocumentTable.Cell("复议", colSpan: 2)],
            [DocumentTable.Cell("收到"), DocumentTable.Cell("办结")],
            [DocumentTable.Cell("市本级"), DocumentTable.Cell("30"), DocumentTable.Cell("23", rowSpan: 5)],
        ])
        #expect(table.grid == [["项目", "复议", ""], ["", "收到", "办结"], ["市本级", "30", "23"]])
    }

    /// A page's `colspan` claiming a million columns is cut to the widest grid a table may have.
    @Test func aHostileSpanIsCut() {
        let table = DocumentTable(rows: [
            [DocumentTable.Cell("a", rowSpan: 3, colSpan: 1_000_000), DocumentTable.Cell("b")],
            [DocumentTable.Cell("c")],
        ])
        #expect(table.grid.map(\.count) == [DocumentTable.widestGrid, DocumentTable.widestGrid])
        #expect(table.grid[0][0] == "a" && table.grid[1].allSatisfy(\.isEmpty))
    }
}
