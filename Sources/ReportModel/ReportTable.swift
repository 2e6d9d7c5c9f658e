/// A table of a report, read from its rows of cells (`数量 | 75件 | 16件`): the grid, which rows and
/// columns are headers, and for every cell the labels that name it.
public struct ReportTable: Sendable, Hashable {
    /// `t1`, `t2`, … in reading order.
    public var id: String
    /// The outline path of the section the table stands in (as ``Measure/section``).
    public var section: String
    /// The caption line just before the table (`表1 …`, `第二十条第（一）项`), empty when there is none.
    public var title: String
    public var rows: Int
    public var cols: Int
    /// The leading rows that label the columns, and the leading columns that label the rows.
    public var headerRows: Int
    public var headerCols: Int
    /// Every cell that is not covered by another's span, row by row.
    public var cells: [TableCell]

    public init(
        id: String, section: String, title: String, rows: Int, cols: Int, headerRows: Int,
        headerCols: Int, cells: [TableCell]
    ) {
        self.id = id
        self.section = section
        self.title = title
        self.rows = rows
        self.cols = cols
        self.headerRows = headerRows
        self.headerCols = headerCols
        self.cells = cells
    }

    /// The cell that starts at `position` (row and column from 0).
    public func cell(at position: CellPosition) -> TableCell? {
        cells.first { $0.row == position.row && $0.col == position.col }
    }

    /// Whether a cell is a data cell (neither a header row nor a header column).
    public func isData(_ cell: TableCell) -> Bool {
        cell.row >= headerRows && cell.col >= headerCols
    }
}

/// One cell of a ``ReportTable``. A merged cell spans rows or columns from its top-left position.
///
/// A corpus holds millions of cells: positions and spans are kept in 32 bits, and
/// ``Report/compact()`` makes cells with the same labels share one copy of them.
public struct TableCell: Sendable, Hashable {
    private var storedRow: Int32
    private var storedCol: Int32
    private var storedRowSpan: Int32
    private var storedColSpan: Int32
    public var text: String
    /// The labels of the header columns over this cell's row, outermost first, joined by ` › `
    /// (`三、本年度办理结果 › （三）不予公开 › 4.保护第三方合法权益`).
    public var rowPath: String
    /// The labels of the header rows over this cell's column, joined by ` › `
    /// (`申请人情况 › 法人或其他组织 › 商业企业`).
    public var colPath: String

    public init(row: Int, col: Int, rowSpan: Int, colSpan: Int, text: String, rowPath: String, colPath: String) {
        storedRow = Int32(clamping: row)
        storedCol = Int32(clamping: col)
        storedRowSpan = Int32(clamping: rowSpan)
        storedColSpan = Int32(clamping: colSpan)
        self.text = text
        self.rowPath = rowPath
        self.colPath = colPath
    }

    public var row: Int {
        get { Int(storedRow) }
        set { storedRow = Int32(clamping: newValue) }
    }

    public var col: Int {
        get { Int(storedCol) }
        set { storedCol = Int32(clamping: newValue) }
    }

    public var rowSpan: Int {
        get { Int(storedRowSpan) }
        set { storedRowSpan = Int32(clamping: newValue) }
    }

    public var colSpan: Int {
        get { Int(storedColSpan) }
        set { storedColSpan = Int32(clamping: newValue) }
    }

    public var position: CellPosition { CellPosition(row: row, col: col) }

    /// The separator of the labels in ``rowPath`` and ``colPath``.
    public static let pathSeparator = " › "
}

/// Where a figure stands in its table: row and column from 0, header rows and columns included.
public struct CellPosition: Sendable, Hashable {
    public var row: Int
    public var col: Int

    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}
