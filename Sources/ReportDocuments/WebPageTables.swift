/// Tables on a web page: the data tables of the article, and the tables old sites lay their
/// pages out with, which are read as containers of blocks instead.
enum WebPageTables {
    /// A table that lays out the page: it holds another table, has one column, or holds whole
    /// passages of text in a cell.
    static func isLayout(_ table: MarkupElement) -> Bool {
        let rows = self.rows(of: table)
        if rows.isEmpty { return true }
        if rows.allSatisfy({ cells(of: $0).count <= 1 }) { return true }
        for row in rows {
            for cell in cells(of: row) {
                if !cell.descendants(named: "table").isEmpty { return true }
                if WebPageArticle.visibleCount(cell.rawText) > 300 { return true }
            }
        }
        return false
    }

    /// The table's rows, from its sections (`thead`, `tbody`, `tfoot`) or straight under it;
    /// never the rows of a table inside a cell.
    static func rows(of table: MarkupElement) -> [MarkupElement] {
        table.elements.flatMap { child -> [MarkupElement] in
            switch child.name {
            case "tr": return [child]
            case "thead", "tbody", "tfoot": return child.elements.filter { $0.name == "tr" }
            default: return []
            }
        }
    }

    static func cells(of row: MarkupElement) -> [MarkupElement] {
        row.elements.filter { $0.name == "td" || $0.name == "th" }
    }

    /// The table with its spans; cells read as their paragraphs joined.
    static func table(_ element: MarkupElement) -> DocumentTable {
        let rows = self.rows(of: element)
        let cellRows = rows.map { row in
            cells(of: row).map { cell in
                DocumentTable.Cell(
                    cellText(cell), rowSpan: span(cell.attributes["rowspan"]), colSpan: span(cell.attributes["colspan"]))
            }
        }
        let inHead = element.elements.filter { $0.name == "thead" }.reduce(0) {
            $0 + $1.elements.filter { $0.name == "tr" }.count
        }
        let allHeaderCells = rows.prefix { row in
            let cells = self.cells(of: row)
            return !cells.isEmpty && cells.allSatisfy { $0.name == "th" }
        }.count
        let headerRows = max(inHead, allHeaderCells)
        return DocumentTable(rows: cellRows, headerRowCount: headerRows > 0 ? headerRows : nil)
    }

    private static func cellText(_ cell: MarkupElement) -> String {
        let pieces = WebPageBlocks.blocks(of: cell).map { block -> String in
            switch block {
            case .heading(_, let text), .paragraph(let text): return text
            case .table(let table): return table.grid.map { $0.joined(separator: " ") }.joined(separator: " ")
            }
        }
        return InlineText.joined(pieces)
    }

    /// A span attribute as browsers read it: its leading digits, at least 1, at most a sane bound.
    private static func span(_ value: String?) -> Int {
        guard let value else { return 1 }
        let digits = value.trimmingWhitespace.prefix { $0.isASCII && $0.isNumber }
        return min(max(Int(digits) ?? 1, 1), 1000)
    }
}
