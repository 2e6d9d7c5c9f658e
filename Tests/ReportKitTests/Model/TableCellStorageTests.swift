import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportModel

/// A report's table cells share their strings with its measures, each kept once, and stay values: reading them gives
/// what was stored, and changing one changes no other.
struct TableCellStorageTests {
    static let texts = ["qingshi-county-govinfo-2023.txt", "baihe-county-govinfo-2023.txt", "suizhou-2023.txt"]

    private func fields(_ cell: TableCell) -> [String] {
        ["\(cell.row)", "\(cell.col)", "\(cell.rowSpan)", "\(cell.colSpan)", cell.text, cell.rowPath, cell.colPath]
    }

    @Test func aCellOfAReportIs24Bytes() {
        #expect(MemoryLayout<TableCell>.stride <= 24)
    }

    @Test(arguments: texts)
    func compactedCellsReadAsTheyWereMadeAndShareTheirLabels(name: String) throws {
        let fixture = try CompactedFixture(name)
        let made = fixture.made
        let report = fixture.compacted
        #expect(report.tables == made.tables)
        #expect(report.tables.map { $0.cells.map(fields) } == made.tables.map { $0.cells.map(fields) })
        let cells = report.tables.flatMap(\.cells)
        if name.contains("govinfo") { #expect(!cells.isEmpty) }
        guard let first = cells.first else { return }
        #expect(cells.allSatisfy { $0.labels === first.labels && $0.labels.place == nil })
        #expect(first.labels.texts != nil && first.labels.texts === report.measures.first?.texts)
        // Each string once: as many indices as different strings.
        let indices = cells.flatMap { [$0.textIndex, $0.rowPathIndex, $0.colPathIndex] }
        #expect(Set(indices).count == Set(cells.flatMap { [$0.text, $0.rowPath, $0.colPath] }).count)
    }

    @Test func changingACellChangesNoOther() throws {
        let report = try CompactedFixture("qingshi-county-govinfo-2023.txt").compacted
        let before = report.tables
        var table = try #require(report.tables.first)
        let other = table.cells[1]
        table.cells[0].text = "改"
        table.cells[0].rowSpan = 70_000
        table.cells[0].colPath = "列"
        #expect(table.cells[0].text == "改" && table.cells[0].rowSpan == 70_000 && table.cells[0].colPath == "列")
        #expect(table.cells[0].rowPath == before[0].cells[0].rowPath && table.cells[0].row == before[0].cells[0].row)
        #expect(table.cells[1] == other && fields(table.cells[1]) == fields(other))
        #expect(report.tables == before)
    }

    /// A span too wide for what a cell of a report keeps leaves that cell as it was made.
    @Test func aCellWhoseSpanDoesNotFitIsKeptAlone() {
        let wide = TableCell(row: 0, col: 0, rowSpan: 1, colSpan: 70_000, text: "数量", rowPath: "", colPath: "申请")
        let narrow = TableCell(row: 1, col: 0, rowSpan: 1, colSpan: 1, text: "75件", rowPath: "数量", colPath: "申请")
        var report = Report(id: "r", title: "", region: nil, year: nil, text: "", sections: [], measures: [])
        report.tables = [
            ReportTable(
                id: "t1", section: "", title: "", rows: 2, cols: 70_000, headerRows: 1, headerCols: 1,
                cells: [wide, narrow])
        ]
        report.compact()
        #expect(report.tables[0].cells == [wide, narrow])
        #expect(report.tables[0].cells[0].colSpan == 70_000 && report.tables[0].cells[0].labels === wide.labels)
        #expect(report.tables[0].cells[1].labels.place == nil)
    }
}
