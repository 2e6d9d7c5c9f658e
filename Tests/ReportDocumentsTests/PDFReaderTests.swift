import Testing

@testable import ReportDocuments

struct PDFReaderTests {
    static func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap { block in
            if case .paragraph(let text) = block { return text }
            return nil
        }
    }

    /// pdftotext's layout: a running header, page numbers, a paragraph broken across lines and
    /// across a page, and a table in columns.
    static let layout = """
                       随州市人民政府文件

            一、总体情况
            全年共收到行政复议申请30件，受理27件，办结23件，撤销、确认违法、责
        令履行案件共4件，直接纠错率为17.4%；调解结案率73.9%。全市新建或改
        造乡镇、村便民服务场所159处，部署自助终端221台，培训乡村“法律明白

                                  — 1 —
        \u{0C}               随州市人民政府文件

        人”2000余人。
            二、案件情况
         项目        收到       办结
         行政复议     30         23
         行政诉讼     42         40
            三、下一步安排
                               第 2 页 共 2 页
        """

    @Test func paragraphsAreRejoinedAndFurnitureDropped() {
        let document = PDFLayout.document(Self.layout)
        let paragraphs = Self.paragraphs(document)
        #expect(
            paragraphs == [
                "一、总体情况",
                "全年共收到行政复议申请30件，受理27件，办结23件，撤销、确认违法、责令履行案件共4件，直接纠错率为17.4%；调解结案率73.9%。"
                    + "全市新建或改造乡镇、村便民服务场所159处，部署自助终端221台，培训乡村“法律明白人”2000余人。",
                "二、案件情况",
                "三、下一步安排",
            ])
        #expect(document.tables.first?.grid == [["项目", "收到", "办结"], ["行政复议", "30", "23"], ["行政诉讼", "42", "40"]])
    }

    @Test(arguments: ["— 1 —", "-1-", "- 12 -", "第1页", "第 1 页 共 5 页", "3/12", "7"])
    func pageNumbers(line: String) {
        #expect(PDFLayout.isPageNumber("        " + line))
    }

    @Test(arguments: ["办结23件", "2023年", "一、总体情况"])
    func notPageNumbers(line: String) {
        #expect(!PDFLayout.isPageNumber(line))
    }

    @Test func aPrintedTableIsReadFromItsColumns() throws {
        let document = try #require(
            try DocumentReader.read(try FixturePath.bytes("table.pdf"), path: FixturePath.path("table.pdf")))
        #expect(Self.paragraphs(document) == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"])
        #expect(
            document.tables.first?.grid == [
                ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                ["规章", "0", "0", "3"],
                ["行政规范性文件", "22", "7", "118"],
            ])
    }

    /// The GBK page printed: its table's merged label (三、本年度办理结果) is printed once between
    /// its two rows and goes back to the first of them; each figure stays in its row.
    @Test func aPrintedPagesTableKeepsItsRows() throws {
        let path = FixturePath.path("govinfo-gbk.pdf")
        let document = try #require(try DocumentReader.read(try FixturePath.bytes("govinfo-gbk.pdf"), path: path))
        let rows = document.tables.flatMap { $0.grid.map { $0.filter { !$0.isEmpty } } }
        #expect(rows.contains(["一、本年新收政府信息公开申请数量", "12", "2", "1", "15"]))
        #expect(rows.contains(["二、上年结转政府信息公开申请数量", "0", "0", "0", "0"]))
        #expect(rows.contains(["三、本年度办理结果", "（一）予以公开", "9", "1", "1", "11"]))
        #expect(rows.contains(["（二）部分公开", "3", "1", "0", "4"]))
    }

    @Test func anEncryptedPDFSaysSo() throws {
        #expect(throws: DocumentError.encryptedPDF) {
            try DocumentReader.read(try FixturePath.bytes("encrypted.pdf"), path: FixturePath.path("encrypted.pdf"))
        }
    }
}
