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
/// A corpus holds millions of cells, so a cell of a report is 24 bytes: its text and labels are
/// indices into strings the report's cells share, each kept once (``TableCellLabels``, see
/// ``Report/compact()``), in 24 bits with its spans in the 8 above them, and its position in 16
/// bits. A cell made on its own, or one whose position, spans or indices do not fit, keeps its
/// strings and place in labels of its own. A change to one cell gives it labels of its own and
/// leaves every other as it was.
public struct TableCell: Sendable {
    var labels: TableCellLabels
    var textIndex: UInt32
    /// The indices of the paths (low 24 bits), with the row span and the column span above them.
    private var rowPathCode: UInt32
    private var colPathCode: UInt32
    /// The position, when ``labels`` does not keep it.
    private var storedRow: UInt16
    private var storedCol: UInt16

    private static let indexBits: UInt32 = 24
    private static let indexMask: UInt32 = 1 << indexBits - 1

    public init(row: Int, col: Int, rowSpan: Int, colSpan: Int, text: String, rowPath: String, colPath: String) {
        self.init(
            alone: TableCellLabels(
                strings: [text, rowPath, colPath],
                place: TableCellPlace(row: row, col: col, rowSpan: rowSpan, colSpan: colSpan)))
    }

    /// A cell whose strings and place its own labels keep.
    private init(alone labels: TableCellLabels) {
        self.labels = labels
        textIndex = 0
        rowPathCode = 1
        colPathCode = 2
        storedRow = 0
        storedCol = 0
    }

    /// A cell of a report whose strings ``MeasureTextsBuilder`` keeps, its place checked to fit
    /// (``fits(row:col:rowSpan:colSpan:)`` and ``fits(index:)``); its labels are set when the
    /// builder is done.
    init(_ cell: TableCell, textIndex: UInt32, rowPathIndex: UInt32, colPathIndex: UInt32) {
        self.init(
            labels: .pending, textIndex: textIndex, rowPathIndex: rowPathIndex, colPathIndex: colPathIndex,
            row: cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan)
    }

    /// A cell whose strings are among the labels its table's cells share (``TableCellBatch``), its
    /// place and indices checked to fit.
    fileprivate init(sharing labels: TableCellLabels, firstString: Int, place: TableCellPlace) {
        self.init(
            labels: labels, textIndex: UInt32(firstString), rowPathIndex: UInt32(firstString + 1),
            colPathIndex: UInt32(firstString + 2), row: Int(place.row), col: Int(place.col),
            rowSpan: Int(place.rowSpan), colSpan: Int(place.colSpan))
    }

    private init(
        labels: TableCellLabels, textIndex: UInt32, rowPathIndex: UInt32, colPathIndex: UInt32, row: Int, col: Int,
        rowSpan: Int, colSpan: Int
    ) {
        self.labels = labels
        self.textIndex = textIndex
        rowPathCode = rowPathIndex | UInt32(rowSpan) << TableCell.indexBits
        colPathCode = colPathIndex | UInt32(colSpan) << TableCell.indexBits
        storedRow = UInt16(row)
        storedCol = UInt16(col)
    }

    /// Whether a position and spans fit what a cell of a report keeps: 16 bits and 8.
    static func fits(row: Int, col: Int, rowSpan: Int, colSpan: Int) -> Bool {
        UInt16(exactly: row) != nil && UInt16(exactly: col) != nil && UInt8(exactly: rowSpan) != nil
            && UInt8(exactly: colSpan) != nil
    }

    /// Whether an index into shared strings fits the 24 bits a cell of a report keeps it in.
    static func fits(index: Int) -> Bool {
        (0...Int(indexMask)).contains(index)
    }

    var rowPathIndex: UInt32 { rowPathCode & TableCell.indexMask }
    var colPathIndex: UInt32 { colPathCode & TableCell.indexMask }

    public var row: Int {
        get { labels.place.map { Int($0.row) } ?? Int(storedRow) }
        set { change { $0.place.row = Int32(clamping: newValue) } }
    }

