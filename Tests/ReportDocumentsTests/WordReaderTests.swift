import Testing
@testable import ReportDocuments

struct WordReaderTests {
    @Test func headingsParagraphsAndMergedCells() throws {
        let document = try #require(try DocumentReader.read(try FixturePath.bytes("merged-cells.docx"), path: "merged-cells.docx"))
        #expect(document.title == "某县2023年行政复议和行政诉讼情况")
        // Style "1" is named "heading 1", as a Chinese Word names its built-in heading styles.
        #expect(document.blocks[1] == .heading(level: 1, text: "一、案件情况"))
        #expect(document.blocks[2] == .paragraph("全年办理情况如下表。"))
        let table = try #require(document.tables.first)
        #expect(table.headerRowCount == 2)
        #expect(table.rows[0] == [DocumentTable.Cell("项目", rowSpan: 2), DocumentTable.Cell("行政复议", colSpan: 2),
                                  DocumentTable.Cell("行政诉讼", colSpan: 2)])
        #expect(table.rows[1].map(\.text) == ["收到（件）", "纠错（件）", "一审（件）", "败诉（件）"])
        #expect(table.rows[2][0] == DocumentTable.Cell("市本级", rowSpan: 2))
        #expect(table.grid == [
            ["项目", "行政复议", "", "行政诉讼", ""],
            ["", "收到（件）", "纠错（件）", "一审（件）", "败诉（件）"],
            ["市本级", "30", "4", "42", "3"],
            ["", "27", "3", "40", "2"],
            ["合计", "57", "7", "82", "5"],
        ])
        #expect(document.blocks.last == .paragraph("继续做好行政复议工作。"))
    }

    @Test func aZipThatIsNotAWordFileSaysSo() throws {
        #expect(throws: DocumentError.zipNotWord) {
            try DocumentReader.read(try FixturePath.bytes("not-word.zip"), path: "not-word.zip")
        }
        #expect(throws: DocumentError.brokenWord("not a readable zip archive")) {
            try DocumentReader.read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], path: "truncated.docx")
        }
    }

    @Test func styleNamesGiveHeadingLevels() {
        #expect(WordStyles.level(styleName: "heading 2") == 2)
        #expect(WordStyles.level(styleName: "Heading3") == 3)
        #expect(WordStyles.level(styleName: "标题 1") == 1)
        #expect(WordStyles.level(styleName: "Title") == 0)
        #expect(WordStyles.level(styleName: "Normal") == nil)
    }
}
