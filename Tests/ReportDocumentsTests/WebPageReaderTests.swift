import Testing

@testable import ReportDocuments

struct WebPageReaderTests {
    static func read(_ html: String) throws -> Document {
        try WebPageReader.read(Array(html.utf8))
    }

    static func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap { block in
            if case .paragraph(let text) = block { return text }
            return nil
        }
    }

    /// A GBK page labelled gb2312, in a layout table, with a breadcrumb, a publishing line, print
    /// links and a footer full of numbers, and a table pasted from Word.
    @Test func aGBKPageGivesItsArticleAndNothingOfItsFurniture() throws {
        let document = try DocumentReader.read(
            try FixturePath.bytes("govinfo-gbk.html"), path: FixturePath.path("govinfo-gbk.html"))
        let page = try #require(document)
        #expect(page.title == "白河县司法局2023年政府信息公开工作年度报告")
        let text = Self.paragraphs(page).joined(separator: "\n")
        // Word breaks its source lines mid-sentence; between Chinese characters that is no space.
        #expect(text.contains("全年共收到政府信息公开申请15件，全部按期办结。"))
        #expect(text.contains("一、收到和处理政府信息公开申请情况"))
        for furniture in ["首页", "位置", "发布日期", "点击数", "2718", "打印", "ICP", "0915", "访问者", "725800", "123456"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
        #expect(page.tables.count == 1)
    }

    @Test func spansAndWordPastedCellsAreKept() throws {
        let page = try #require(try DocumentReader.read(try FixturePath.bytes("govinfo-gbk.html"), path: "govinfo-gbk.html"))
        let table = try #require(page.tables.first)
        #expect(table.rows.count == 6)
        #expect(table.rows[0].map(\.colSpan) == [3, 1, 2, 1])
        #expect(table.rows[0].map(\.rowSpan) == [2, 2, 1, 2])
        #expect(table.rows[0][1].text == "自然人")
        #expect(table.rows[4][0] == DocumentTable.Cell("三、本年度办理结果", rowSpan: 2))
        #expect(table.headerRowCount == nil)
        #expect(table.grid[1] == ["", "", "", "", "商业企业", "其他", ""])
        #expect(table.grid[5] == ["", "（二）部分公开", "", "3", "1", "0", "4"])
    }

    @Test func theCharsetComesFromTheBOMOrTheMetaElement() throws {
        let body = "<p>随州市办结23件。</p>"
        let gbk = try #require(Charset.encode(body, to: "GB18030"))
        let labelled = Array("<html><head><meta charset=\"gbk\"></head><body>".utf8) + gbk + Array("</body></html>".utf8)
        #expect(Self.paragraphs(try WebPageReader.read(labelled)) == ["随州市办结23件。"])
        let httpEquiv =
            Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\"></head><body>".utf8) + gbk
        #expect(Self.paragraphs(try WebPageReader.read(httpEquiv)) == ["随州市办结23件。"])
        // Unlabelled bytes that are not UTF-8 are read as GB18030, as Chinese sites serve them.
        #expect(Self.paragraphs(try WebPageReader.read(Array("<html><body>".utf8) + gbk)) == ["随州市办结23件。"])
        let bom = [0xEF, 0xBB, 0xBF] + Array("<html><body>\(body)</body></html>".utf8)
        #expect(Self.paragraphs(try WebPageReader.read(bom)) == ["随州市办结23件。"])
    }

    @Test func headingsParagraphsAndLineBreaksAreBlocks() throws {
        let document = try Self.read(
            """
            <html><head><title>某县2023年报告_某县人民政府</title></head><body><div class="content">
            <h2>一、总体情况</h2><p>全年办结23件。<br>其中纠错4件。</p>
            <table><thead><tr><th>项目</th><th>数量</th></tr></thead><tbody><tr><td>办结</td><td>23</td></tr></tbody></table>
            <ul><li><a href="/1">上一篇：某县2022年报告</a></li><li><a href="/2">下一篇：通知</a></li></ul>
            </div></body></html>
            """)
        #expect(document.title == "某县2023年报告")
        #expect(document.blocks.count == 4)
        #expect(document.blocks[0] == .heading(level: 2, text: "一、总体情况"))
        #expect(Self.paragraphs(document) == ["全年办结23件。", "其中纠错4件。"])
        #expect(document.tables.first?.headerRowCount == 1)
        #expect(document.tables.first?.grid == [["项目", "数量"], ["办结", "23"]])
    }

    /// An article in two blocks around its table, beside a sidebar of links: both blocks and the
    /// table are the article, the sidebar is not.
    @Test func anArticleSplitAroundATableIsReadWhole() throws {
        let prose = String(repeating: "全市法治政府建设工作稳步推进，各项制度不断完善。", count: 6)
        let document = try Self.read(
            """
            <html><body><div class="wrap"><div class="left"><ul><li><a href="/1">首页</a></li><li><a href="/2">政务公开栏目导航</a></li></ul></div>
            <div class="right"><div class="part1"><p>\(prose)全年办结23件。</p></div>
            <table><tr><td>项目</td><td>数量</td></tr><tr><td>办结</td><td>23</td></tr></table>
            <div class="part2"><p>\(prose)纠错4件。</p></div></div></div></body></html>
            """)
        #expect(Self.paragraphs(document).count == 2)
        #expect(document.tables.count == 1)
        #expect(!Self.paragraphs(document).joined().contains("首页"))
    }

    /// The article sits beside a sidebar and under a publishing line inside the same block.
    @Test func thePublishingLineInsideTheArticleIsDropped() throws {
        let document = try Self.read(
            """
            <html><body><div class="detail"><div class="info">发布时间：2024-01-10 来源：县司法局 浏览次数：1386</div>
            <p>全年共收到行政复议申请30件，受理27件，办结23件，直接纠错率为17.4%。全市新建便民服务场所159处。</p>
            <p>民商事仲裁机构化解民商事矛盾纠纷77件、标的额达9296万元。</p></div>
            <div class="right"><a href="/a">热点：全市GDP增长6.1%</a></div></body></html>
            """)
        #expect(Self.paragraphs(document).count == 2)
        #expect(!Self.paragraphs(document).joined().contains("浏览次数"))
    }
}

/// Markup that Word writes when a document is saved as a web page or pasted into a site's editor.
struct WordPastedMarkupTests {
    @Test func listNumbersInDownlevelConditionalsReadAsText() throws {
        let document = try WebPageReaderTests.read(
            """
            <html><head><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>
            <body><div class="WordSection1">
            <p class="MsoListParagraph"><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>全年办结行政复议案件23件。<o:p></o:p></span></p>
            <p class="MsoNormal"><span lang=EN-US>2023</span><span>年纠错4件。<o:p>&nbsp;</o:p></span></p>
            </div></body></html>
            """)
        #expect(WebPageReaderTests.paragraphs(document) == ["1. 全年办结行政复议案件23件。", "2023年纠错4件。"])
    }
}
