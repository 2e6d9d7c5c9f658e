import Testing

@testable import ReportDocuments

struct WordReaderTests {
    @Test func headingsParagraphsAndMergedCells() throws {
        let document = try #require(
            try DocumentReader.read(try FixturePath.bytes("merged-cells.docx"), path: "merged-cells.docx"))
        #expect(document.title == "某县2023年行政复议和行政诉讼情况")
        // Style "1" is named "heading 1", as a Chinese Word names its built-in heading styles; the
        // numbers 一、 and （一） are Word's automatic numbering, counted from numbering.xml.
        #expect(document.blocks[1] == .heading(level: 1, text: "一、案件情况"))
        #expect(document.blocks[2] == .paragraph("（一）行政复议"))
        #expect(document.blocks[3] == .paragraph("全年办理情况如下表。"))
        #expect(document.blocks[5] == .heading(level: 1, text: "二、下一步安排"))
        let table = try #require(document.tables.first)
        #expect(table.headerRowCount == 2)
        #expect(
            table.rows[0] == [
                DocumentTable.Cell("项目", rowSpan: 2), DocumentTable.Cell("行政复议", colSpan: 2),
                DocumentTable.Cell("行政诉讼", colSpan: 2),
            ])
        #expect(table.rows[1].map(\.text) == ["收到（件）", "纠错（件）", "一审（件）", "败诉（件）"])
        #expect(table.rows[2][0] == DocumentTable.Cell("市本级", rowSpan: 2))
        #expect(
            table.grid == [
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
        #expect(throws: DocumentError.spreadsheet) {
            try DocumentReader.read(try FixturePath.bytes("workbook.xlsx"), path: "workbook.xlsx")
        }
        #expect(throws: DocumentError.brokenWord("not a readable zip archive")) {
            try DocumentReader.read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], path: "truncated.docx")
        }
    }

    @Test(arguments: [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (12, "chineseCounting", "十二"),
        (20, "chineseCounting", "二十"), (35, "chineseCounting", "三十五"), (3, "chineseLegalSimplified", "叁"),
        (4, "decimal", "4"), (2, "decimalEnclosedCircle", "②"), (4, "lowerRoman", "iv"), (3, "upperLetter", "C"),
    ])
    func listNumbersAreWrittenAsWordShowsThem(count: Int, format: String, shown: String) {
        #expect(WordNumbering.format(count, as: format) == shown)
    }

    @Test func styleNamesGiveHeadingLevels() {
        #expect(WordStyles.level(styleName: "heading 2") == 2)
        #expect(WordStyles.level(styleName: "Heading3") == 3)
        #expect(WordStyles.level(styleName: "标题 1") == 1)
        #expect(WordStyles.level(styleName: "Title") == 0)
        #expect(WordStyles.level(styleName: "Normal") == nil)
    }
}
