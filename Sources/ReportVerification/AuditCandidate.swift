import ReportModel

/// One way to rebuild a rate from stated counts: a share, a sum over a base, or a growth.
struct AuditCandidate {
    enum Form { case share, sum, growth, difference }

    var form: Form
    var numerators: [Measure]
    var base: Measure
    /// The value in the rate's unit (100·4/23), exact.
    var value: Rational
    var scope: AuditScope
    /// How well the counts' words fit the rate's name (0…2).
    var affinity: Int
    var sameUnit: Bool
    var rounding: RoundingVerdicts
    var holds: Bool
    /// A row's count over a table's 合计/总计 row: a cell of a share column.
    var isTableCell: Bool
    /// When a count is itself rounded (268.4万户), the values the share can take; `value` is then
    /// the share of the figures as written.
    var spread: Interval? = nil

    /// Which rounding rules write the value as the rate (``StatedClaim/rules(for:)``).
    var rules: [RoundingRule: Bool] { rounding.rules }

    /// Smaller is more believable: near, well named, same unit, simple.
    var rank: Int {
        scope.rawValue * 10 - affinity * 4 + (sameUnit ? 0 : 6) + (form == .sum ? 3 : 0)
    }

    /// The one count on top of a share, growth or difference.
    private var topID: String { numerators.first?.id ?? "" }
    private var topValue: String { numerators.first?.value.description ?? "" }

    var formula: String {
        switch form {
        case .share: return "\(topID) / \(base.id)"
        case .sum: return "(" + numerators.map(\.id).joined(separator: " + ") + ") / \(base.id)"
        case .growth: return "(\(topID) − \(base.id)) / \(base.id)"
        case .difference: return "\(topID) − \(base.id)"
        }
    }

    var arithmetic: String {
        if spread != nil, form == .share { return "\(numerators.first?.raw ?? "")/\(base.raw)" }
        if spread != nil, form == .growth { return "(\(numerators.first?.raw ?? "") − \(base.raw))/\(base.raw)" }
        let base = self.base.value.description
        switch form {
        case .share: return "\(topValue)/\(base)"
        case .sum: return "(" + numerators.map(\.value.description).joined(separator: " + ") + ")/\(base)"
        case .growth: return "(\(topValue) − \(base))/\(base)"
        case .difference: return "\(topValue) − \(base)"
        }
    }
}

/// Every candidate for one rate among the counts of its report.
struct AuditCandidateSearch {
    let neighbours: AuditNeighbours
    let rate: Measure
    let claim: StatedClaim
    let family: RateFamily?

    var context: AuditContext { neighbours.context }

