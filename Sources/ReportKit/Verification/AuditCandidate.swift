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
    var rules: [RoundingRule: Bool]
    var holds: Bool
    /// A row's count over a table's 合计/总计 row: a cell of a share column.
    var isTableCell: Bool

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
    let context: AuditContext
    let rate: Measure
    let claim: StatedClaim
    let family: RateFamily?

    /// Shares and sums over a base; growths when the rate's words say it is a change; for
    /// percentage points, differences of two percentages in the sentence.
    func candidates() throws(ArithmeticError) -> [AuditCandidate] {
        if rate.kind == .points { return try differences() }
        let near = context.counts.compactMap { count in
            context.scope(of: count, around: rate).map { (count: count, scope: $0) }
        }
        var found: [AuditCandidate] = []
        let rateWords = context.words(of: rate)
        if let direction = GrowthWords.direction(of: rateWords) {
            found += try growths(among: near.filter { $0.scope == .sentence }.map(\.count), direction: direction)
        }
        for (numerator, numeratorScope) in near {
            for (base, baseScope) in near where base.id != numerator.id && !base.value.isZero {
                let scope = max(numeratorScope, baseScope)
                // A table cell over its column's 合计 row: the count is in the rate's row, the total not.
                let overTotal = numeratorScope == .sentence && TotalWords.names(context.words(of: base))
                if let candidate = try make(.share, [numerator], over: base, scope: scope, overTotal: overTotal) {
                    found.append(candidate)
                }
            }
        }
        let inSentence = near.filter { $0.scope == .sentence }.map(\.count)
        for (index, first) in inSentence.enumerated() {
            for second in inSentence[(index + 1)...] {
                for base in inSentence where base.id != first.id && base.id != second.id && !base.value.isZero {
                    if let candidate = try make(.sum, [first, second], over: base, scope: .sentence) {
                        found.append(candidate)
                    }
                }
            }
        }
        return found
    }

    private func differences() throws(ArithmeticError) -> [AuditCandidate] {
        let percentages = context.report.measures.filter { measure in
            measure.kind == .percent && context.scope(of: measure, around: rate) == .sentence
        }
        var found: [AuditCandidate] = []
        // Which of two percentages is this year's the text rarely says, so the larger minus the smaller.
        for current in percentages {
            for previous in percentages where previous.id != current.id {
                let change = try current.value.subtracting(previous.value)
                guard !change.isNegative, !change.isZero else { continue }
                let rules = try claim.rules(for: Interval(exactly: change))
                let holds = claim.interval.contains(change) || rules.values.contains(true)
                found.append(AuditCandidate(form: .difference, numerators: [current], base: previous, value: change,
                                            scope: .sentence, affinity: 0, sameUnit: true, rules: rules,
                                            holds: holds, isTableCell: false))
            }
        }
        return found
    }

    private func growths(among counts: [Measure], direction: Int) throws(ArithmeticError) -> [AuditCandidate] {
        var found: [AuditCandidate] = []
        for current in counts {
            for previous in counts where previous.id != current.id && previous.unit == current.unit {
                guard !previous.value.isZero, current.value != previous.value,
                      (direction > 0) == (current.value > previous.value) else { continue }
                if let candidate = try make(.growth, [current], over: previous, scope: .sentence) {
                    found.append(candidate)
                }
            }
        }
        return found
    }

    private func make(_ form: AuditCandidate.Form, _ numerators: [Measure], over base: Measure,
                      scope: AuditScope, overTotal: Bool = false) throws(ArithmeticError) -> AuditCandidate? {
        var top = Rational.zero
        for numerator in numerators { top = try top.adding(numerator.value) }
        let sameUnit = numerators.allSatisfy { $0.unit == base.unit }
        if form == .growth {
            top = try top.subtracting(base.value)
            if top.isNegative { top = top.negated() }
        } else if top > base.value || (form == .sum && !sameUnit) {
            return nil  // a share of a base is never more than the base
        }
        if let family, form != .growth, numerators.contains(where: { numerator in
            let words = context.words(of: numerator)
            return family.namesBase(words) && !family.namesNumerator(words)
        }) {
            return nil  // 审结 / 受理 is no 纠错率, however well the numbers fit
        }
        let affinity = family?.affinity(numerators: numerators.map(context.words), base: context.words(of: base)) ?? 0
        // Beyond the sentence only counts named as the rate expects, or a stated total, are believed.
        guard scope == .sentence || affinity == 2 || overTotal else { return nil }
        let value = try top.multiplied(by: claim.unitScale).divided(by: base.value)
        let point = Interval(exactly: value)
        let rules = try claim.rules(for: point)
        let holds = claim.interval.contains(value) || rules.values.contains(true)
        let isTableCell = overTotal && scope != .sentence && sameUnit && TotalWords.namesTableTotal(context.words(of: base))
        return AuditCandidate(form: form, numerators: numerators, base: base, value: value, scope: scope,
                              affinity: affinity, sameUnit: sameUnit, rules: rules, holds: holds,
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
        words.contains(where: text.contains)
    }

    static func namesTableTotal(_ text: String) -> Bool {
        tableWords.contains(where: text.contains)
    }
}