    public var col: Int {
        get { labels.place.map { Int($0.col) } ?? Int(storedCol) }
        set { change { $0.place.col = Int32(clamping: newValue) } }
    }

    public var rowSpan: Int {
        get { labels.place.map { Int($0.rowSpan) } ?? Int(rowPathCode >> TableCell.indexBits) }
        set { change { $0.place.rowSpan = Int32(clamping: newValue) } }
    }

    public var colSpan: Int {
        get { labels.place.map { Int($0.colSpan) } ?? Int(colPathCode >> TableCell.indexBits) }
        set { change { $0.place.colSpan = Int32(clamping: newValue) } }
    }

    public var text: String {
        get { labels.string(at: textIndex) }
        set { change { $0.strings[0] = newValue } }
    }

    /// The labels of the header columns over this cell's row, outermost first, joined by ` › `
    /// (`三、本年度办理结果 › （三）不予公开 › 4.保护第三方合法权益`).
    public var rowPath: String {
        get { labels.string(at: rowPathIndex) }
        set { change { $0.strings[1] = newValue } }
    }

    /// The labels of the header rows over this cell's column, joined by ` › `
    /// (`申请人情况 › 法人或其他组织 › 商业企业`).
    public var colPath: String {
        get { labels.string(at: colPathIndex) }
        set { change { $0.strings[2] = newValue } }
    }

    public var position: CellPosition { CellPosition(row: row, col: col) }

    /// The separator of the labels in ``rowPath`` and ``colPath``.
    public static let pathSeparator = " › "

    /// Gives the cell labels of its own, its strings and place as they read, changed by `body`.
    private mutating func change(_ body: (inout (strings: [String], place: TableCellPlace)) -> Void) {
        var fields = (
            strings: [text, rowPath, colPath],
            place: TableCellPlace(row: row, col: col, rowSpan: rowSpan, colSpan: colSpan)
        )
        body(&fields)
        self = TableCell(alone: TableCellLabels(strings: fields.strings, place: fields.place))
    }
}

extension TableCell: Hashable {
    public static func == (left: TableCell, right: TableCell) -> Bool {
        left.row == right.row && left.col == right.col && left.rowSpan == right.rowSpan
            && left.colSpan == right.colSpan && left.text == right.text && left.rowPath == right.rowPath
            && left.colPath == right.colPath
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(row)
        hasher.combine(col)
        hasher.combine(rowSpan)
        hasher.combine(colSpan)
        hasher.combine(text)
        hasher.combine(rowPath)
        hasher.combine(colPath)
    }
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

/// The cells of a table as it is read, made together: their strings kept in one
/// ``TableCellLabels`` they share. Labels of its own and an array of three strings made for every
/// cell, then freed when the report was compacted, cost a quarter of reading a table.
package struct TableCellBatch {
    private var strings: [String] = []
    private var places: [(row: Int, col: Int, rowSpan: Int, colSpan: Int)] = []

    package init() {}

    package mutating func append(
        row: Int, col: Int, rowSpan: Int, colSpan: Int, text: String, rowPath: String, colPath: String
    ) {
        strings.append(text)
        strings.append(rowPath)
        strings.append(colPath)
        places.append((row, col, rowSpan, colSpan))
    }

    /// The cells, in the order they were added; one whose place or indices do not fit is made on
    /// its own.
    package var cells: [TableCell] {
        let labels = TableCellLabels(strings: strings, place: nil)
        return places.indices.map { index in
            let place = places[index]
            guard TableCell.fits(row: place.row, col: place.col, rowSpan: place.rowSpan, colSpan: place.colSpan),
                TableCell.fits(index: 3 * index + 2)
            else {
                return TableCell(
                    row: place.row, col: place.col, rowSpan: place.rowSpan, colSpan: place.colSpan,
                    text: strings[3 * index], rowPath: strings[3 * index + 1], colPath: strings[3 * index + 2])
            }
            return TableCell(
                sharing: labels, firstString: 3 * index,
                place: TableCellPlace(row: place.row, col: place.col, rowSpan: place.rowSpan, colSpan: place.colSpan))
        }
    }
}
