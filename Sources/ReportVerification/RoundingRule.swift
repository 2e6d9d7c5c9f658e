import ReportModel

/// How an author may have turned an exact value into the figure they wrote.
///
/// The tie-agnostic default (scrutiny's `up_or_down`) is no rule of its own: it is the closed
/// interval a ``StatedFigure`` already gives (17.4% → [17.35, 17.45]). These named rules are
/// stricter and say *how* a figure holds: officials often truncate (49.6689% written 49.66%).
public enum RoundingRule: String, Sendable, CaseIterable {
    /// 四舍五入: ties away from zero (Excel, SPSS, most hand calculation).
    case halfUp = "half-up"
    /// Ties to the even last digit (bankers' rounding; NumberFormatter's default).
    case halfEven = "half-even"
    /// Cut after the last digit, towards zero.
    case truncation

    /// `value` rounded to `decimals` places under this rule.
    public func round(_ value: Rational, decimals: Int) throws(ArithmeticError) -> Rational {
        try round(value, step: try Rational(significand: 1, exponent: -decimals))
    }

    /// `value` rounded to a multiple of `step` (0.1 for one decimal, 1000 for 1.8万).
    public func round(_ value: Rational, step: Rational) throws(ArithmeticError) -> Rational {
        let scaled = try value.divided(by: step)
        let floor = scaled.floor
        let fraction = try scaled.subtracting(Rational(floor))
        let half = try Rational(numerator: 1, denominator: 2)
        let steps: Int128
        switch self {
        case .truncation:
            steps = scaled.isNegative ? scaled.ceiling : floor
        case .halfUp:
            if fraction == half {
                steps = scaled.isNegative ? floor : floor + 1
            } else {
                steps = fraction < half ? floor : floor + 1
            }
        case .halfEven:
            if fraction == half {
                steps = floor % 2 == 0 ? floor : floor + 1
            } else {
                steps = fraction < half ? floor : floor + 1
            }
        }
        return try Rational(steps).multiplied(by: step)
    }

    /// Every exact value that this rule writes as `stated` with `decimals` places.
    public func preimage(of stated: Rational, decimals: Int) throws(ArithmeticError) -> RoundingRange {
        try preimage(of: stated, step: try Rational(significand: 1, exponent: -decimals))
    }

    /// Every exact value that this rule writes as `stated`, a multiple of `step`.
    public func preimage(of stated: Rational, step: Rational) throws(ArithmeticError) -> RoundingRange {
        try preimage(of: stated, step: step, halfway: try Halfway(stated, step: step))
    }

    /// ``preimage(of:step:)`` of every rule, in ``allCases`` order: the half steps either side of
    /// `stated` are worked out once for the three (an audit asks this of every rate it reads).
    static func preimages(of stated: Rational, step: Rational) throws(ArithmeticError) -> [RoundingRange] {
        let halfway = try Halfway(stated, step: step)
        return try allCases.map { rule throws(ArithmeticError) in try rule.preimage(of: stated, step: step, halfway: halfway) }
    }

    /// Half a step below and above a stated figure.
    private struct Halfway {
        var below: Rational
        var above: Rational

        init(_ stated: Rational, step: Rational) throws(ArithmeticError) {
            let half = try step.divided(by: Rational(2))
            below = try stated.subtracting(half)
            above = try stated.adding(half)
        }
    }

    private func preimage(of stated: Rational, step: Rational, halfway: Halfway) throws(ArithmeticError) -> RoundingRange {
        let (below, above) = (halfway.below, halfway.above)
        switch self {
        case .halfUp:
            if stated.isZero { return RoundingRange(below, closed: false, above, closed: false) }
            return stated.isNegative
                ? RoundingRange(below, closed: false, above, closed: true)
                : RoundingRange(below, closed: true, above, closed: false)
        case .halfEven:
            let lastDigitIsEven = try stated.divided(by: step).floor % 2 == 0
            return RoundingRange(below, closed: lastDigitIsEven, above, closed: lastDigitIsEven)
        case .truncation:
            let previous = try stated.subtracting(step)
            let next = try stated.adding(step)
            if stated.isZero { return RoundingRange(previous, closed: false, next, closed: false) }
            return stated.isNegative
                ? RoundingRange(previous, closed: false, stated, closed: true)
                : RoundingRange(stated, closed: true, next, closed: false)
        }
    }

    /// ✓ and ✗ for each rule: `half-up ✓ half-even ✓ truncation ✗`.
    public static func summary(_ holding: [RoundingRule: Bool]) -> String {
        allCases.compactMap { rule in holding[rule].map { "\(rule.rawValue) \($0 ? "✓" : "✗")" } }
            .joined(separator: " ")
    }

    /// `holds only by truncation`, `holds only by half-even and truncation`; nil when both
    /// round-to-nearest rules give the figure (the usual case) or when no rule does.
    public static func restriction(_ holding: [RoundingRule: Bool]) -> String? {
        let names = allCases.filter { holding[$0] == true }.map(\.rawValue)
        let nearestHold = holding[.halfUp] == true && holding[.halfEven] == true
        guard !names.isEmpty, !nearestHold else { return nil }
        let list =
            names.count == 1
            ? names[0]
            : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        return "holds only by \(list)"
    }
}

/// The exact values one rounding rule maps to a stated figure: an interval whose ends may be open.
public struct RoundingRange: Sendable, Hashable {
    public var lower: Rational
    public var lowerClosed: Bool
    public var upper: Rational
    public var upperClosed: Bool

    public init(_ lower: Rational, closed lowerClosed: Bool, _ upper: Rational, closed upperClosed: Bool) {
        self.lower = lower
        self.lowerClosed = lowerClosed
        self.upper = upper
        self.upperClosed = upperClosed
    }

    public func contains(_ value: Rational) -> Bool {
        (lowerClosed ? lower <= value : lower < value) && (upperClosed ? value <= upper : value < upper)
    }

    /// Whether some value of the closed `interval` lies in this range.
    public func meets(_ interval: Interval) -> Bool {
        guard !interval.isEmpty else { return false }
        let reachesUp = interval.upper.map { lowerClosed ? lower <= $0 : lower < $0 } ?? true
        let reachesDown = interval.lower.map { upperClosed ? $0 <= upper : $0 < upper } ?? true
        return reachesUp && reachesDown
    }

    /// `[17.35, 17.45)`.
    public var text: String {
        "\(lowerClosed ? "[" : "(")\(lower), \(upper)\(upperClosed ? "]" : ")")"
    }
}
