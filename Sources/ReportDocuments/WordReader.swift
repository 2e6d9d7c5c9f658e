/// Reads a Word file (`.docx`): the zip archive's `word/document.xml`, its paragraphs, its
/// headings by their style (`Heading1`, `标题 1`, or an outline level), and its tables with their
/// merged cells (`gridSpan` across, `vMerge` down).
enum WordReader {
    /// A part bigger than this is a zip bomb, not a report.
    private static let largestPart = 256 << 20

    static func read(_ bytes: [UInt8]) throws(DocumentError) -> Document {
        guard let archive = ZipArchive(bytes) else { throw .brokenWord("not a readable zip archive") }
        guard let documentXML = try part("word/document.xml", in: archive) else {
            throw archive.contains("xl/workbook.xml") ? .spreadsheet : .zipNotWord
        }
        guard let root = MarkupTree.xml(documentXML) else { throw .brokenWord("word/document.xml is not well-formed XML") }
        let styles = try part("word/styles.xml", in: archive).flatMap { MarkupTree.xml($0) }
        let numbering = try part("word/numbering.xml", in: archive).flatMap { MarkupTree.xml($0) }
        let body = root.elements.first { $0.name == "w:body" } ?? root
        var reader = WordBody(styles: WordStyles(styles), numbering: WordNumbering(numbering))
        reader.read(body)
        return Document(title: reader.title, blocks: reader.blocks)
    }

    private static func part(_ path: String, in archive: ZipArchive) throws(DocumentError) -> [UInt8]? {
        do { return try archive.part(path, limit: largestPart) } catch {
            switch error {
            case .tooLarge: throw .brokenWord("\(path) is too large")
            case .damaged: throw .brokenWord("cannot unpack \(path)")
            }
        }
    }
}

/// What a Word file's paragraph styles say about a paragraph: its heading level, by the style's
/// name (`heading 1`, `标题 1`, `Title`) or the outline level it sets, and the list it numbers.
struct WordStyles {
    var headingLevels: [String: Int] = [:]
    var lists: [String: (numId: String, level: Int)] = [:]

    init(_ styles: MarkupElement?) {
        for style in styles?.elements.filter({ $0.name == "w:style" }) ?? [] {
            guard let id = style.attributes["w:styleId"] else { continue }
            let name = style.elements.first { $0.name == "w:name" }?.attributes["w:val"] ?? ""
            let properties = style.elements.first { $0.name == "w:pPr" }
            if let level = Self.level(styleName: name) ?? Self.level(styleName: id) {
                headingLevels[id] = level
            } else if let outline = properties?.elements.first(where: { $0.name == "w:outlineLvl" })?.attributes["w:val"]
                .flatMap({ Int($0) }), outline < 9
            {
                headingLevels[id] = outline + 1
            }
            if let list = WordBody.list(properties) { lists[id] = list }
        }
    }