    /// Shares and sums over a base; growths when the rate's words say it is a change; for
    /// percentage points, differences of two percentages in the sentence.
    func candidates() throws(ArithmeticError) -> [AuditCandidate] {
        if rate.kind == .points { return try differences() }
        let near = neighbours.countsNear(rate).compactMap { count in
            context.scope(of: count, around: rate).map { (count: count, scope: $0) }
        }
        var found: [AuditCandidate] = []
        let rateWords = context.words(of: rate)
        if let direction = GrowthWords.direction(of: rateWords) {
            found += try growths(among: near.filter { $0.scope == .sentence }.map(\.count), direction: direction)
            // 占比由上年的25%提升至28%，增长12%: a change of a percentage, (28 − 25)/25.
            if rate.kind == .percent, context.statesChange(rate) {
                found += try growths(among: percentages(), direction: direction)
            }
        }
        let inSentence = near.filter { $0.scope == .sentence }.map(\.count)
        found += try partsOfWholes(inSentence)
        // 占案件总数的近两成: the rate itself says its base is a total, stated elsewhere in the paragraph.
        let rateNamesTotal = TotalWords.names(rateWords)
        // Beyond the sentence `make` believes only counts named as the rate expects, or a total:
        // the others are left out before pairing, which would take the square of a long section.
        let numerators = near.filter { near in
            near.scope == .sentence || family.map { context.namesNumerator(near.count, of: $0) } == true
        }
        let bases = near.filter { base in
            base.scope == .sentence || family.map { context.namesBase(base.count, of: $0) } == true
                || context.namesTotal(base.count) || (rateNamesTotal && base.scope <= .paragraph)
        }
        // Values and names read once, not once per pair.
        let baseValues = bases.map(\.count.value)
        let basesNamed = bases.map { base in family.map { context.namesBase(base.count, of: $0) } ?? false }
        let basesNameTotals = bases.map { context.namesTotal($0.count) }
        for (numerator, numeratorScope) in numerators {
            // What `make` refuses is passed over before a candidate's arrays are made for it.
            let numeratorNamed = family.map { context.namesNumerator(numerator, of: $0) } ?? false
            // 审结 / 受理 is no 纠错率.
            if let family, context.namesBase(numerator, of: family), !numeratorNamed { continue }
            let numeratorValue = numerator.value
            for (index, ((base, baseScope), baseValue)) in zip(bases, baseValues).enumerated()
            where !base.hasSameID(as: numerator) && !baseValue.isZero
                // A share of a base is never more than the base: `make` would refuse it.
                && !(numeratorValue > baseValue)
            {
                let scope = max(numeratorScope, baseScope)
                // A table cell over its column's 合计 row: the count is in the rate's row, the total not.
                let overTotal =
                    numeratorScope == .sentence
                    && (basesNameTotals[index]
                        || (rateNamesTotal && baseScope <= .paragraph && base.unit == numerator.unit))
                // Beyond the sentence `make` believes only counts and base named as the rate expects.
                guard scope == .sentence || overTotal || (numeratorNamed && basesNamed[index]) else { continue }
                if let candidate = try make(.share, [numerator], over: base, scope: scope, overTotal: overTotal) {
                    found.append(candidate)
                }
            }
        }
        for (index, first) in inSentence.enumerated() {
            for second in inSentence[(index + 1)...] {
                for base in inSentence where !base.hasSameID(as: first) && !base.hasSameID(as: second) && !base.value.isZero {
                    if let candidate = try make(.sum, [first, second], over: base, scope: .sentence) {
                        found.append(candidate)
                    }
                }
            }
        }
        if let family { found += try namedSums(family, inSentence: inSentence, near: near) }
        found += try roundedShares()
        return found
    }

    /// Shares (and, for a change, growths) in the sentence where a count is rounded (268.4万户 of
    /// 812.6万户): they hold when the interval of the result meets the rate's and is no wider than
    /// the rate's last digit, for a spread wider than that fits the rate and its neighbours alike
    /// (0.13万 of 1.07万 is anything from 11.6% to 12.7%). Same unit only: 户 over 户, 元 over 元.
    private func roundedShares() throws(ArithmeticError) -> [AuditCandidate] {
        let roundedInSentence = neighbours.roundedCountsInParagraph(of: rate).filter {
            context.scope(of: $0, around: rate) == .sentence
        }
        // An exact count is no rounded one but by sharing its id: with ids each measure's own, a
        // sentence without a rounded count has no rounded shares, which most tell here.
        if roundedInSentence.isEmpty, context.wordsAreEachMeasures { return [] }
        let inSentence =
            neighbours.countsInParagraph(of: rate).filter { context.scope(of: $0, around: rate) == .sentence }
            + roundedInSentence
        let rounded = Set(context.roundedCounts.map(\.id))
        guard inSentence.contains(where: { rounded.contains($0.id) }) else { return [] }
        let direction = GrowthWords.direction(of: context.words(of: rate))
        var found: [AuditCandidate] = []
        for numerator in inSentence {
            for base in inSentence
            where !base.hasSameID(as: numerator) && base.unit == numerator.unit
                && (rounded.contains(base.id) || rounded.contains(numerator.id))
            {
                if let direction {
                    guard (numerator.value > base.value) == (direction > 0 && !claim.value.isNegative),
                        let candidate = try roundedCandidate(.growth, numerator, over: base)
                    else { continue }
                    found.append(candidate)
                } else if numerator.value < base.value, let candidate = try roundedCandidate(.share, numerator, over: base) {
                    found.append(candidate)
                }
            }
        }
        return found
    }

