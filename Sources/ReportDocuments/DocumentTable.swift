/// A table as its source lays it out: rows of cells, each cell where it starts and how many rows
/// and columns it covers. A merged cell appears once, in the row and column where it starts.
public struct DocumentTable: Sendable, Equatable {
    public var rows: [[Cell]]
    /// How many of the first rows the source marks as headers (`<thead>`/`<th>`, Word's repeated
    /// header rows); nil when the source does not say.
    public var headerRowCount: Int?

    public init(rows: [[Cell]], headerRowCount: Int? = nil) {
        self.rows = rows
        self.headerRowCount = headerRowCount
    }

    public struct Cell: Sendable, Equatable {
        public var text: String
        public var rowSpan: Int
        public var colSpan: Int

        public init(_ text: String, rowSpan: Int = 1, colSpan: Int = 1) {
            self.text = text
            self.rowSpan = max(1, rowSpan)
            self.colSpan = max(1, colSpan)
        }
    }

    /// No report's table is wider; a page's spans claiming more are cut here, so that a hostile
    /// `colspan` cannot make the grid take all memory.
    public static let widestGrid = 1000

    /// The table as a grid: every slot holds the text of the cell that starts there, "" where a
    /// merged cell from above or from the left covers it. Rows are as wide as the widest.
    public var grid: [[String]] {
        var grid: [[String?]] = []
        for (rowIndex, row) in rows.enumerated() {
            while grid.count <= rowIndex { grid.append([]) }
            var column = 0
            for cell in row {
                // Slots already taken by a cell spanning down from a row above.
                while column < grid[rowIndex].count, grid[rowIndex][column] != nil { column += 1 }
                guard column < Self.widestGrid else { break }
                for down in 0..<cell.rowSpan {
                    let target = rowIndex + down
                    // A span past the last row is the source's slip; the table ends where its rows do.
                    guard target < rows.count else { break }
                    while grid.count <= target { grid.append([]) }
                    for across in 0..<min(cell.colSpan, Self.widestGrid - column) {
                        let slot = column + across
                        while grid[target].count <= slot { grid[target].append(nil) }
                        grid[target][slot] = down == 0 && across == 0 ? cell.text : ""
                    }
                }
                column += cell.colSpan
            }
        }
        let width = grid.map(\.count).max() ?? 0
        return grid.map { row in row.map { $0 ?? "" } + Array(repeating: "", count: width - row.count) }
    }
}
