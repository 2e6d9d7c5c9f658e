/// The strings the cells of a report's tables share: each text and label once, by index; or the
/// strings and spans of a cell made on its own.
final class TableCellLabels: Sendable {
    let strings: [String]
    /// The spans of a cell made on its own, which it reads from here; nil for a report's.
    let spans: (row: Int32, col: Int32)?

    init(strings: [String], spans: (row: Int32, col: Int32)?) {
        self.strings = strings
        self.spans = spans
    }

    /// What a cell of a report holds until the labels of its report are made.
    static let pending = TableCellLabels(strings: [], spans: nil)
}

/// Gathers the ``TableCellLabels`` of a report's cells added one by one: each string once.
struct TableCellLabelsBuilder {
    private var strings: [String] = []
    private var indices: [ExactString: UInt32] = [:]

    /// The cell, its strings kept here and its labels set from ``labels()`` when all are added; or
    /// the cell as it was when its spans do not fit what a cell of a report keeps.
    mutating func add(_ cell: TableCell) -> TableCell {
        guard TableCell.fits(span: cell.rowSpan), TableCell.fits(span: cell.colSpan) else { return cell }
        return TableCell(
            cell, textIndex: index(cell.text), rowPathIndex: index(cell.rowPath), colPathIndex: index(cell.colPath))
    }

    func labels() -> TableCellLabels {
        TableCellLabels(strings: trimmed(strings), spans: nil)
    }

    private mutating func index(_ string: String) -> UInt32 {
        if let index = indices[ExactString(string)] { return index }
        let index = UInt32(strings.count)
        strings.append(string)
        indices[ExactString(string)] = index
        return index
    }
}