    private func roundedCandidate(
        _ form: AuditCandidate.Form, _ numerator: Measure,
        over base: Measure
    ) throws(ArithmeticError) -> AuditCandidate? {
        var top = numerator.bounds
        var exactTop = numerator.value
        if form == .growth {
            top = try top.subtracting(base.bounds)
            exactTop = try exactTop.subtracting(base.value)
            if exactTop.isNegative != claim.value.isNegative {
                top = top.negated()
                exactTop = exactTop.negated()
            }
        }
        let spread = try top.divided(by: base.bounds).scaled(by: claim.unitScale)
        guard let low = spread.lower, let high = spread.upper, try high.subtracting(low) <= claim.step else { return nil }
        let value = try exactTop.multiplied(by: claim.unitScale).divided(by: base.value)
        let affinity = family.map { context.affinity(of: $0, numerators: [numerator], base: base) } ?? 0
        return AuditCandidate(
            form: form, numerators: [numerator], base: base, value: value, scope: .sentence,
            affinity: affinity, sameUnit: true, rounding: try claim.roundingVerdicts(for: spread),
            holds: spread.meets(claim.interval), isTableCell: false, spread: spread)
    }

    /// The largest number of counts summed: 撤销 + 变更 + 确认违法 + 责令履行 over 审结.
    private static let largestSum = 4
    /// Beyond this many named counts in one sentence the combinations are not tried (C(8, 4) = 70).
    private static let mostNamedCounts = 8

    /// Sums of three or four counts, every one named as the rate's numerator (综合纠错率 =
    /// (撤销 + 变更 + 确认违法) / 审结), over a base named as its base in the sentence or paragraph.
    /// Unnamed counts are not summed this wide: with many small counts some sum fits any rate.
    private func namedSums(
        _ family: RateFamily, inSentence: [Measure],
        near: [(count: Measure, scope: AuditScope)]
    ) throws(ArithmeticError) -> [AuditCandidate] {
        let named = inSentence.filter { context.namesNumerator($0, of: family) }
        guard named.count >= 3, named.count <= Self.mostNamedCounts else { return [] }
        let bases = near.filter { $0.scope <= .paragraph && context.namesBase($0.count, of: family) }
        var found: [AuditCandidate] = []
        for size in 3...min(Self.largestSum, named.count) {
            for parts in Self.combinations(of: named, size: size) {
                for (base, scope) in bases where !parts.contains(where: { $0.hasSameID(as: base) }) && !base.value.isZero {
                    if let candidate = try make(.sum, parts, over: base, scope: scope) { found.append(candidate) }
                }
            }
        }
        return found
    }

