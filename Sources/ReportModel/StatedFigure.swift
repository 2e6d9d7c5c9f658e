/// A number as a report states it, before it becomes a measure: enough to know which true values
/// the wording allows.
public struct StatedFigure: Sendable, Equatable {
    /// The value in the measure's unit, scale multiplied out (1.8万 → 18000).
    public var value: Rational
    /// Decimal places written (1.8万 → 1).
    public var decimals: Int
    /// 1, or 10 / 100 / 1000 / 10000 / 100000000 for 十/百/千/万/亿 written after the digits, or 1/X
    /// for a fraction X分之Y (one part of X).
    public var scale: Rational
    /// Whether the figure is itself a rounding of something finer: anything with decimals or a
    /// scale word, and every percentage, share or multiple. Plain counts (27件) are exact.
    public var isRounded: Bool
    /// Qualifier words as written, outermost first (超过近50% → ["超过", "近"]).
    public var qualifiers: [String]

    public init(
        value: Rational, decimals: Int, scale: Rational = .one, isRounded: Bool,
        qualifiers: [String] = []
    ) {
        self.value = value
        self.decimals = decimals
        self.scale = scale
        self.isRounded = isRounded
        self.qualifiers = qualifiers
    }

    /// One step of the last stated digit, in the value's unit (1.8万 → 1000, 17.4% → 0.1).
    public var lastDigitStep: Rational {
        let step = (try? Rational(significand: 1, exponent: -decimals).multiplied(by: scale)) ?? .one
        return step
    }

    /// One step of the last *significant* digit (3000 → 1000, 50 → 10, 1.8万 → 1000).
    var significantDigitStep: Rational {
        guard value.isInteger, decimals == 0, !value.isZero else { return lastDigitStep }
        var step = lastDigitStep
        var rest = value.numerator.magnitude
        let base = (step.isInteger ? step.numerator.magnitude : 1)
        rest /= max(base, 1)
        while rest % 10 == 0, rest > 0 {
            rest /= 10
            step = (try? step.multiplied(by: Rational(10))) ?? step
        }
        return step
    }

    /// The interval of true values: `nil` is unbounded on that side. With stacked qualifiers the
    /// interval is the widest the words allow together (超过近50% → 45…∞).
    public var interval: (lower: Rational?, upper: Rational?) {
        let meanings = qualifiers.compactMap(Qualifier.init(word:))
        guard !meanings.isEmpty else { return roundedInterval }
        var lower: Rational?? = .none
        var upper: Rational?? = .none
        for meaning in meanings {
            let (low, high) = interval(for: meaning)
            lower = .some(Self.lesser(lower, low))
            upper = .some(Self.greater(upper, high))
        }
        return (lower ?? nil, upper ?? nil)
    }

    private var roundedInterval: (lower: Rational?, upper: Rational?) {
        guard isRounded, let half = try? lastDigitStep.divided(by: Rational(2)) else { return (value, value) }
        return ((try? value.subtracting(half)) ?? value, (try? value.adding(half)) ?? value)
    }

    private func interval(for meaning: Qualifier) -> (Rational?, Rational?) {
        switch meaning {
        case .atLeast:
            return (value, nil)
        case .atMost:
            return (nil, value)
        case .moreThanRound:
            return (value, (try? value.adding(significantDigitStep)) ?? nil)
        case .nearly:
            let nine = try? Rational(numerator: 9, denominator: 10)
            return (nine.flatMap { try? value.multiplied(by: $0) }, value)
        case .about:
            let half = try? significantDigitStep.divided(by: Rational(2))
            return (half.flatMap { try? value.subtracting($0) }, half.flatMap { try? value.adding($0) })
        }
    }

    /// `.none` means "no interval seen yet"; `.some(nil)` means unbounded.
    private static func lesser(_ current: Rational??, _ candidate: Rational?) -> Rational? {
        guard case .some(let existing) = current else { return candidate }
        guard let existing, let candidate else { return nil }
        return min(existing, candidate)
    }

    private static func greater(_ current: Rational??, _ candidate: Rational?) -> Rational? {
        guard case .some(let existing) = current else { return candidate }
        guard let existing, let candidate else { return nil }
        return max(existing, candidate)
    }
}
