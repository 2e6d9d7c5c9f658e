import ReportModel

/// Every candidate for one rate among the counts of its report. Counts and the rate are indices
/// into the report's measures, compared by their ``AuditMeasureKeys``: no measure is copied or
/// read per pair.
struct AuditCandidateSearch {
    let neighbours: AuditNeighbours
    /// The rate's index in the report's measures, and the rate.
    let rateIndex: Int32
    let rate: Measure
    let claim: StatedClaim
    let family: RateFamily?

    var context: AuditContext { neighbours.context }
    var keys: AuditMeasureKeys { context.keys }

    private typealias Near = (count: Int32, scope: AuditScope)

    /// Shares and sums over a base; growths when the rate's words say it is a change; for
    /// percentage points, differences of two percentages in the sentence.
    func candidates() throws(ArithmeticError) -> [AuditCandidate] {
        if rate.kind == .points { return try differences() }
        let near: [Near] = neighbours.countsNear(rateIndex).compactMap { count in
            context.scope(of: count, around: rateIndex).map { (count: count, scope: $0) }
        }
        var found: [AuditCandidate] = []
        // The rate's words read once, for a change and for a total.
        let rateFlags = context.withWordBytes(of: rate, AuditWordFlags.init(bytes:))
        let inSentence = near.filter { $0.scope == .sentence }.map(\.count)
        if let direction = rateFlags.growthDirection {
            found += try growths(among: inSentence, direction: direction)
            // 占比由上年的25%提升至28%，增长12%: a change of a percentage, (28 − 25)/25.
            if rate.kind == .percent, context.statesChange(rate) {
                found += try growths(among: percentages(), direction: direction)
            }
        }
        found += try partsOfWholes(inSentence)
        // 占案件总数的近两成: the rate itself says its base is a total, stated elsewhere in the paragraph.
        let rateNamesTotal = rateFlags.namesTotal
        // Beyond the sentence `make` believes only counts named as the rate expects, or a total:
        // the others are left out before pairing, which would take the square of a long section.
        let numerators = near.filter { near in
            near.scope == .sentence || family.map { context.namesNumerator(near.count, of: $0) } == true
        }
        let bases = near.filter { base in
            base.scope == .sentence || family.map { context.namesBase(base.count, of: $0) } == true
                || context.namesTotal(base.count) || (rateNamesTotal && base.scope <= .paragraph)
        }
        for (numerator, numeratorScope) in numerators {
            // What `make` refuses is passed over before a candidate is made for it.
            let numeratorNamed = family.map { context.namesNumerator(numerator, of: $0) } ?? false
            // 审结 / 受理 is no 纠错率.
            if let family, context.namesBase(numerator, of: family), !numeratorNamed { continue }
            let numeratorValue = keys.values[Int(numerator)]
            for (base, baseScope) in bases {
                let baseValue = keys.values[Int(base)]
                // A share of a base is never more than the base: `make` would refuse it.
                guard !context.sameID(base, numerator), !baseValue.isZero, !(numeratorValue > baseValue) else { continue }
                let scope = max(numeratorScope, baseScope)
                // A table cell over its column's 合计 row: the count is in the rate's row, the total not.
                let overTotal =
                    numeratorScope == .sentence
                    && (context.namesTotal(base)
                        || (rateNamesTotal && baseScope <= .paragraph && keys.sameUnit(base, numerator)))
                // Beyond the sentence `make` believes only counts and base named as the rate expects.
                let baseNamed = family.map { context.namesBase(base, of: $0) } == true
                guard scope == .sentence || overTotal || (numeratorNamed && baseNamed) else { continue }
                if let candidate = try make(.share, MeasureIndices(numerator), over: base, scope: scope, overTotal: overTotal) {
                    found.append(candidate)
                }
            }
        }
        for (index, first) in inSentence.enumerated() {
            for second in inSentence[(index + 1)...] {
                for base in inSentence
                where !context.sameID(base, first) && !context.sameID(base, second) && !keys.values[Int(base)].isZero {
                    if let candidate = try make(.sum, MeasureIndices(first, second), over: base, scope: .sentence) {
                        found.append(candidate)
                    }
                }
            }
        }
        if let family { found += try namedSums(family, inSentence: inSentence, near: near) }
        found += try roundedShares(direction: rateFlags.growthDirection)
        return found
    }

