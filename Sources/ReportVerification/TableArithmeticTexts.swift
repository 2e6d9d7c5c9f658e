import ReportModel

/// Where in a table a check stands, as the labels of its lines: joined (`一、本年新收 › 总计 × 总计`)
/// only when a row's explanation is read.
struct TablePlace: Sendable {
    /// Each line's labels, outermost first.
    var paths: [[String]]
    /// What stands between two lines' labels (` × `, ` of `, ` + `).
    var separator: String

    var text: String {
        paths.count == 1 ? TableFigures.joined(paths[0]) : paths.map(TableFigures.joined).joined(separator: separator)
    }
}

/// A table's figures and labels, kept once for every row its checks make: a row keeps the numbers
/// of its lines and reads its cells' figures and labels from here when its texts are read, rather
/// than a copy of each figure (a corpus's audit keeps a hundred thousand such rows). The figures
/// are kept as indices into the report's measures, which the session holds anyway: the table's
/// own ``TableFigures`` would outlive its report's audit for them.
final class SharedTable: Sendable {
    /// The report's measures.
    private let measures: [Measure]
    /// The index in `measures` of each cell's figure, row by row (-1: none).
    private let cellIndices: [Int32]
    private let rows: Int
    private let cols: Int
    private let rowPaths: [Int: [String]]
    private let colPaths: [Int: [String]]

    init(_ figures: TableFigures, measures: [Measure]) {
        self.measures = measures
        rows = figures.table.rows
        cols = figures.table.cols
        rowPaths = figures.rowPaths
        colPaths = figures.colPaths
        var indices = [Int32](repeating: -1, count: rows * cols)
        // The table's figures are the report's in reading order, mostly side by side: each is
        // looked for from where the one before was found.
        var next = Self.firstIndex(startingAt: figures.measures.first?.start ?? 0, in: measures)
        for figure in figures.measures {
            guard let cell = figure.cell, cell.row < rows, cell.col < cols,
                let index = Self.index(of: figure, at: cell, in: measures, from: &next)
            else { continue }
            indices[cell.row * cols + cell.col] = Int32(index)
        }
        cellIndices = indices
    }

