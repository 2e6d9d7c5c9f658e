/// The strings of table cells: those of a report's cells in the ``MeasureTexts`` its measures share
/// (each text and label once, as spans of the report text, parts of it or bytes of its pool), by
/// index; or the strings of a table's cells made together (``TableCellBatch``), by index; or the
/// strings and spans of a cell made on its own.
final class TableCellLabels: Sendable {
    /// The text, row path and column path of a cell made on its own, or of each cell of a table's
    /// made together; empty for a report's.
    let strings: [String]
    /// The strings of a report's cells; nil for a cell made on its own.
    let texts: MeasureTexts?
    /// The spans of a cell made on its own, which it reads from here; nil for others.
    let spans: (row: Int32, col: Int32)?

    init(strings: [String], spans: (row: Int32, col: Int32)?) {
        self.strings = strings
        self.spans = spans
        texts = nil
    }

    /// The labels of a report's cells, kept among the strings of its measures.
    init(texts: MeasureTexts) {
        strings = []
        spans = nil
        self.texts = texts
    }

    func string(at index: UInt32) -> String {
        texts?.string(at: index) ?? strings[Int(index)]
    }

    /// What a cell of a report holds until the labels of its report are made.
    static let pending = TableCellLabels(strings: [], spans: nil)
}
