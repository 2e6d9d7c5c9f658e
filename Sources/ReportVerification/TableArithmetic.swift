import ReportModel

/// The arithmetic a report's tables state about themselves: a 总计/合计/小计 cell is the sum of its
/// row's or column's parts (`total`), the columns of a 政府信息公开 application table keep the
/// identity the table states or its national template implies, 一 + 二 = 三（七）+ 四 (`identity`),
/// and a count stated in prose says what the table's cell says (`repeat`). See docs/verification.md.
///
/// Figures stated to a rounding (356.8万元) are compared by their intervals: a sum holds when the
/// intervals of its two sides meet, so a rounded table never gives a false mismatch.
enum TableArithmetic {
    static func rows(in context: AuditContext) -> [AuditRow] {
        context.report.tables.flatMap { table -> [AuditRow] in
            guard let figures = context.tables[table.id] else { return [] }
            let shared = SharedTable(figures, measures: context.measures)
            return totalRows(figures, shared: shared) + totalColumns(figures, shared: shared)
                + identities(figures, shared: shared) + repeats(figures, context: context)
                + reviewRepeats(figures, context: context)
        }
    }

    // MARK: total

    /// Each total row (（七）总计) against the rows it sums, column by column.
    private static func totalRows(_ figures: TableFigures, shared: SharedTable) -> [AuditRow] {
        // The columns that add up are the same for every total row: found once, when one has parts.
        var additiveCols: [Int]?
        return figures.dataRows.flatMap { total -> [AuditRow] in
            guard let parts = parts(of: total, among: figures.dataRows, paths: figures.rowPaths) else { return [] }
            let cols = additiveCols ?? figures.dataCols.filter { isAdditive(figures.colPaths[$0]) }
            additiveCols = cols
            let path = figures.rowPaths[total] ?? []
            // The parts' names are the same in every column: made once, when a column first has a
            // figure in each of its cells (most have none to check).
            var names: [String]?
            return cols.compactMap { col in
                guard let stated = figures.figure(row: total, col: col),
                    let cells = Self.figures(in: parts, of: figures, at: { (row: $0, col: col) })
                else { return nil }
                let partNames = names ?? parts.map { TableFigures.shortName(figures.rowPaths[$0] ?? [], below: path.dropLast()) }
                names = partNames
                return sumRow(stated: stated, parts: cells) { sum, holds in
                    TableSumTexts(
                        table: shared, total: sum, partLines: parts, names: partNames, totalLine: Int32(total),
                        across: Int32(col), isTotalRow: true, holds: holds)
                }
            }
        }
    }

    /// Each total column (总计, 行政复议 › 总计) against the columns it sums, row by row.
    private static func totalColumns(_ figures: TableFigures, shared: SharedTable) -> [AuditRow] {
        var additiveRows: [Int]?
        return figures.dataCols.flatMap { total -> [AuditRow] in
            guard let parts = parts(of: total, among: figures.dataCols, paths: figures.colPaths) else { return [] }
            let rows = additiveRows ?? figures.dataRows.filter { isAdditive(figures.rowPaths[$0]) }
            additiveRows = rows
            let path = figures.colPaths[total] ?? []
            var names: [String]?
            return rows.compactMap { row in
                guard let stated = figures.figure(row: row, col: total),
                    let cells = Self.figures(in: parts, of: figures, at: { (row: row, col: $0) })
                else { return nil }
                let partNames = names ?? parts.map { TableFigures.shortName(figures.colPaths[$0] ?? [], below: path.dropLast()) }
                names = partNames
                return sumRow(stated: stated, parts: cells) { sum, holds in
                    TableSumTexts(
                        table: shared, total: sum, partLines: parts, names: partNames, totalLine: Int32(total),
                        across: Int32(row), isTotalRow: false, holds: holds)
                }
            }
        }
    }

