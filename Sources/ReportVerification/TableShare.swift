import ReportModel

/// A percentage in a 比例/占比/比重 row or column of a table, against the count beside it and the base
/// its label names: `占新受理数比例 | 82.4%` under `数量（件） | 75` over 新受理 91 (the 合计 of the
/// counts, or a count of that name in the text); `占全区受理比重（%） | 28.2` beside `受理纠纷（件） |
/// 812` over the 合计 row's 2876.
enum TableShare {
    static let shareWords = ["比例", "占比", "比重"]

    /// Fills `row` with check `share` when the table gives the cell's count and base; false when it
    /// does not, and the rate is audited as any other.
    static func decide(
        _ row: inout AuditRow, rate: Measure, claim: StatedClaim,
        context: AuditContext
    ) throws(ArithmeticError) -> Bool {
        guard let id = rate.table, let cell = rate.cell, let figures = context.tables[id],
            let rowPath = figures.rowPaths[cell.row], let colPath = figures.colPaths[cell.col]
        else { return false }
        let byRow = names(rowPath.last)
        guard byRow || names(colPath.last) else { return false }
        // Lines run across the share: rows when the share is a row (its counts are in its column).
        let lines = byRow ? figures.dataRows : figures.dataCols
        let paths = byRow ? figures.rowPaths : figures.colPaths
        let crossings = byRow ? figures.dataCols : figures.dataRows
        let crossPaths = byRow ? figures.colPaths : figures.rowPaths
        let own = byRow ? cell.row : cell.col
        let at = { (line: Int, cross: Int) in
            byRow ? figures.figure(row: line, col: cross) : figures.figure(row: cross, col: line)
        }
        let baseWord = namedBase(byRow ? rowPath.last ?? "" : colPath.last ?? "")
        let countLines = lines.filter { $0 != own && !names(paths[$0]?.last) && TableFigures.totalKind(paths[$0]?.last) == nil }
            .filter { exactCount(at($0, byRow ? cell.col : cell.row)) != nil }
        // The line the base word names (受理纠纷 for 全区受理), else the nearest before the share.
        let named = countLines.filter { line in baseWord.map { shares(word: $0, with: paths[line]?.last ?? "") } ?? false }
        guard let countLine = named.first ?? countLines.filter({ $0 < own }).last,
            let count = exactCount(at(countLine, byRow ? cell.col : cell.row))
        else { return false }
        // The base: the count line's total across the share, else a count in the text named as the base.
        let totalCross = crossings.first { TableFigures.totalKind(crossPaths[$0]?.last) == "合计" }
        var base = totalCross.flatMap { exactCount(at(countLine, $0)) }
        if base == nil, let baseWord {
            base = context.countIndices.lazy.map { context.measures[Int($0)] }.last {
                $0.table == nil && $0.start < rate.start && context.words(of: $0, containWord: baseWord)
            }
        }
        // The total's own share (合计 × 比例, 100%) shows nothing: any base gives it.
        guard let base, base.id != count.id, !base.value.isZero, count.value <= base.value else { return false }
        let value = try count.value.multiplied(by: claim.unitScale).divided(by: base.value)
        let rules = try claim.rules(for: Interval(exactly: value))
        let holds = claim.interval.contains(value) || rules.values.contains(true)
        row.check = .share
        row.verdict = holds ? .reproduced : .mismatch
        row.computed = value
        row.rules = rules
        var texts = TableShareTexts(
            place: TablePlace(paths: [rowPath, colPath], separator: " × "), countPath: paths[countLine] ?? [],
            count: count, base: base, rate: rate, claim: ClaimWriting(claim), value: value, rules: rules, needed: nil)
        row.texts = .whenRead(texts)
        if !holds {
            // Worked out now, for it may fail: the row then keeps the texts above and says so.
            texts.needed = try Audit.neededCounts(claim: claim, base: base)
            row.texts = .whenRead(texts)
        }
        return true
    }

    private static func names(_ label: String?) -> Bool {
        guard let label else { return false }
        return shareWords.contains(where: label.containsWord)
    }

    private static func exactCount(_ figure: Measure?) -> Measure? {
        guard let figure, figure.kind == .count, figure.lower == figure.value, figure.upper == figure.value,
            figure.value.isInteger, !figure.value.isNegative
        else { return nil }
        return figure
    }

    /// The base a label names between 占 and 比例/比重 (`占新受理数比例` → 新受理, `占全区受理比重` → 全区受理).
    static func namedBase(_ label: String) -> String? {
        guard let at = label.firstIndex(of: "占") else { return nil }
        let after = label[label.index(after: at)...]
        guard let end = shareWords.compactMap({ after.firstRange(of: $0)?.lowerBound }).min() else { return nil }
        var word = String(after[..<end])
        while let last = word.last, last == "数" || last == "的" || last == "总" { word.removeLast() }
        return word.unicodeScalars.count >= 2 ? word : nil
    }

    /// Whether two words share two characters in a row (全区受理 and 受理纠纷 share 受理).
    private static func shares(word: String, with label: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return (0..<max(0, scalars.count - 1)).contains { index in
            label.containsWord(String(String.UnicodeScalarView(scalars[index...(index + 1)])))
        }
    }
}

/// The texts of a share's row: the table's count over its base, against the share it states.
struct TableShareTexts: AuditRowTexts {
    var place: TablePlace
    /// The labels of the count's line, which name it.
    var countPath: [String]
    var count: Measure
    var base: Measure
    var rate: Measure
    var claim: ClaimWriting
    var value: Rational
    var rules: [RoundingRule: Bool]
    /// The counts over the base that would give the share, when the table's do not.
    var needed: NeededCounts?

    var formula: String? { "\(count.id) / \(base.id)" }
    var numerators: [String] { [count.id] }
    var denominator: String? { base.id }
    var arithmetic: String? { "\(count.value)/\(base.value)" }

    var explanation: String {
        let countName = TableFigures.shortName(countPath)
        var text = "\(place.text): \(countName) \(count.raw) over \(base.raw) (\(base.subject)) = \(claim.show(value))"
        if let needed {
            text += ", not \(rate.raw); it would take \(needed.text)"
        } else {
            text += ", as stated"
            if let restriction = RoundingRule.restriction(rules) { text += "; " + restriction }
        }
        return text
    }
}
