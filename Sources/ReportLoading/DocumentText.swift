import ReportDocuments

/// A web page's, Word file's or PDF's document as the plain text the extractor reads: the title,
/// then each heading and paragraph on a line of its own, and each table row as its cells joined
/// by ` | `. A merged cell is written once, where it starts, and leaves its other slots empty:
/// an empty label under a row label is that label's row group, and an empty header slot beside
/// a column label is under it, as ``TableRow`` reads flattened tables.
enum DocumentText {
    static func text(_ document: Document) -> String {
        var lines: [String] = []
        if let title = document.title, !title.isEmpty, document.blocks.first.map(text(of:)) != title {
            lines.append(title)
        }
        for block in document.blocks {
            switch block {
            case .heading(_, let text), .paragraph(let text):
                lines.append(text)
            case .table(let table):
                for row in table.grid where row.contains(where: { !$0.isEmpty }) {
                    lines.append(row.map(cellText).joined(separator: " | "))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func text(of block: Document.Block) -> String? {
        switch block {
        case .heading(_, let text), .paragraph(let text): return text
        case .table: return nil
        }
    }

    /// A bar in a cell's own text would split the cell in two.
    private static func cellText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "|" || $0 == "｜" ? "/" : $0 }))
    }
}
