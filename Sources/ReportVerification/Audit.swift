import ReportModel

/// `audit`: for every rate in a report, find the stated counts that give it, or say why none do.
///
/// The order of the search is the order of belief: counts that reproduce the rate, nearest and
/// best named first; a base the text ties the rate to that only an unstated count explains; the
/// smallest base that could give it at all. See docs/verification.md.
public enum Audit {
    /// One row per measure of kind percent, points or tenths, in reading order, then one row per
    /// funnel-order violation, then the tables' totals, identities and repeats, report by report.
    public static func run(reports: [Report]) -> [AuditRow] {
        reports.flatMap { report in rows(in: AuditContext(report: report)) }
    }

    /// One report's rows, and when `readingIndicators` the indicators it states
    /// (``IndicatorReading/init(report:)``), which read the figures of its tables the audit has read.
    public static func run(report: Report, readingIndicators: Bool) -> (rows: [AuditRow], indicators: IndicatorReading?) {
        let context = AuditContext(report: report)
        return (rows(in: context), readingIndicators ? IndicatorReading(report: report, tables: context.tables) : nil)
    }

    private static func rows(in context: AuditContext) -> [AuditRow] {
        let neighbours = AuditNeighbours(context: context)
        // A discount (八折) is a price rule, not a share of anything counted.
        let rates = context.report.measures.filter { [.percent, .points, .tenths].contains($0.kind) && $0.unit != "折" }
        return rates.map { audit($0, in: neighbours) } + FunnelOrder.violations(in: context)
            + TableArithmetic.rows(in: context)
    }

    static func audit(_ rate: Measure, in neighbours: AuditNeighbours) -> AuditRow {
        let claim = StatedClaim(measure: rate)
        var row = AuditRow(
            report: rate.report, claim: rate.id, raw: rate.raw, subject: rate.subject,
            section: rate.section, sentence: rate.sentence, verdict: .unverifiable,
            formula: nil, numerators: [], denominator: nil, arithmetic: nil, computed: nil,
            rules: [:], explanation: "")
        do {
            // A 比例/占比 cell is decided by its table when the table gives its count and base.
            if rate.table != nil, !claim.isBound,
                try TableShare.decide(&row, rate: rate, claim: claim, context: neighbours.context)
            {
                return row
            }
            try decide(&row, rate: rate, claim: claim, neighbours: neighbours)
        } catch {
            row.verdict = .unverifiable
            row.explanation = "cannot compute: \(error)"
        }
        return row
    }

    private static func decide(
        _ row: inout AuditRow, rate: Measure, claim: StatedClaim,
        neighbours: AuditNeighbours
    ) throws(ArithmeticError) {
        let context = neighbours.context
        if claim.isBound {
            row.verdict = .bound
            let side =
                claim.interval.lower.map { "at least \(claim.show($0))" }
                ?? claim.interval.upper.map { "at most \(claim.show($0))" } ?? "anything"
            row.explanation = "\(rate.raw) only says the value is \(side): it bounds the rate, it does not state it"
            return
        }
        let family = RateFamily.of(rateSubject: rate.subject + context.words(of: rate))
        let search = AuditCandidateSearch(neighbours: neighbours, rate: rate, claim: claim, family: family)
        let candidates = Self.sorted(try search.candidates(), by: \.rank, <)
        let tiedBases = family.map { basesTied(to: rate, family: $0, neighbours: neighbours) } ?? []
        if let family,
            try judgeByTiedBases(
                &row, tiedBases, family: family, rate: rate, claim: claim,
                candidates: candidates, context: context)
        {
            return
        }
        if let match = candidates.first(where: \.holds) {
            return fill(&row, .reproduced, match, claim: claim, because: match.scope.name)
        }
        let rowCounts = candidates.filter { $0.numerators.allSatisfy { count in context.inSameSentence(count, rate) } }
        if let cell = rowCounts.first(where: \.isTableCell) {
            let needed = try countsText(claim: claim, base: cell.base)
            let count = cell.numerators.first?.raw ?? "count"
            return fill(
                &row, .mismatch, cell, claim: claim,
                because: "the row's \(count) over the total \(cell.base.raw) gives \(cell.arithmetic) = "
                    + "\(claim.show(cell.value)); \(rate.raw) would take \(needed)")
        }
        if try implied(&row, rate: rate, claim: claim, tiedBases: tiedBases, family: family, neighbours: neighbours) {
            return
        }
        try unverifiable(&row, rate: rate, claim: claim, neighbours: neighbours)
    }

