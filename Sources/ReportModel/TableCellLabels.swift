/// The strings of table cells: those of a report's cells in the ``MeasureTexts`` its measures share
/// (each text and label once, as spans of the report text, parts of it or bytes of its pool), by
/// index; or the strings of a table's cells made together (``TableCellBatch``), by index; or the
/// strings and place of a cell made on its own.
final class TableCellLabels: Sendable {
    /// The text, row path and column path of a cell made on its own, or of each cell of a table's
    /// made together; empty for a report's.
    let strings: [String]
    /// The strings of a report's cells; nil for a cell made on its own.
    let texts: MeasureTexts?
    /// The place of a cell made on its own, which it reads from here; nil for others.
    let place: TableCellPlace?

    init(strings: [String], place: TableCellPlace?) {
        self.strings = strings
        self.place = place
        texts = nil
    }

    /// The labels of a report's cells, kept among the strings of its measures.
    init(texts: MeasureTexts) {
        strings = []
        place = nil
        self.texts = texts
    }

    func string(at index: UInt32) -> String {
        texts?.string(at: index) ?? strings[Int(index)]
    }

    /// What a cell of a report holds until the labels of its report are made.
    static let pending = TableCellLabels(strings: [], place: nil)
}

/// Where a cell made on its own stands and how far it spans, as it was given (each clamped to 32 bits).
struct TableCellPlace: Sendable, Equatable {
    var row: Int32
    var col: Int32
    var rowSpan: Int32
    var colSpan: Int32

    init(row: Int, col: Int, rowSpan: Int, colSpan: Int) {
        self.row = Int32(clamping: row)
        self.col = Int32(clamping: col)
        self.rowSpan = Int32(clamping: rowSpan)
        self.colSpan = Int32(clamping: colSpan)
    }
}