    private static func combinations(of items: [Measure], size: Int) -> [[Measure]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[Measure]] = []
        for (index, first) in items.enumerated() {
            for rest in combinations(of: Array(items[(index + 1)...]), size: size - 1) { result.append([first] + rest) }
        }
        return result
    }

    /// The counts of the rate's sentence, one or two summed, over the whole its sentence divides
    /// (其中…, 在办结的申请中…): 约三成（117件） ← 117/386, 公开率 ← (41 + 12)/95.
    private func partsOfWholes(_ inSentence: [Measure]) throws(ArithmeticError) -> [AuditCandidate] {
        var found: [AuditCandidate] = []
        for whole in context.wholes(before: rate, amongCountsOfItsParagraph: neighbours.countsInParagraph(of: rate)) {
            let parts = inSentence.filter { $0.unit == whole.unit }
            for (index, first) in parts.enumerated() {
                if let candidate = try make(.share, [first], over: whole, scope: .paragraph, overTotal: true) {
                    found.append(candidate)
                }
                for second in parts[(index + 1)...] {
                    if let candidate = try make(.sum, [first, second], over: whole, scope: .paragraph, overTotal: true) {
                        found.append(candidate)
                    }
                }
            }
        }
        return found
    }

    /// The other percentages of the rate's sentence.
    private func percentages() -> [Measure] {
        neighbours.percentagesInParagraph(of: rate).filter { measure in
            !measure.hasSameID(as: rate) && context.scope(of: measure, around: rate) == .sentence
        }
    }

    private func differences() throws(ArithmeticError) -> [AuditCandidate] {
        let percentages = percentages()
        var found: [AuditCandidate] = []
        // Which of two percentages is this year's the text rarely says, so the larger minus the smaller
        // (for a negative claim, the smaller minus the larger).
        for current in percentages {
            for previous in percentages where !previous.hasSameID(as: current) {
                let change = try current.value.subtracting(previous.value)
                // A fall is written as a negative change in tables (-1.3个百分点): then smaller minus larger.
                guard !change.isZero, change.isNegative == claim.value.isNegative else { continue }
                let rounding = try claim.roundingVerdicts(for: Interval(exactly: change))
                let holds = claim.interval.contains(change) || rounding.anyHolds
                found.append(
                    AuditCandidate(
                        form: .difference, numerators: [current], base: previous, value: change,
                        scope: .sentence, affinity: 0, sameUnit: true, rounding: rounding,
                        holds: holds, isTableCell: false))
            }
        }
        return found
    }

    private func growths(among counts: [Measure], direction: Int) throws(ArithmeticError) -> [AuditCandidate] {
        var found: [AuditCandidate] = []
        for current in counts {
            for previous in counts where !previous.hasSameID(as: current) && previous.unit == current.unit {
                // 增长5.9% needs cur > prev, 下降5.9% cur < prev; a signed -5.9% (a table's 同比增长
                // column) is a fall whatever the column is called.
                let rises = claim.value.isNegative ? false : direction > 0
                guard !previous.value.isZero, current.value != previous.value,
                    rises == (current.value > previous.value)
                else { continue }
                if let candidate = try make(.growth, [current], over: previous, scope: .sentence) {
                    found.append(candidate)
                }
            }
        }
        return found
    }

    private func make(
        _ form: AuditCandidate.Form, _ numerators: [Measure], over base: Measure,
        scope: AuditScope, overTotal: Bool = false
    ) throws(ArithmeticError) -> AuditCandidate? {
        // A rational is kept in lowest terms, so one count is its own sum.
        var top = numerators.count == 1 ? numerators[0].value : .zero
        if numerators.count > 1 {
            for numerator in numerators { top = try top.adding(numerator.value) }
        }
        let baseUnit = base.unit
        let sameUnit = numerators.allSatisfy { $0.unit == baseUnit }
        if form == .growth {
            top = try top.subtracting(base.value)
            if top.isNegative != claim.value.isNegative { top = top.negated() }
        } else if top > base.value || (form == .sum && !sameUnit) {
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
        let value = try top.multiplied(by: claim.unitScale).divided(by: base.value)
        let point = Interval(exactly: value)
        let rounding = try claim.roundingVerdicts(for: point)
        let holds = claim.interval.contains(value) || rounding.anyHolds
        let isTableCell = overTotal && scope != .sentence && sameUnit && context.namesTableTotal(base)
        return AuditCandidate(
            form: form, numerators: numerators, base: base, value: value, scope: scope,
            affinity: affinity, sameUnit: sameUnit, rounding: rounding, holds: holds,
            isTableCell: isTableCell)
    }
}

/// Words that name a total (a table's 合计 row or column): a base for every share beside it.
enum TotalWords {
    static let words = ["合计", "总计", "总数", "共计", "总量", "小计"]

    /// The words of a table's total row, which tie every cell of the column to it (共计 in prose
    /// does not: a sentence may state a total of something else).
    static let tableWords = ["合计", "总计", "小计"]

    static func names(_ text: String) -> Bool {
        words.contains(where: text.containsWord)
    }

    static func namesTableTotal(_ text: String) -> Bool {
        tableWords.contains(where: text.containsWord)
    }
}
