/// A table copied out of a PDF viewer or a page with every cell on a line of its own: a run of
/// header lines, then rows of a label line followed by one line per figure. A row's lines share
/// one ``TableRow`` whose cells lie on several lines, so that each figure reads its column's
/// header as a `|` row's figures do. Only a whole pattern counts — as many header lines as a row
/// has cells, and two rows alike at least — since short lines and lone numbers occur in prose too.
enum CellPerLineTable {
    private static let longestLabel = 30
    private static let longestFigure = 16

    private enum Kind { case label, figure, other }

    static func rows(in text: ScalarText, lines: [Range<Int>], furniture: [Bool], taken: [Int: TableRow]) -> [Int: TableRow] {
        let visible = lines.indices.filter { index in
            !furniture[index] && taken[index] == nil && lines[index].contains { !text.scalars[$0].isSpace }
        }
        let cells = visible.map { trimmed(text, lines[$0]) }
        let kinds = cells.map { kind(text, $0) }
        var rows: [Int: TableRow] = [:]
        var position = 0
        while position < visible.count {
            let width = figuresAfter(position, kinds)
            // The header: one label line per cell of a row, right before the first row.
            guard kinds[position] == .label, width >= 1, position >= width + 1,
                (position - width - 1..<position).allSatisfy({ kinds[$0] == .label }),
                figuresAfter(position + width + 1, kinds) == width, kinds[safe: position + width + 1] == .label
            else {
                position += 1
                continue
            }
            let headerStart = position - width - 1
            let headers = (headerStart..<position).map { TableRow.label(text.string(cells[$0])) }
            let captionUnit = headerStart > 0 ? TableRow.statedUnit(text.string(cells[headerStart - 1])) : nil
            for index in headerStart..<position {
                rows[visible[index]] = TableRow(
                    cells: Array(cells[headerStart..<position]), isHeader: true, rowLabel: headers[0].text,
                    rowUnit: headers[0].unit, columnLabels: [], columnUnits: [], captionUnit: captionUnit)
            }
            while kinds[safe: position] == .label, figuresAfter(position, kinds) == width {
                let label = TableRow.label(text.string(cells[position]))
                let row = TableRow(
                    cells: Array(cells[position...(position + width)]), isHeader: false, rowLabel: label.text,
                    rowUnit: label.unit, columnLabels: headers.map(\.text), columnUnits: headers.map(\.unit),
                    captionUnit: captionUnit)
                for index in position...(position + width) { rows[visible[index]] = row }
                position += width + 1
            }
        }
        return rows
    }

    private static func figuresAfter(_ position: Int, _ kinds: [Kind]) -> Int {
        var count = 0
        while kinds[safe: position + 1 + count] == .figure { count += 1 }
        return count
    }

    /// A figure line is a number alone (`12`, `17.4%`, `0件`); a label line is short and no sentence.
    private static func kind(_ text: ScalarText, _ cell: Range<Int>) -> Kind {
        // Longer than a label is other whatever it holds: prose lines end here, unread.
        guard cell.count <= longestLabel else { return .other }
        let scalars = text.scalars[cell]
        if scalars.contains(where: isClauseMark) { return .other }
        if cell.count <= longestFigure, TableRow.isFigureCell(text, cell),
            !scalars.contains(where: { $0.isSpace })
        {
            return .figure
        }
        return cell.count <= longestLabel ? .label : .other
    }

    /// A switch, not a search of a string's scalars: it runs on every scalar of every short line.
    private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "|", "｜", "。", "；", "！", "？", "，", ",", "：", ":": return true
        default: return false
        }
    }

    private static func trimmed(_ text: ScalarText, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text.scalars[lower].isSpace { lower += 1 }
        while upper > lower, text.scalars[upper - 1].isSpace { upper -= 1 }
        return lower..<upper
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