    /// The counts in the sentence named as the rate's base (审结, 办结 for 纠错率), nearest first; with
    /// none there and a sentence starting 其中, which goes on from the one before (审结182件。其中，…
    /// 调解和解率12.7%), the nearest before it in the paragraph. A count named as the numerator too
    /// (以调解方式结案25件) is a part, not the base.
    private static func basesTied(to rate: Measure, family: RateFamily, neighbours: AuditNeighbours) -> [Measure] {
        let context = neighbours.context
        // Only counts of the rate's paragraph are in its sentence or paragraph.
        let named = neighbours.countsInParagraph(of: rate).filter { count in
            context.namesBase(count, of: family) && !context.namesNumerator(count, of: family)
        }
        let inSentence = named.filter { context.scope(of: $0, around: rate) == .sentence }
        if !inSentence.isEmpty { return inSentence.sorted { abs($0.start - rate.start) < abs($1.start - rate.start) } }
        guard rate.sentence.hasPrefix("其中") else { return [] }
        let before = named.filter { context.scope(of: $0, around: rate) == .paragraph && $0.end <= rate.start }
        return before.max { $0.start < $1.start }.map { [$0] } ?? []
    }

    /// Verdicts decided by the counts the sentence names as the rate's base: reproduced over one of
    /// them, or a mismatch when only another base, or none, gives the rate with named counts.
    private static func judgeByTiedBases(
        _ row: inout AuditRow, _ tiedBases: [Measure], family: RateFamily,
        rate: Measure, claim: StatedClaim, candidates: [AuditCandidate],
        context: AuditContext
    ) throws(ArithmeticError) -> Bool {
        guard let tiedBase = tiedBases.first else { return false }
        let reproducing = candidates.filter(\.holds)
        // Ids compared by their numbers: making them for every candidate cost more than judging.
        if let match = reproducing.first(where: { candidate in tiedBases.contains { $0.hasSameID(as: candidate.base) } }) {
            fill(
                &row, .reproduced, match, claim: claim,
                because: "\(match.scope.name); over the base the rate is named after")
            return true
        }
        // Counts and base both named as the rate expects, in the paragraph: the base the text meant.
        if let named = reproducing.first(where: { $0.affinity == 2 && $0.scope <= .paragraph }) {
            fill(
                &row, .reproduced, named, claim: claim,
                because: "\(named.scope.name); counts and base named as the rate expects")
            return true
        }
        let namedNumerators = { (candidate: AuditCandidate) in
            candidate.numerators.allSatisfy { context.namesNumerator($0, of: family) }
        }
        // The other base must be a total, not one more part (责令履行 / 撤销 is no 纠错率).
        let otherBase = reproducing.first {
            $0.scope == .sentence && $0.form != .growth && namedNumerators($0)
                && !context.namesNumerator($0.base, of: family)
        }
        if let other = otherBase {
            let needed = try countsText(claim: claim, base: tiedBase)
            fill(
                &row, .mismatch, other, claim: claim,
                because: "the rate is named after \(tiedBase.raw) (\(tiedBase.id)), over which it "
                    + "would take \(needed); only \(other.formula) = \(other.arithmetic) gives \(rate.raw)")
            return true
        }
        // Of the named counts over the tied base, the formula nearest the rate is the one its author
        // meant ((予以公开 + 部分公开) / 办结 for a 公开率, not 予以公开 / 办结 alone).
        let tiedCounts = candidates.filter {
            $0.base.hasSameID(as: tiedBase) && [.share, .sum].contains($0.form) && $0.affinity == 2
        }
        let distance = { (candidate: AuditCandidate) in
            (try? candidate.value.subtracting(rate.value)).map { $0.isNegative ? $0.negated() : $0 }
        }
        let nearest = tiedCounts.min { lhs, rhs in
            guard let left = distance(lhs) else { return false }
            guard let right = distance(rhs) else { return true }
            return left < right
        }
        if let tied = nearest {
            let needed = try countsText(claim: claim, base: tiedBase)
            fill(
                &row, .mismatch, tied, claim: claim,
                because: "\(tied.formula) = \(tied.arithmetic) = \(claim.show(tied.value)) is not "
                    + "\(rate.raw); over \(tiedBase.raw) it would take \(needed)")
            return true
        }
        return false
    }

    private static func fill(
        _ row: inout AuditRow, _ verdict: AuditVerdict, _ candidate: AuditCandidate,
        claim: StatedClaim, because reason: String
    ) {
        row.verdict = verdict
        row.formula = candidate.formula
        row.numerators = candidate.numerators.map(\.id)
        row.denominator = candidate.base.id
        row.arithmetic = candidate.arithmetic
        row.computed = candidate.value
        row.rules = candidate.rules
        var text = "\(claim.text) ← \(candidate.arithmetic) = \(claim.show(candidate.value)) (\(reason))"
        if let spread = candidate.spread, let low = spread.lower, let high = spread.upper {
            let what = candidate.form == .growth ? "change" : "share"
            text += "; the figures are rounded, so the \(what) lies in [\(claim.show(low)), \(claim.show(high))]"
        }
        if verdict == .mismatch { text = "\(claim.text): \(reason)" }
        if let restriction = RoundingRule.restriction(candidate.rules) { text += "; " + restriction }
        row.explanation = text
    }

