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
        var rows: [AuditRow] = []
        // A discount (八折) is a price rule, not a share of anything counted.
        for (index, rate) in context.report.measures.enumerated()
        where [.percent, .points, .tenths].contains(rate.kind) && rate.unit != "折" {
            rows.append(audit(Int32(index), rate, in: neighbours))
        }
        return rows + FunnelOrder.violations(in: context) + TableArithmetic.rows(in: context)
    }

    /// The row of the rate at `index` in the report's measures.
    private static func audit(_ index: Int32, _ rate: Measure, in neighbours: AuditNeighbours) -> AuditRow {
        let claim = StatedClaim(measure: rate)
        var row = AuditRow(measure: rate, verdict: .unverifiable, texts: .written(WrittenAuditRowTexts()))
        do {
            // A 比例/占比 cell is decided by its table when the table gives its count and base.
            if rate.table != nil, !claim.isBound,
                try TableShare.decide(&row, rate: rate, claim: claim, context: neighbours.context)
            {
                return row
            }
            try decide(&row, rate: RateAudited(index: index, measure: rate), claim: claim, neighbours: neighbours)
        } catch {
            row.verdict = .unverifiable
            row.explanation = "cannot compute: \(error)"
        }
        return row
    }

    /// A rate and its index in the report's measures.
    private struct RateAudited {
        var index: Int32
        var measure: Measure
    }

    private static func decide(
        _ row: inout AuditRow, rate audited: RateAudited, claim: StatedClaim,
        neighbours: AuditNeighbours
    ) throws(ArithmeticError) {
        let context = neighbours.context, measures = context.measures
        let rate = audited.measure
        if claim.isBound {
            row.verdict = .bound
            let side =
                claim.interval.lower.map { "at least \(claim.show($0))" }
                ?? claim.interval.upper.map { "at most \(claim.show($0))" } ?? "anything"
            row.explanation = "\(rate.raw) only says the value is \(side): it bounds the rate, it does not state it"
            return
        }
        let family = RateFamily.of(rateSubject: rate.subject + context.words(of: rate))
        let search = AuditCandidateSearch(
            neighbours: neighbours, rateIndex: audited.index, rate: rate, claim: claim, family: family)
        let candidates = Self.sorted(try search.candidates(), by: \.rank, <)
        let tiedBases = family.map { basesTied(to: audited, family: $0, neighbours: neighbours) } ?? []
        if let family,
            try judgeByTiedBases(
                &row, tiedBases, family: family, rate: rate, claim: claim,
                candidates: candidates, context: context)
        {
            return
        }
        if let match = candidates.first(where: \.holds) {
            return fill(&row, .reproduced, match, claim: claim, measures: measures, because: match.scope.name)
        }
        let rowCounts = candidates.filter { $0.numerators.allSatisfy { count in context.inSameSentence(count, audited.index) } }
        if let cell = rowCounts.first(where: \.isTableCell) {
            let needed = try neededCounts(claim: claim, base: measures[Int(cell.base)])
            // What the reason reads of the claim: the whole claim is some four hundred bytes.
            let writing = ClaimWriting(claim)
            return fill(
                &row, .mismatch, cell, claim: claim, measures: measures,
                because: "the row's \(cell.numerators.first.map { measures[Int($0)].raw } ?? "count") over the total "
                    + "\(measures[Int(cell.base)].raw) gives \(cell.arithmetic(of: measures)) = \(writing.show(cell.value)); "
                    + "\(rate.raw) would take \(needed.text)")
        }
        if try implied(&row, rate: audited, claim: claim, tiedBases: tiedBases, family: family, neighbours: neighbours) {
            return
        }
        try unverifiable(&row, rate: audited, claim: claim, neighbours: neighbours)
    }

    /// The counts in the sentence named as the rate's base (审结, 办结 for 纠错率), nearest first; with
    /// none there and a sentence starting 其中, which goes on from the one before (审结182件。其中，…
    /// 调解和解率12.7%), the nearest before it in the paragraph. A count named as the numerator too
    /// (以调解方式结案25件) is a part, not the base.
    private static func basesTied(to rate: RateAudited, family: RateFamily, neighbours: AuditNeighbours) -> [Int32] {
        let context = neighbours.context, measures = context.measures
        // Only counts of the rate's paragraph are in its sentence or paragraph.
        let named = neighbours.countsInParagraph(of: rate.index).filter { count in
            context.namesBase(count, of: family) && !context.namesNumerator(count, of: family)
        }
        let rateStart = rate.measure.start
        let inSentence = named.filter { context.scope(of: $0, around: rate.index) == .sentence }
        if !inSentence.isEmpty {
            return Self.sorted(inSentence, by: { abs(measures[Int($0)].start - rateStart) }, <)
        }
        guard rate.measure.sentence.hasPrefix("其中") else { return [] }
        let before = named.filter {
            context.scope(of: $0, around: rate.index) == .paragraph && measures[Int($0)].end <= rateStart
        }
        return before.max { measures[Int($0)].start < measures[Int($1)].start }.map { [$0] } ?? []
    }

    /// Verdicts decided by the counts the sentence names as the rate's base: reproduced over one of
    /// them, or a mismatch when only another base, or none, gives the rate with named counts.
    private static func judgeByTiedBases(
        _ row: inout AuditRow, _ tiedBases: [Int32], family: RateFamily,
        rate: Measure, claim: StatedClaim, candidates: [AuditCandidate],
        context: AuditContext
    ) throws(ArithmeticError) -> Bool {
        guard let tiedBaseIndex = tiedBases.first else { return false }
        let measures = context.measures, tiedBase = measures[Int(tiedBaseIndex)]
        let reproducing = candidates.filter(\.holds)
        if let match = reproducing.first(where: { candidate in tiedBases.contains { context.sameID($0, candidate.base) } }) {
            fill(
                &row, .reproduced, match, claim: claim, measures: measures,
                because: "\(match.scope.name); over the base the rate is named after")
            return true
        }
        // Counts and base both named as the rate expects, in the paragraph: the base the text meant.
        if let named = reproducing.first(where: { $0.affinity == 2 && $0.scope <= .paragraph }) {
            fill(
                &row, .reproduced, named, claim: claim, measures: measures,
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
            let needed = try neededCounts(claim: claim, base: tiedBase)
            fill(
                &row, .mismatch, other, claim: claim, measures: measures,
                because: "the rate is named after \(tiedBase.raw) (\(tiedBase.id)), over which it "
                    + "would take \(needed.text); only \(other.formula(of: measures)) = \(other.arithmetic(of: measures)) "
                    + "gives \(rate.raw)")
            return true
        }
        // Of the named counts over the tied base, the formula nearest the rate is the one its author
        // meant ((予以公开 + 部分公开) / 办结 for a 公开率, not 予以公开 / 办结 alone).
        let tiedCounts = candidates.filter {
            context.sameID($0.base, tiedBaseIndex) && [.share, .sum].contains($0.form) && $0.affinity == 2
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
            let needed = try neededCounts(claim: claim, base: tiedBase)
            let writing = ClaimWriting(claim)
            fill(
                &row, .mismatch, tied, claim: claim, measures: measures,
                because: "\(tied.formula(of: measures)) = \(tied.arithmetic(of: measures)) = \(writing.show(tied.value)) is not "
                    + "\(rate.raw); over \(tiedBase.raw) it would take \(needed.text)")
            return true
        }
        return false
    }

    /// Fills `row` from `candidate`. The reason is written when the row's explanation is read.
    private static func fill(
        _ row: inout AuditRow, _ verdict: AuditVerdict, _ candidate: AuditCandidate,
        claim: StatedClaim, measures: [Measure], because reason: @autoclosure @escaping @Sendable () -> String
    ) {
        row.verdict = verdict
        row.computed = candidate.value
        row.rules = candidate.rules
        row.texts = .whenRead(
            RateCandidateTexts(
                candidate: candidate, measures: measures, claim: ClaimWriting(claim), isMismatch: verdict == .mismatch,
                reason: reason))
    }

    /// A stated base in the rate's sentence whose count would be whole: 73.9% ← 17/23.
    private static func implied(
        _ row: inout AuditRow, rate audited: RateAudited, claim: StatedClaim, tiedBases: [Int32],
        family: RateFamily?, neighbours: AuditNeighbours
    ) throws(ArithmeticError) -> Bool {
        let context = neighbours.context, keys = context.keys, measures = context.measures
        let rate = audited.measure
        // A change is over last year's figure and last year's rate over last year's counts: neither
        // is a share of a count stated for this year (同比增长12.4% of 3,862条 is no 479/3862).
        guard claim.isRounded, !context.statesChange(rate), !context.statesLastYear(rate) else { return false }
        let limit = try Solve.everyValuePossible(for: claim)
        // The tied base first, then bases named as the rate expects, then the nearest.
        let rateStart = rate.start
        func rank(_ base: Int32) -> (Int, Int) {
            let named = family.map { context.namesBase(base, of: $0) } == true
            let tied = tiedBases.contains { context.sameID($0, base) }
            return ((tied ? 0 : 2) + (named ? 0 : 1), abs(measures[Int(base)].start - rateStart))
        }
        let bases = Self.sorted(
            neighbours.countsInParagraph(of: audited.index).filter { context.scope(of: $0, around: audited.index) == .sentence },
            by: rank, <)
        for index in bases {
            let value = keys.values[Int(index)]
            guard value.isInteger && value.numerator > 0 && value.numerator < limit else { continue }
            let base = measures[Int(index)]
            let total = value.numerator
            // k = 0 or k = N fit 0% and 100% over any base, so they show nothing.
            let rows = try Solve.candidates(for: claim, base: total).filter { $0.count > 0 && $0.count < total }
            guard let match = rows.first else { continue }
            row.verdict = .implied
            row.computed = match.value
            row.rules = match.rules
            row.texts = .whenRead(ImpliedCountTexts(claim: claim.text, base: base, total: total, fitting: rows))
            return true
        }
        return false
    }

    private static func unverifiable(
        _ row: inout AuditRow, rate audited: RateAudited, claim: StatedClaim,
        neighbours: AuditNeighbours
    ) throws(ArithmeticError) {
        let rate = audited.measure, measures = neighbours.context.measures
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
        let isWholeHundred = claim.value == claim.unitScale && claim.decimals == 0
        if claim.interval.contains(claim.unitScale) {
            // 报备率100% right after 22件: presumably 22/22, which the figure cannot confirm.
            let justBefore = neighbours.countsInSentence(of: audited.index).lazy.map { measures[Int($0)] }.last { count in
                neighbours.context.inSameSentence(count, rate) && count.end <= rate.start && rate.start - count.end <= 12
            }
            text +=
                justBefore.map { "; presumably all of \($0.raw) (\($0.id)), but any base gives 100%" }
                ?? "; any base gives 100% with all of its count"
        } else if let smallest = try SolveMemo.smallestBase(for: claim) {
            row.computed = smallest.row.value
            row.rules = smallest.row.rules
            let texts = SmallestBaseTexts(raw: rate.raw, smallest: smallest)
            // Most rates no counts give end here: their texts are written when read.
            guard isWholeHundred else {
                row.texts = .whenRead(texts)
                return
            }
            row.texts = .written(texts.writtenOut)
            text = row.explanation
        }
        if isWholeHundred {
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

    /// The counts over `base` that would give the claim. Found when the row is decided, for
    /// finding them may fail, which decides the row; written only when read.
    static func neededCounts(claim: StatedClaim, base: Measure) throws(ArithmeticError) -> NeededCounts {
        guard base.value.isInteger, base.value.numerator > 0 else { return NeededCounts(rows: []) }
        return NeededCounts(rows: try Solve.candidates(for: claim, base: base.value.numerator))
    }

    private static func intervalText(_ claim: StatedClaim) -> String {
        let lower = claim.interval.lower.map { claim.show($0) } ?? "−∞"
        let upper = claim.interval.upper.map { claim.show($0) } ?? "∞"
        return "[\(lower), \(upper)]"
    }
}
