/// The headings, paragraphs and tables of a part of a page, in reading order: block elements and
/// line breaks end a paragraph, inline elements (`span`, `font`, Word's `o:p`) run on within it.
struct WebPageBlocks {
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "center", "pre",
        "form", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "hr", "address", "figure", "figcaption", "body",
        "html", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    ]
    private static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
    /// Lines the site adds inside the article's own block: the publishing line (发布时间, 来源,
    /// 浏览次数, 字号) and print/close links. A short paragraph with two of them is furniture.
    private static let publishingWords = [
        "发布时间", "发布日期", "发布机构", "来源：", "来源:", "信息来源", "浏览次数", "浏览量", "点击数", "点击量", "阅读次数",
        "访问次数", "字号", "作者：", "编辑：", "【打印】", "【关闭】", "打印本页", "关闭窗口", "分享到", "扫一扫", "ICP备",
        "版权所有", "联系电话", "主办单位", "承办单位", "网站标识码", "公网安备",
    ]
    private static let publishingLineLength = 160

    private var blocks: [Document.Block] = []
    private var pieces: [String] = []

    static func blocks(of element: MarkupElement) -> [Document.Block] {
        var builder = WebPageBlocks()
        builder.walk(element)
        builder.endParagraph()
        return builder.blocks
    }

    private mutating func walk(_ element: MarkupElement) {
        for child in element.children {
            switch child {
            case .text(let text):
                pieces.append(text)
            case .element(let child):
                visit(child)
            }
        }
    }

    private mutating func visit(_ element: MarkupElement) {
        if element.name == "br" {
            endParagraph()
        } else if let level = Self.headingLevels[element.name] {
            endParagraph()
            let text = InlineText.collapsed(element.rawText)
            if !text.isEmpty { blocks.append(.heading(level: level, text: text)) }
        } else if element.name == "table" && !WebPageTables.isLayout(element) {
            endParagraph()
            let table = WebPageTables.table(element)
            if !table.rows.isEmpty { blocks.append(.table(table)) }
        } else if Self.blockElements.contains(element.name) {
            endParagraph()
            // A list of links in the article (上一篇, 相关文章) is navigation, not text.
            let length = WebPageArticle.visibleCount(element.rawText)
            if element.name != "body", length >= 10, WebPageArticle.linkText(element) * 2 > length { return }
            walk(element)
            endParagraph()
        } else if element.name != "img" {
            walk(element)
        }
    }

    private mutating func endParagraph() {
        let text = InlineText.collapsed(pieces.joined())
        pieces.removeAll()
        guard !text.isEmpty, !Self.isPublishingLine(text) else { return }
        blocks.append(.paragraph(text))
    }

    static func isPublishingLine(_ text: String) -> Bool {
        guard text.count <= publishingLineLength else { return false }
        return publishingWords.filter { text.contains($0) }.count >= 2
    }
}