    /// Shares (and, for a change, growths) in the sentence where a count is rounded (268.4万户 of
    /// 812.6万户): they hold when the interval of the result meets the rate's and is no wider than
    /// the rate's last digit, for a spread wider than that fits the rate and its neighbours alike
    /// (0.13万 of 1.07万 is anything from 11.6% to 12.7%). Same unit only: 户 over 户, 元 over 元.
    private func roundedShares(direction: Int?) throws(ArithmeticError) -> [AuditCandidate] {
        let roundedInSentence = neighbours.roundedCountsInParagraph(of: rateIndex).filter {
            context.scope(of: $0, around: rateIndex) == .sentence
        }
        // An exact count is no rounded one but by sharing its id: with ids each measure's own, a
        // sentence without a rounded count has no rounded shares, which most tell here.
        if roundedInSentence.isEmpty, context.wordsAreEachMeasures { return [] }
        let exactInSentence =
            neighbours.countsInParagraph(of: rateIndex).filter { context.scope(of: $0, around: rateIndex) == .sentence }
        let inSentence = exactInSentence + roundedInSentence
        // With ids each measure's own, the rounded ones are those of `roundedInSentence`; else a
        // count is rounded when a rounded count has its id.
        let isRounded =
            context.wordsAreEachMeasures
            ? Array(repeating: false, count: exactInSentence.count) + Array(repeating: true, count: roundedInSentence.count)
            : inSentence.map { context.roundedCountIDs.contains(context.measures[Int($0)].id) }
        guard isRounded.contains(true) else { return [] }
        var found: [AuditCandidate] = []
        for (numeratorPlace, numerator) in inSentence.enumerated() {
            for (basePlace, base) in inSentence.enumerated()
            where !context.sameID(base, numerator) && keys.sameUnit(base, numerator)
                && (isRounded[basePlace] || isRounded[numeratorPlace])
            {
                let (numeratorValue, baseValue) = (keys.values[Int(numerator)], keys.values[Int(base)])
                if let direction {
                    guard (numeratorValue > baseValue) == (direction > 0 && !claim.value.isNegative),
                        let candidate = try roundedCandidate(.growth, numerator, over: base)
                    else { continue }
                    found.append(candidate)
                } else if numeratorValue < baseValue, let candidate = try roundedCandidate(.share, numerator, over: base) {
                    found.append(candidate)
                }
            }
        }
        return found
    }

    private func roundedCandidate(
        _ form: AuditCandidate.Form, _ numerator: Int32,
        over base: Int32
    ) throws(ArithmeticError) -> AuditCandidate? {
        let baseBounds = context.measures[Int(base)].bounds
        var top = context.measures[Int(numerator)].bounds
        var exactTop = keys.values[Int(numerator)]
        if form == .growth {
            top = try top.subtracting(baseBounds)
            exactTop = try exactTop.subtracting(keys.values[Int(base)])
            if exactTop.isNegative != claim.value.isNegative {
                top = top.negated()
                exactTop = exactTop.negated()
            }
        }
        let spread = try top.divided(by: baseBounds).scaled(by: claim.unitScale)
        guard let low = spread.lower, let high = spread.upper, try high.subtracting(low) <= claim.step else { return nil }
        let value = try Rational.share(exactTop, of: keys.values[Int(base)], scaledBy: claim.unitScale)
        let numerators = MeasureIndices(numerator)
        let affinity = family.map { context.affinity(of: $0, numerators: numerators, base: base) } ?? 0
        return AuditCandidate(
            form: form, numerators: numerators, base: base, value: value, scope: .sentence,
            affinity: affinity, sameUnit: true, rounding: try claim.roundingVerdicts(for: spread),
            holds: spread.meets(claim.interval), isTableCell: false, spread: spread)
    }

    /// The largest number of counts summed: 撤销 + 变更 + 确认违法 + 责令履行 over 审结.
    private static let largestSum = MeasureIndices.capacity
    /// Beyond this many named counts in one sentence the combinations are not tried (C(8, 4) = 70).
    private static let mostNamedCounts = 8

    /// Sums of three or four counts, every one named as the rate's numerator (综合纠错率 =
    /// (撤销 + 变更 + 确认违法) / 审结), over a base named as its base in the sentence or paragraph.
    /// Unnamed counts are not summed this wide: with many small counts some sum fits any rate.
    private func namedSums(
        _ family: RateFamily, inSentence: [Int32], near: [Near]
    ) throws(ArithmeticError) -> [AuditCandidate] {
        let named = inSentence.filter { context.namesNumerator($0, of: family) }
        guard named.count >= 3, named.count <= Self.mostNamedCounts else { return [] }
        let bases = near.filter { $0.scope <= .paragraph && context.namesBase($0.count, of: family) }
        var found: [AuditCandidate] = []
        for size in 3...min(Self.largestSum, named.count) {
            for parts in Self.combinations(of: named[...], size: size) {
                for (base, scope) in bases
                where !parts.contains(where: { context.sameID($0, base) }) && !keys.values[Int(base)].isZero {
                    if let candidate = try make(.sum, MeasureIndices(parts), over: base, scope: scope) { found.append(candidate) }
                }
            }
        }
        return found
    }

