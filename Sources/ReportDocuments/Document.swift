/// What a published report says, in reading order, whatever file it came in: its title, and its
/// headings, paragraphs and tables. The page around it (navigation, footers, page numbers) is
/// already gone.
public struct Document: Sendable, Equatable {
    /// The title the file gives (a page's `<title>` or first heading, a Word file's first heading);
    /// nil when it gives none.
    public var title: String?
    public var blocks: [Block]

    public init(title: String?, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    public enum Block: Sendable, Equatable {
        /// `level` 1 is the outermost heading.
        case heading(level: Int, text: String)
        case paragraph(String)
        case table(DocumentTable)
    }

    /// The tables, in reading order.
    public var tables: [DocumentTable] {
        blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }
}
