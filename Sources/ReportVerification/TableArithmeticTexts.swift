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

/// The texts of a total's row (``TableArithmetic``): the parts named and written as the table
/// states them, and their sum.
struct TableSumTexts: AuditRowTexts {
    var stated: Measure
    /// The parts' short names (shared by every column of a total) and figures.
    var names: [String]
    var parts: [Measure]
    var place: TablePlace
    var total: Rational
    var holds: Bool

    var formula: String? {
        // The texts list every part (eight on average, forty in some tables): written as bytes,
        // each part's id made once and its raw text read in place.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.count * 8)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes += Self.plusBytes }
            bytes += part.id.utf8
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    var numerators: [String] { parts.map(\.id) }
    var denominator: String? { nil }

    var arithmetic: String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.count * 16)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes += Self.plusBytes }
            part.withRawBytes { bytes += $0 }
        }
        return String(decoding: bytes, as: UTF8.self) + " = " + shownTotal
    }

    var explanation: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.count * 32)
        for (index, (name, part)) in zip(names, parts).enumerated() {
            if index > 0 { bytes += Self.plusBytes }
            bytes += name.utf8
            bytes.append(UInt8(ascii: " "))
            part.withRawBytes { bytes += $0 }
        }
        let written = String(decoding: bytes, as: UTF8.self)
        return holds
            ? "\(place.text): \(written) = \(shownTotal), as stated (\(stated.raw))"
            : "\(place.text): \(written) = \(shownTotal), but the table states \(stated.raw)"
    }

    private var shownTotal: String { TableArithmetic.show(total, like: stated) }

    private static let plusBytes = Array(" + ".utf8)
}

/// The texts of an identity's row: each side's rows named and written, and their sums.
struct TableIdentityTexts: AuditRowTexts {
    var leftNames: [String]
    var rightNames: [String]
    var left: [Measure]
    var right: [Measure]
    var place: TablePlace
    /// Who states the identity: the table, or the national template.
    var source: String
    var leftSum: Rational
    var rightSum: Rational
    var holds: Bool

    var formula: String? {
        left.map(\.id).joined(separator: " + ") + " = " + right.map(\.id).joined(separator: " + ")
    }

    var numerators: [String] { left.map(\.id) + right.dropFirst().map(\.id) }
    var denominator: String? { nil }

    var arithmetic: String? {
        "\(left.map(\.raw).joined(separator: " + ")) = \(shown(leftSum)) " + (holds ? "=" : "≠")
            + " \(right.map(\.raw).joined(separator: " + ")) = \(shown(rightSum))"
    }

    var explanation: String {
        let side = { (names: [String], figures: [Measure]) in
            zip(names, figures).map { "\($0) \($1.raw)" }.joined(separator: " + ")
        }
        return "\(place.text): \(side(leftNames, left)) = \(shown(leftSum)), "
            + (holds ? "and " : "but ") + "\(side(rightNames, right)) = \(shown(rightSum)) (\(source))"
    }

    /// A sum written like the right side's first figure, the row's claim.
    private func shown(_ sum: Rational) -> String {
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