    /// The first of `measures` that starts at `start` or after, were they in reading order (if not,
    /// ``index(of:at:in:from:)`` looks among them all).
    private static func firstIndex(startingAt start: Int, in measures: [Measure]) -> Int {
        var low = 0, high = measures.count
        while low < high {
            let middle = (low + high) / 2
            if measures[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of `figure` among `measures`: from `next` on, else from the first.
    private static func index(of figure: Measure, at cell: CellPosition, in measures: [Measure], from next: inout Int) -> Int? {
        let start = figure.start, table = figure.table
        let isFigure = { (index: Int) in
            let measure = measures[index]
            return measure.start == start && measure.cell == cell && measure.table == table
        }
        guard let found = (next..<measures.count).first(where: isFigure) ?? (0..<measures.count).first(where: isFigure)
        else { return nil }
        next = found + 1
        return found
    }

    /// The figure of a cell a row was decided by: there then, so there now (the figures are constant).
    func figure(row: Int, col: Int) -> Measure {
        let index = row < rows && col < cols ? Int(cellIndices[row * cols + col]) : -1
        precondition(index >= 0, "a cell a table's row was decided by has its figure")
        return measures[index]
    }

    func rowPath(_ row: Int) -> [String] { rowPaths[row] ?? [] }
    func colPath(_ col: Int) -> [String] { colPaths[col] ?? [] }
}

/// The texts of a total's row (``TableArithmetic``): the parts named and written as the table
/// states them, and their sum.
struct TableSumTexts: AuditRowTexts {
    // Fields in an order that leaves no gaps: a corpus's audit keeps a hundred thousand of these.
    var table: SharedTable
    var total: Rational
    /// The parts' lines and short names (shared by every cell of a total line).
    var partLines: [Int]
    var names: [String]
    /// The total's line and the line across it that holds the row's cells: a total row (（七）总计)
    /// and a column, or a total column and a row.
    var totalLine: Int32
    var across: Int32
    var isTotalRow: Bool
    var holds: Bool

    private func cell(line: Int, across: Int) -> Measure {
        isTotalRow ? table.figure(row: line, col: across) : table.figure(row: across, col: line)
    }

    private var stated: Measure { cell(line: Int(totalLine), across: Int(across)) }
    private var parts: [Measure] { partLines.map { cell(line: $0, across: Int(across)) } }

    private var place: TablePlace {
        let totalPath = isTotalRow ? table.rowPath(Int(totalLine)) : table.colPath(Int(totalLine))
        if isTotalRow { return TablePlace(paths: [table.colPath(Int(across)), totalPath], separator: " of ") }
        let rowPath = table.rowPath(Int(across))
        return TablePlace(paths: rowPath.isEmpty ? [totalPath] : [rowPath, totalPath], separator: " × ")
    }

    var formula: String? { formula(ids: parts.map(\.id)) }
    var numerators: [String] { parts.map(\.id) }
    var denominator: String? { nil }
    var arithmetic: String? { arithmetic(of: parts) }
    var explanation: String { explanation(of: parts) }

    /// The texts list every part (eight on average, forty in some tables): the parts are read
    /// once for all five.
    var writtenOut: WrittenAuditRowTexts {
        let parts = parts, ids = parts.map(\.id)
        return WrittenAuditRowTexts(
            formula: formula(ids: ids), numerators: ids, arithmetic: arithmetic(of: parts),
            explanation: explanation(of: parts))
    }

    private func formula(ids: [String]) -> String {
        Self.joined(ids.count, bytesEach: 8) { index, bytes in bytes += ids[index].utf8 }
    }

    private func arithmetic(of parts: [Measure]) -> String {
        Self.joined(parts.count, bytesEach: 16) { index, bytes in parts[index].withRawBytes { bytes += $0 } }
            + " = " + shownTotal(like: stated)
    }

    private func explanation(of parts: [Measure]) -> String {
        let written = Self.joined(parts.count, bytesEach: 32) { index, bytes in
            bytes += names[index].utf8
            bytes.append(UInt8(ascii: " "))
            parts[index].withRawBytes { bytes += $0 }
        }
        let stated = stated
        return holds
            ? "\(place.text): \(written) = \(shownTotal(like: stated)), as stated (\(stated.raw))"
            : "\(place.text): \(written) = \(shownTotal(like: stated)), but the table states \(stated.raw)"
    }

    /// `count` pieces joined by ` + `, each written by `write` as UTF-8 bytes (written as bytes, a
    /// part's raw text is read in place).
    private static func joined(_ count: Int, bytesEach: Int, write: (Int, inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * bytesEach)
        for index in 0..<count {
            if index > 0 { bytes += plusBytes }
            write(index, &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func shownTotal(like stated: Measure) -> String { TableArithmetic.show(total, like: stated) }

    private static let plusBytes = Array(" + ".utf8)
}

/// The texts of an identity's row: each side's rows named and written, and their sums.
struct TableIdentityTexts: AuditRowTexts {
    var table: SharedTable
    /// The column the row checks the identity in.
    var col: Int
    var holds: Bool
    /// Each side's rows and their names (shared by every column).
    var leftRows: [Int]
    var rightRows: [Int]
    var leftNames: [String]
    var rightNames: [String]
    /// Who states the identity: the table, or the national template.
    var source: String
    var leftSum: Rational
    var rightSum: Rational

    private var left: [Measure] { leftRows.map { table.figure(row: $0, col: col) } }
    private var right: [Measure] { rightRows.map { table.figure(row: $0, col: col) } }
    private var place: TablePlace { TablePlace(paths: [table.colPath(col)], separator: "") }

    var formula: String? {
        left.map(\.id).joined(separator: " + ") + " = " + right.map(\.id).joined(separator: " + ")
    }

    var numerators: [String] { left.map(\.id) + right.dropFirst().map(\.id) }
    var denominator: String? { nil }

    var arithmetic: String? {
        let right = right
        return "\(left.map(\.raw).joined(separator: " + ")) = \(shown(leftSum, like: right)) " + (holds ? "=" : "≠")
            + " \(right.map(\.raw).joined(separator: " + ")) = \(shown(rightSum, like: right))"
    }

    var explanation: String {
        let side = { (names: [String], figures: [Measure]) in
            zip(names, figures).map { "\($0) \($1.raw)" }.joined(separator: " + ")
        }
        let right = right
        return "\(place.text): \(side(leftNames, left)) = \(shown(leftSum, like: right)), "
            + (holds ? "and " : "but ") + "\(side(rightNames, right)) = \(shown(rightSum, like: right)) (\(source))"
    }

    /// A sum written like the right side's first figure, the row's claim.
    private func shown(_ sum: Rational, like right: [Measure]) -> String {
        TableArithmetic.show(sum, like: right[0])
    }
}

/// The texts of a repeat's row: a count in prose and the cells of the table that state it too.
struct TableRepeatTexts: AuditRowTexts {
    var prose: Measure
    var cells: [Measure]
    var place: TablePlace
    /// The cells' sum.
    var stated: Rational
    var holds: Bool

    var formula: String? { "\(prose.id) = " + cells.map(\.id).joined(separator: " + ") }
    var numerators: [String] { cells.map(\.id) }
    var denominator: String? { nil }

    var arithmetic: String? {
        "\(prose.value) " + (holds ? "=" : "≠") + " " + (cells.count > 1 ? "\(written) = " : "") + "\(stated)"
    }

    var explanation: String {
        "\(prose.raw) (\(prose.subject)) in the text; \(place.text) in the table states \(written)"
            + (cells.count > 1 ? " = \(stated)" : "") + (holds ? "" : ": the two disagree")
    }

    private var written: String { cells.map(\.raw).joined(separator: " + ") }
}