    /// `heading 2`, `Heading2`, `标题 2` → 2; `Title`, `标题` → 0, the document's title.
    static func level(styleName: String) -> Int? {
        let lowered = styleName.lowercased().filter { $0 != " " }
        if lowered == "title" || lowered == "标题" { return 0 }
        for prefix in ["heading", "标题"] where lowered.hasPrefix(prefix) {
            if let level = Int(lowered.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }
}

/// Walks `w:body`: paragraphs (`w:p`, their runs' `w:t`), tables (`w:tbl`), and the content
/// controls (`w:sdt`) and revisions (`w:ins`) around them; deleted text (`w:del`) and fields'
/// codes are not text.
struct WordBody {
    let styles: WordStyles
    var numbering: WordNumbering
    var title: String?
    var blocks: [Document.Block] = []

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    /// The list a paragraph's (or a style's) properties number it in; `numId` 0 takes numbering off.
    static func list(_ properties: MarkupElement?) -> (numId: String, level: Int)? {
        guard let numbered = properties?.elements.first(where: { $0.name == "w:numPr" }) else { return nil }
        let numId = numbered.elements.first { $0.name == "w:numId" }?.attributes["w:val"] ?? "0"
        let level = numbered.elements.first { $0.name == "w:ilvl" }?.attributes["w:val"].flatMap { Int($0) } ?? 0
        return (numId, level)
    }

    mutating func read(_ container: MarkupElement) {
        for element in container.elements {
            switch element.name {
            case "w:p": paragraph(element)
            case "w:tbl": blocks.append(.table(table(element)))
            case "w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:smartTag": read(element)
            default: break
            }
        }
    }

    private mutating func paragraph(_ element: MarkupElement) {
        // A line break inside a paragraph (w:br) ends a line of text as a new paragraph would.
        var lines = Self.lines(of: element)
        let properties = element.elements.first { $0.name == "w:pPr" }
        let style = properties?.elements.first { $0.name == "w:pStyle" }?.attributes["w:val"]
        let outline = properties?.elements.first { $0.name == "w:outlineLvl" }?.attributes["w:val"].flatMap { Int($0) }
        let level =
            outline.flatMap { $0 < 9 ? $0 + 1 : nil }
            ?? style.flatMap { styles.headingLevels[$0] ?? WordStyles.level(styleName: $0) }
        if let list = Self.list(properties) ?? style.flatMap({ styles.lists[$0] }), list.numId != "0",
            lines.contains(where: { !$0.isEmpty })
        {
            lines[0] = numbering.label(numId: list.numId, level: list.level) + lines[0]
        }
        let text = InlineText.joined(lines)
        guard !text.isEmpty else { return }
        switch level {
        case 0? where title == nil:
            title = text
            blocks.append(.heading(level: 1, text: text))
        case let level? where level > 0:
            blocks.append(.heading(level: level, text: text))
        default:
            blocks += lines.filter { !$0.isEmpty }.map { .paragraph($0) }
        }
    }

    /// The paragraph's text, split at its line breaks.
    static func lines(of paragraph: MarkupElement) -> [String] {
        var lines = [""]
        func collect(_ element: MarkupElement) {
            for child in element.elements {
                switch child.name {
                case "w:t": lines[lines.count - 1] += child.rawText
                case "w:tab": lines[lines.count - 1] += " "
                case "w:br", "w:cr": lines.append("")
                case "w:r", "w:hyperlink", "w:ins", "w:smartTag", "w:fldSimple", "w:sdt", "w:sdtContent", "w:customXml":
                    collect(child)
                default: break
                }
            }
        }
        collect(paragraph)
        return lines.map { InlineText.collapsed($0) }
    }

    /// A table with `gridSpan` as column spans and each `vMerge` run as one cell spanning down.
    private mutating func table(_ element: MarkupElement) -> DocumentTable {
        var rows: [[DocumentTable.Cell]] = []
        // Where each row's cells sit in the grid: a continued vMerge extends the cell that starts
        // the run in the same grid column.
        var openMerges: [Int: (row: Int, cell: Int)] = [:]
        var headerRows = 0
        var headerRunOpen = true
        for row in element.elements where row.name == "w:tr" {
            let properties = row.elements.first { $0.name == "w:trPr" }
            let isHeader =
                properties?.elements.contains {
                    $0.name == "w:tblHeader" && $0.attributes["w:val"] != "0" && $0.attributes["w:val"] != "false"
                } ?? false
            if headerRunOpen, isHeader { headerRows += 1 } else { headerRunOpen = false }
            var cells: [DocumentTable.Cell] = []
            var column = 0
            if let before = properties?.elements.first(where: { $0.name == "w:gridBefore" })?.attributes["w:val"].flatMap({
                Int($0)
            }), before > 0 {
                cells.append(DocumentTable.Cell("", colSpan: before))
                column += before
            }
            for cell in row.elements where cell.name == "w:tc" {
                let cellProperties = cell.elements.first { $0.name == "w:tcPr" }
                let span =
                    cellProperties?.elements.first { $0.name == "w:gridSpan" }?.attributes["w:val"].flatMap { Int($0) } ?? 1
                let merge = cellProperties?.elements.first { $0.name == "w:vMerge" }
                if let merge, merge.attributes["w:val"] != "restart", let open = openMerges[column] {
                    rows[open.row][open.cell].rowSpan += 1
                } else {
                    var inner = WordBody(styles: styles, numbering: numbering)
                    inner.read(cell)
                    numbering = inner.numbering
                    let text = InlineText.joined(
                        inner.blocks.map { block -> String in
                            switch block {
                            case .heading(_, let text), .paragraph(let text): return text
                            case .table(let table): return table.grid.map { $0.joined(separator: " ") }.joined(separator: " ")
                            }
                        })
                    if merge != nil { openMerges[column] = (rows.count, cells.count) } else { openMerges[column] = nil }
                    cells.append(DocumentTable.Cell(text, colSpan: span))
                }
                column += max(span, 1)
            }
            rows.append(cells)
        }
        return DocumentTable(rows: rows, headerRowCount: headerRows > 0 ? headerRows : nil)
    }
}