    /// The figure of each line's cell (`cell` gives its row and column), or nil when a cell has none.
    private static func figures(
        in lines: [Int], of figures: TableFigures, at cell: (Int) -> (row: Int, col: Int)
    ) -> [Measure]? {
        var found: [Measure] = []
        found.reserveCapacity(lines.count)
        for line in lines {
            let (row, col) = cell(line)
            guard let figure = figures.figure(row: row, col: col) else { return nil }
            found.append(figure)
        }
        return found
    }

    /// The lines (rows or columns) a total at `total` sums: those under the same label as it, not
    /// totals themselves, not labels of lines below them, not a part of the line before (其中：拘留
    /// under 治安, 含…), between it and the last total of its kind before it (or, when it leads its
    /// lines, those after it up to the next). Nil when fewer than two.
    static func parts(of total: Int, among lines: [Int], paths: [Int: [String]]) -> [Int]? {
        guard let path = paths[total], let kind = TableFigures.totalKind(path.last) else { return nil }
        let parent = Array(path.dropLast())
        let isUnder = { (line: Int) -> Bool in
            guard line != total, let own = paths[line], own.count > parent.count else { return false }
            return own.prefix(parent.count).elementsEqual(parent)
        }
        let under = lines.filter(isUnder)
        // A line labels a group when another's path goes on below its own. Looked for line by
        // line: a set of every path's every prefix cost more to hash than the few compares.
        let underPaths = under.map { paths[$0] ?? [] }
        let labelsGroup = { (own: [String]) in
            underPaths.contains { other in other.count > own.count && other.prefix(own.count).elementsEqual(own) }
        }
        let leaves = under.filter { line in
            let own = paths[line] ?? []
            guard TableFigures.totalKind(own.last) == nil, !labelsGroup(own) else { return false }
            // Trimmed once for the four words, not once a word; compared as UTF-8 bytes, which for
            // these plain CJK words finds what `hasPrefix` does at a third of the cost.
            let label = (own.last ?? "").trimmingSpaces.utf8
            return !partWords.contains { label.starts(with: $0.utf8) }
        }
        let sameKind = under.filter { (paths[$0] ?? []).count == path.count && TableFigures.totalKind(paths[$0]?.last) == kind }
        let previous = sameKind.filter { $0 < total }.max() ?? Int.min
        let before = leaves.filter { $0 > previous && $0 < total }
        if before.count >= 2 { return before }
        let next = sameKind.filter { $0 > total }.min() ?? Int.max
        let after = leaves.filter { $0 > total && $0 < next }
        return after.count >= 2 ? after : nil
    }

    /// A line whose label says its cells are averages or ranks: its total cell is no sum.
    private static func isAdditive(_ path: [String]?) -> Bool {
        !(path ?? []).contains { label in ["平均", "人均", "均值", "排名", "名次"].contains(where: label.containsWord) }
    }

    /// Labels that make a line a part of the line before it rather than of the total.
    private static let partWords = ["其中", "含", "包括", "内含"]

    // MARK: identity

    /// 一 + 二 = 三（七）+ 四 in every column: as the table states it (本列数据的勾稽关系为：第一项加第二项
    /// 之和，等于第三项加第四项之和), or as the national template's application table implies it.
    private static func identities(_ figures: TableFigures, shared: SharedTable) -> [AuditRow] {
        let stated = TableIdentity.stated(in: figures.table)
        guard let identity = stated ?? figures.templateIdentity else { return [] }
        let markers = TableIdentity.markers(of: figures)
        let left = identity.left.compactMap { TableIdentity.row(numbered: $0, in: figures, markers: markers) }
        let right = identity.right.compactMap { TableIdentity.row(numbered: $0, in: figures, markers: markers) }
        guard left.count == identity.left.count, right.count == identity.right.count, !left.isEmpty, !right.isEmpty
        else { return [] }
        let source = stated == nil ? "the national template's identity" : "the table states: " + identity.text
        // The rows' names are the same in every column.
        let name = { (row: Int) in TableFigures.shortName(figures.rowPaths[row] ?? []) }
        let leftNames = left.map(name), rightNames = right.map(name)
        return figures.dataCols.compactMap { col -> AuditRow? in
            let figure = { (row: Int) in figures.figure(row: row, col: col) }
            return identityRow(left: left.map(figure), right: right.map(figure)) { leftSum, rightSum, holds in
                TableIdentityTexts(
                    table: shared, col: col, holds: holds, leftRows: left, rightRows: right, leftNames: leftNames,
                    rightNames: rightNames, source: source, leftSum: leftSum, rightSum: rightSum)
            }
        }
    }

