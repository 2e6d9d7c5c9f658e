import ReportModel

/// `check A op B`: decide a comparison between stated figures and computations, with the
/// arithmetic that decides it.
public enum Check {
    /// Compares two operands. Computed values are in plain arithmetic units (a ratio 4/23 is
    /// 0.1739…); a stated percentage keeps its own unit (17.4), and the comparison and the text are
    /// in the unit of the first rounded stated figure (so 4/23 is shown as 17.3913…%).
    public static func run(_ lhs: CheckOperand, _ comparison: Comparison, _ rhs: CheckOperand)
        throws(ArithmeticError) -> CheckResult
    {
        let claim =
            [lhs, rhs].compactMap(\.stated).first(where: \.isRounded)
            ?? [lhs, rhs].compactMap(\.stated).first
        let scale = claim?.unitScale ?? .one
        let left = try lhs.interval(inUnitsOf: scale)
        let right = try rhs.interval(inUnitsOf: scale)
        if comparison == .equal, let claim {
            let claimIsLeft = lhs.stated == claim
            return try equality(
                claim: claim, claimIsLeft: claimIsLeft, lhs: lhs, rhs: rhs,
                other: claimIsLeft ? right : left)
        }
        let verdict = comparison.verdict(left, right)
        let text = Display(unit: claim?.unit == "%" ? "%" : "", digits: max((claim?.decimals ?? 0) + 2, 4))
        let arithmetic = "\(text.operand(lhs, left)) \(comparison.symbol) \(text.operand(rhs, right))"
        return CheckResult(
            verdict: verdict, comparison: comparison, lhsText: lhs.text, rhsText: rhs.text,
            computed: nil, interval: nil, decimals: nil, rules: [:], notes: [],
            arithmetic: arithmetic)
    }

    private static func equality(
        claim: StatedClaim, claimIsLeft: Bool, lhs: CheckOperand, rhs: CheckOperand,
        other: Interval
    ) throws(ArithmeticError) -> CheckResult {
        let rules = try claim.rules(for: other)
        let meets = claim.interval.meets(other)
        let holdsSomehow = meets || rules.values.contains(true)
        // A rounded claim against an exact value is decided; against another interval it is not.
        let determined = other.isPoint
        let verdict: CheckVerdict = holdsSomehow ? (determined ? .holds : .possible) : .fails
        let text = Display(unit: claim.unit == "%" ? "%" : "", digits: max(claim.decimals + 2, 4))
        let otherOperand = claimIsLeft ? rhs : lhs
        let relation: String
        if claim.interval.isPoint && other.isPoint {
            relation = meets ? "=" : "≠"
        } else if other.isPoint {
            relation = meets ? "lies in" : (holdsSomehow ? "lies just outside" : "lies outside")
        } else {
            relation = meets ? "meets" : "misses"
        }
        let arithmetic = "\(text.operand(otherOperand, other)) \(relation) \(text.interval(claim.interval))"
        var notes: [String] = []
        if let restriction = RoundingRule.restriction(rules) { notes.append(restriction) }
        if claim.unit == "%", claim.value == .hundred, claim.decimals == 0 {
            notes.append("100% is written for anything from 99.5% (half-up); truncation needs exactly 100%")
        }
        return CheckResult(
            verdict: verdict, comparison: .equal, lhsText: lhs.text, rhsText: rhs.text,
            computed: other.isPoint ? other.lower : nil, interval: claim.interval,
            decimals: claim.decimals, unit: claim.unit, rules: rules, notes: notes, arithmetic: arithmetic)
    }
}

/// One side of a check.
public enum CheckOperand: Sendable, Hashable {
    /// A figure as stated (a literal such as `17.4%`, or a measure), which may be rounded.
    case stated(StatedClaim)
    /// The value of an expression, exact or an interval, in plain arithmetic units. `text` is the
    /// expression (`m44 / m41`), `arithmetic` the numbers it stands for (`4/23`), if known.
    case computed(text: String, arithmetic: String?, value: Interval)

    public var text: String {
        switch self {
        case .stated(let claim): return claim.text
        case .computed(let text, _, _): return text
        }
    }

    var stated: StatedClaim? {
        if case .stated(let claim) = self { return claim }
        return nil
    }

    func interval(inUnitsOf scale: Rational) throws(ArithmeticError) -> Interval {
        switch self {
        case .stated(let claim):
            return try claim.interval.scaled(by: try scale.divided(by: claim.unitScale))
        case .computed(_, _, let value):
            return try value.scaled(by: scale)
        }
    }
}

/// `==`, `!=`, `<`, `<=`, `>`, `>=`.
public enum Comparison: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    var symbol: String {
        switch self {
        case .equal: return "="
        case .notEqual: return "≠"
        case .less: return "<"
        case .lessOrEqual: return "≤"
        case .greater: return ">"
        case .greaterOrEqual: return "≥"
        }
    }

    /// Definitely when every pair of true values satisfies it, possibly when some pair does.
    func verdict(_ left: Interval, _ right: Interval) -> CheckVerdict {
        switch self {
        case .equal:
            if left.isPoint && left == right { return .holds }
            return left.meets(right) ? .possible : .fails
        case .notEqual:
            if !left.meets(right) { return .holds }
            return left.isPoint && left == right ? .fails : .possible
        case .less, .lessOrEqual:
            let strict = self == .less
            if let top = left.upper, let bottom = right.lower, strict ? top < bottom : top <= bottom { return .holds }
            guard let bottom = left.lower, let top = right.upper else { return .possible }
            return (strict ? bottom < top : bottom <= top) ? .possible : .fails
        case .greater:
            return Comparison.less.verdict(right, left)
        case .greaterOrEqual:
            return Comparison.lessOrEqual.verdict(right, left)
        }
    }
}

/// Numbers in a check's text, in the claim's unit.
private struct Display {
    var unit: String
    var digits: Int

    func number(_ value: Rational) -> String {
        value.shortText(fractionDigits: digits) + unit
    }

    func interval(_ interval: Interval) -> String {
        if interval.isPoint, let point = interval.lower { return number(point) }
        let lower = interval.lower.map { "[" + number($0) } ?? "(−∞"
        let upper = interval.upper.map { number($0) + "]" } ?? "∞)"
        return "\(lower), \(upper)"
    }

    /// `4/23 = 17.3913…%` for a computed point, the value alone for a stated one.
    func operand(_ operand: CheckOperand, _ value: Interval) -> String {
        let shown = interval(value)
        guard case .computed(_, let arithmetic, _) = operand, let arithmetic, arithmetic != shown else { return shown }
        return "\(arithmetic) = \(shown)"
    }
}