    /// A stated base in the rate's sentence whose count would be whole: 73.9% ← 17/23.
    private static func implied(
        _ row: inout AuditRow, rate: Measure, claim: StatedClaim, tiedBases: [Measure],
        family: RateFamily?, neighbours: AuditNeighbours
    ) throws(ArithmeticError) -> Bool {
        let context = neighbours.context
        // A change is over last year's figure and last year's rate over last year's counts: neither
        // is a share of a count stated for this year (同比增长12.4% of 3,862条 is no 479/3862).
        guard claim.isRounded, !context.statesChange(rate), !context.statesLastYear(rate) else { return false }
        let limit = try Solve.everyValuePossible(for: claim)
        // The tied base first, then bases named as the rate expects, then the nearest.
        func rank(_ base: Measure) -> (Int, Int) {
            let named = family.map { context.namesBase(base, of: $0) } == true
            let tied = tiedBases.contains { $0.hasSameID(as: base) }
            return ((tied ? 0 : 2) + (named ? 0 : 1), abs(base.start - rate.start))
        }
        let bases = Self.sorted(
            neighbours.countsInParagraph(of: rate).filter { context.scope(of: $0, around: rate) == .sentence }, by: rank, <)
        for base in bases where base.value.isInteger && base.value.numerator > 0 && base.value.numerator < limit {
            let total = base.value.numerator
            // k = 0 or k = N fit 0% and 100% over any base, so they show nothing.
            let rows = try Solve.candidates(for: claim, base: total).filter { $0.count > 0 && $0.count < total }
            guard let match = rows.first else { continue }
            row.verdict = .implied
            row.formula = "\(match.count) / \(base.id)"
            row.denominator = base.id
            row.arithmetic = "\(match.count)/\(total)"
            row.computed = match.value
            row.rules = match.rules
            var text =
                "\(claim.text) ← \(match.text), over \(base.raw) (\(base.id)); "
                + "the count \(match.count) is not stated"
            if rows.count > 1 { text += "; " + rows.dropFirst().map(\.text).joined(separator: ", ") + " also fit" }
            if let restriction = RoundingRule.restriction(match.rules) { text += "; " + restriction }
            row.explanation = text
            return true
        }
        return false
    }

    private static func unverifiable(
        _ row: inout AuditRow, rate: Measure, claim: StatedClaim,
        neighbours: AuditNeighbours
    ) throws(ArithmeticError) {
        row.verdict = .unverifiable
        guard claim.isRounded else {
            row.explanation = "no stated counts give \(rate.raw), which allows \(intervalText(claim))"
            return
        }
        var text = "no stated counts give \(rate.raw)"
        if rate.kind == .points {
            row.explanation = text + "; it is a difference of percentages, and no two in its sentence give it"
            return
        }
        if claim.interval.contains(claim.unitScale) {
            // 报备率100% right after 22件: presumably 22/22, which the figure cannot confirm.
            let justBefore = neighbours.countsInSentence(of: rate).last { count in
                neighbours.context.inSameSentence(count, rate) && count.end <= rate.start && rate.start - count.end <= 12
            }
            text +=
                justBefore.map { "; presumably all of \($0.raw) (\($0.id)), but any base gives 100%" }
                ?? "; any base gives 100% with all of its count"
        } else if let first = try Solve.rowsOfSmallestBase(for: claim).first {
            row.formula = "\(first.count) / \(first.base)"
            row.arithmetic = "\(first.count)/\(first.base)"
            row.computed = first.value
            row.rules = first.rules
            text += "; the smallest base that can is \(first.text)"
        }
        if claim.value == claim.unitScale, claim.decimals == 0 {
            text += "; 100% is written for anything from 99.5% by rounding"
        }
        row.explanation = text
    }

    /// `items` in the order of their keys, equal keys in the order given, each key worked out once:
    /// sorting the items themselves asked for a key twice a comparison and moved the items.
    private static func sorted<Item, Key>(
        _ items: [Item], by key: (Item) -> Key, _ isBefore: (Key, Key) -> Bool
    ) -> [Item] {
        let keys = items.map(key)
        return items.indices.sorted { isBefore(keys[$0], keys[$1]) }.map { items[$0] }
    }

    static func countsText(claim: StatedClaim, base: Measure) throws(ArithmeticError) -> String {
        guard base.value.isInteger, base.value.numerator > 0 else { return "no whole count" }
        let rows = try Solve.candidates(for: claim, base: base.value.numerator)
        return rows.isEmpty ? "no whole count" : rows.map(\.text).joined(separator: " or ")
    }

    private static func intervalText(_ claim: StatedClaim) -> String {
        let lower = claim.interval.lower.map { claim.show($0) } ?? "−∞"
        let upper = claim.interval.upper.map { claim.show($0) } ?? "∞"
        return "[\(lower), \(upper)]"
    }
}