    // MARK: repeat

    /// Counts stated in prose that the template's application table states too (收到…申请94件 and
    /// 一、本年新收 × 总计): the two must agree.
    private static func repeats(_ figures: TableFigures, context: AuditContext) -> [AuditRow] {
        guard figures.templateIdentity != nil,
            let totalColumn = figures.dataCols.first(where: {
                let path = figures.colPaths[$0] ?? []
                return TableFigures.totalKind(path.last) != nil && path.count <= 2
            })
        else { return [] }
        let prose = proseCounts(in: context) { sentence in
            sentence.containsWord("申请") && !["复议", "诉讼", "提案", "建议", "信访"].contains(where: sentence.containsWord)
        }
        return prose.compactMap { count -> AuditRow? in
            guard let item = ApplicationItem.named(context.words(of: count)),
                let row = item.row(in: figures),
                let cell = figures.figure(row: row, col: totalColumn)
            else { return nil }
            let place = TablePlace(paths: [figures.rowPaths[row] ?? [], figures.colPaths[totalColumn] ?? []], separator: " × ")
            return repeatRow(prose: count, cells: [cell], place: place)
        }
    }

    /// Counts of reviews and suits over 政府信息公开 stated in prose (被申请行政复议3件、提起行政诉讼2件)
    /// against the review table's 总计: 行政复议's, and the sum of 行政诉讼's (未经复议直接起诉 and 复议后起诉).
    private static func reviewRepeats(_ figures: TableFigures, context: AuditContext) -> [AuditRow] {
        guard figures.dataRows.count == 1, let row = figures.dataRows.first else { return [] }
        let totals = { (top: String) in
            figures.dataCols.filter { col in
                let path = figures.colPaths[col] ?? []
                return path.first == top && path.count >= 2 && TableFigures.totalKind(path.last) == "合计"
            }
        }
        let review = totals("行政复议"), suit = totals("行政诉讼")
        guard review.count == 1, !suit.isEmpty else { return [] }
        let prose = proseCounts(in: context) { $0.containsWord("政府信息公开") }
        return prose.compactMap { count -> AuditRow? in
            let words = context.words(of: count)
            let isReview = words.containsWord("复议") && !words.containsWord("诉讼")
            let isSuit = words.containsWord("诉讼") && !words.containsWord("复议")
            guard isReview || isSuit else { return nil }
            let cells = (isReview ? review : suit).compactMap { figures.figure(row: row, col: $0) }
            guard cells.count == (isReview ? review : suit).count else { return nil }
            let place = TablePlace(paths: (isReview ? review : suit).map { figures.colPaths[$0] ?? [] }, separator: " + ")
            return repeatRow(prose: count, cells: cells, place: place)
        }
    }

    /// The report's own counts in prose whose sentence `reads` takes. A sentence is made at every
    /// read, so one that reads alike (``AuditContext/sentenceKey(of:)``) is read once for all its counts.
    private static func proseCounts(in context: AuditContext, whoseSentence reads: (String) -> Bool) -> [Measure] {
        var answers: [Int: Bool] = [:]
        return context.countIndices.map { context.measures[Int($0)] }.filter { count in
            guard count.table == nil, count.report == context.report.id else { return false }
            guard context.wordsAreEachMeasures, let sentence = context.sentenceKey(of: count) else {
                return reads(count.sentence)
            }
            if let known = answers[sentence] { return known }
            let answer = reads(count.sentence)
            answers[sentence] = answer
            return answer
        }
    }

    // MARK: rows