    private static func combinations(of items: ArraySlice<Int32>, size: Int) -> [[Int32]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[Int32]] = []
        for (offset, first) in items.enumerated() {
            for rest in combinations(of: items.dropFirst(offset + 1), size: size - 1) { result.append([first] + rest) }
        }
        return result
    }

    /// The counts of the rate's sentence, one or two summed, over the whole its sentence divides
    /// (其中…, 在办结的申请中…): 约三成（117件） ← 117/386, 公开率 ← (41 + 12)/95.
    private func partsOfWholes(_ inSentence: [Int32]) throws(ArithmeticError) -> [AuditCandidate] {
        var found: [AuditCandidate] = []
        let paragraphCounts = neighbours.countsInParagraph(of: rateIndex)
        for whole in context.wholes(before: rateIndex, amongCountsOfItsParagraph: paragraphCounts) {
            let parts = inSentence.filter { keys.sameUnit($0, whole) }
            for (index, first) in parts.enumerated() {
                if let candidate = try make(.share, MeasureIndices(first), over: whole, scope: .paragraph, overTotal: true) {
                    found.append(candidate)
                }
                for second in parts[(index + 1)...] {
                    if let candidate = try make(
                        .sum, MeasureIndices(first, second), over: whole, scope: .paragraph, overTotal: true)
                    {
                        found.append(candidate)
                    }
                }
            }
        }
        return found
    }

    /// The other percentages of the rate's sentence.
    private func percentages() -> [Int32] {
        neighbours.percentagesInParagraph(of: rateIndex).filter { measure in
            !context.sameID(measure, rateIndex) && context.scope(of: measure, around: rateIndex) == .sentence
        }
    }

    private func differences() throws(ArithmeticError) -> [AuditCandidate] {
        let percentages = percentages()
        var found: [AuditCandidate] = []
        // Which of two percentages is this year's the text rarely says, so the larger minus the smaller
        // (for a negative claim, the smaller minus the larger).
        for current in percentages {
            for previous in percentages where !context.sameID(previous, current) {
                let change = try keys.values[Int(current)].subtracting(keys.values[Int(previous)])
                // A fall is written as a negative change in tables (-1.3个百分点): then smaller minus larger.
                guard !change.isZero, change.isNegative == claim.value.isNegative else { continue }
                let rounding = try claim.roundingVerdicts(for: Interval(exactly: change))
                let holds = claim.interval.contains(change) || rounding.anyHolds
                found.append(
                    AuditCandidate(
                        form: .difference, numerators: MeasureIndices(current), base: previous, value: change,
                        scope: .sentence, affinity: 0, sameUnit: true, rounding: rounding,
                        holds: holds, isTableCell: false))
            }
        }
        return found
    }

    private func growths(among counts: [Int32], direction: Int) throws(ArithmeticError) -> [AuditCandidate] {
        var found: [AuditCandidate] = []
        for current in counts {
            for previous in counts where !context.sameID(previous, current) && keys.sameUnit(previous, current) {
                let (currentValue, previousValue) = (keys.values[Int(current)], keys.values[Int(previous)])
                // 增长5.9% needs cur > prev, 下降5.9% cur < prev; a signed -5.9% (a table's 同比增长
                // column) is a fall whatever the column is called.
                let rises = claim.value.isNegative ? false : direction > 0
                guard !previousValue.isZero, currentValue != previousValue, rises == (currentValue > previousValue)
                else { continue }
                if let candidate = try make(.growth, MeasureIndices(current), over: previous, scope: .sentence) {
                    found.append(candidate)
                }
            }
        }
        return found
    }

    private func make(
        _ form: AuditCandidate.Form, _ numerators: MeasureIndices, over base: Int32,
        scope: AuditScope, overTotal: Bool = false
    ) throws(ArithmeticError) -> AuditCandidate? {
        var top = try keys.sum(of: numerators)
        let baseValue = keys.values[Int(base)]
        let sameUnit = numerators.allSatisfy { keys.sameUnit($0, base) }
        if form == .growth {
            top = try top.subtracting(baseValue)
            if top.isNegative != claim.value.isNegative { top = top.negated() }
        } else if top > baseValue || (form == .sum && !sameUnit) {
            return nil  // a share of a base is never more than the base
        }
        if let family, form != .growth,
            numerators.contains(where: { context.namesBase($0, of: family) && !context.namesNumerator($0, of: family) })
        {
            return nil  // 审结 / 受理 is no 纠错率, however well the numbers fit
        }
        let affinity = family.map { context.affinity(of: $0, numerators: numerators, base: base) } ?? 0
        // Beyond the sentence only counts named as the rate expects, or a stated total, are believed.
        guard scope == .sentence || affinity == 2 || overTotal else { return nil }
        let value = try Rational.share(top, of: baseValue, scaledBy: claim.unitScale)
        let point = Interval(exactly: value)
        let rounding = try claim.roundingVerdicts(for: point)
        let holds = claim.interval.contains(value) || rounding.anyHolds
        let isTableCell = overTotal && scope != .sentence && sameUnit && context.namesTableTotal(base)
        // The audit reads a candidate that does not give the rate only as a table's cell or as
        // counts named as the rate expects (``Audit``'s mismatches): others are not kept, which
        // most are not, for keeping and ranking them cost more than making them.
        guard holds || isTableCell || affinity == 2 else { return nil }
        return AuditCandidate(
            form: form, numerators: numerators, base: base, value: value, scope: scope,
            affinity: affinity, sameUnit: sameUnit, rounding: rounding, holds: holds,
            isTableCell: isTableCell)
    }
}