    /// Whether the sums of two sides can be equal, each figure standing for its interval.
    private static func sidesMeet(_ left: [Measure], _ right: [Measure]) throws(ArithmeticError) -> Bool? {
        func bounds(_ side: [Measure]) throws(ArithmeticError) -> (Rational, Rational)? {
            var low = Rational.zero, high = Rational.zero
            for figure in side {
                guard let lower = figure.lower, let upper = figure.upper else { return nil }
                low = try low.adding(lower)
                high = try high.adding(upper)
            }
            return (low, high)
        }
        guard let (leftLow, leftHigh) = try bounds(left), let (rightLow, rightHigh) = try bounds(right) else { return nil }
        return !(leftHigh < rightLow) && !(rightHigh < leftLow)
    }

    private static func sum(_ figures: [Measure]) throws(ArithmeticError) -> Rational {
        var total = Rational.zero
        for figure in figures { total = try total.adding(figure.value) }
        return total
    }

    /// Figures that can be added: all counts or all amounts, in one unit. A bare cell has the unit
    /// only its header gives (一、本年新收…申请数量 → 件, 三、本年度办理结果 none): no unit is any.
    private static func addable(_ figures: [Measure]) -> Bool {
        guard let first = figures.first, [.count, .amount].contains(first.kind) else { return false }
        guard figures.allSatisfy({ $0.kind == first.kind }) else { return false }
        // Every unit given is the first given: what a set of them holding at most one says, unhashed.
        var given: String?
        for figure in figures {
            let unit = figure.unit
            guard !unit.isEmpty else { continue }
            if let given, given != unit { return false }
            given = unit
        }
        return true
    }

    static func show(_ value: Rational, like figure: Measure) -> String {
        figure.kind == .amount ? "\(value)\(figure.unit)" : "\(value)"
    }

    /// A total's row, its texts made by `texts` from the parts' sum and whether it holds.
    private static func sumRow(
        stated: Measure, parts: [Measure], texts: (Rational, Bool) -> TableSumTexts
    ) -> AuditRow? {
        guard addable(parts + [stated]) else { return nil }
        do {
            guard let holds = try sidesMeet(parts, [stated]) else { return nil }
            let total = try sum(parts)
            return tableRow(stated, holds: holds, check: .total, computed: total, texts: texts(total, holds))
        } catch {
            return nil
        }
    }

    /// An identity's row from each side's figures in one column (nil where a cell has none), its
    /// texts made by `texts` from the sides' sums and whether they meet.
    private static func identityRow(
        left: [Measure?], right: [Measure?], texts: (Rational, Rational, Bool) -> TableIdentityTexts
    ) -> AuditRow? {
        let leftFigures = left.compactMap { $0 }, rightFigures = right.compactMap { $0 }
        guard leftFigures.count == left.count, rightFigures.count == right.count,
            let claim = rightFigures.first, addable(leftFigures + rightFigures)
        else { return nil }
        do {
            guard let holds = try sidesMeet(leftFigures, rightFigures) else { return nil }
            let leftSum = try sum(leftFigures), rightSum = try sum(rightFigures)
            return tableRow(
                claim, holds: holds, check: .identity, computed: leftSum, texts: texts(leftSum, rightSum, holds))
        } catch {
            return nil
        }
    }

    private static func repeatRow(prose: Measure, cells: [Measure], place: TablePlace) -> AuditRow? {
        guard cells.allSatisfy({ $0.kind == prose.kind }) else { return nil }
        do {
            guard let holds = try sidesMeet([prose], cells) else { return nil }
            let stated = try sum(cells)
            let texts = TableRepeatTexts(prose: prose, cells: cells, place: place, stated: stated, holds: holds)
            return tableRow(prose, holds: holds, check: .repeat, computed: stated, texts: texts)
        } catch {
            return nil
        }
    }

    private static func tableRow(
        _ claim: Measure, holds: Bool, check: AuditCheck, computed: Rational, texts: any AuditRowTexts
    ) -> AuditRow {
        AuditRow(
            measure: claim, verdict: holds ? .reproduced : .mismatch, computed: computed, check: check,
            texts: .whenRead(texts))
    }
}
