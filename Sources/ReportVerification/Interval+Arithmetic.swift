import ReportModel

/// Exact arithmetic on intervals, so that a computation over approximate figures (3000多名 / 27件)
/// carries every true value the wording allows. `nil` bounds are unbounded; results are the
/// tightest closed interval that holds every result of the operation.
extension Interval {
    public static let everything = Interval(lower: nil, upper: nil)

    public var isEmpty: Bool {
        guard let lower, let upper else { return false }
        return upper < lower
    }

    public func adding(_ other: Interval) throws(ArithmeticError) -> Interval {
        Interval(lower: try Self.sum(lower, other.lower), upper: try Self.sum(upper, other.upper))
    }

    public func subtracting(_ other: Interval) throws(ArithmeticError) -> Interval {
        try adding(other.negated())
    }

    public func negated() -> Interval {
        Interval(lower: upper?.negated(), upper: lower?.negated())
    }

    public func multiplied(by other: Interval) throws(ArithmeticError) -> Interval {
        // The extremes of a product are among the products of the end points; an unbounded end
        // contributes ±∞ unless the other factor is exactly zero.
        var products: [ExtendedRational] = []
        for left in [ExtendedRational(lower: lower), ExtendedRational(upper: upper)] {
            for right in [ExtendedRational(lower: other.lower), ExtendedRational(upper: other.upper)] {
                products.append(try left.multiplied(by: right))
            }
        }
        return Interval(lower: products.min()?.finite, upper: products.max()?.finite)
    }

    public func divided(by other: Interval) throws(ArithmeticError) -> Interval {
        guard !other.contains(.zero) else { throw .divisionByZero }
        // 1/[a, b] with 0 outside is [1/b, 1/a]; an unbounded end gives 0 on that side.
        return try multiplied(by: Interval(lower: try Self.reciprocal(other.upper), upper: try Self.reciprocal(other.lower)))
    }

    /// Every value in this interval times a constant (a unit change such as fraction → %): what
    /// ``multiplied(by:)`` gives for `Interval(exactly: factor)`, from two products instead of four
    /// and their extremes (the audit scales an interval for every count it tries).
    public func scaled(by factor: Rational) throws(ArithmeticError) -> Interval {
        // An unbounded end times exactly zero is zero, as ``multiplied(by:)`` takes it.
        if factor.isZero { return Interval(exactly: .zero) }
        var low: Rational?, high: Rational?
        if let lower { low = try lower.multiplied(by: factor) }
        if let upper { high = try upper.multiplied(by: factor) }
        if factor.isNegative { (low, high) = (high, low) }
        // The extremes of the products, as ``multiplied(by:)`` takes them, even of an empty interval.
        if let low, let high, high < low { return Interval(lower: high, upper: low) }
        return Interval(lower: low, upper: high)
    }

    /// Whether some value lies in both intervals.
    public func meets(_ other: Interval) -> Bool {
        let lowerOK = Self.isAtMost(lower, other.upper)
        let upperOK = Self.isAtMost(other.lower, upper)
        return lowerOK && upperOK && !isEmpty && !other.isEmpty
    }

    private static func reciprocal(_ end: Rational?) throws(ArithmeticError) -> Rational {
        guard let end else { return .zero }
        return try Rational.one.divided(by: end)
    }

    private static func isAtMost(_ lower: Rational?, _ upper: Rational?) -> Bool {
        guard let lower, let upper else { return true }
        return lower <= upper
    }

    private static func sum(_ left: Rational?, _ right: Rational?) throws(ArithmeticError) -> Rational? {
        guard let left, let right else { return nil }
        return try left.adding(right)
    }
}

/// A rational or ±∞, only to find the extremes of an interval product.
private enum ExtendedRational: Comparable {
    case negativeInfinity
    case finite(Rational)
    case positiveInfinity

    init(lower: Rational?) { self = lower.map(ExtendedRational.finite) ?? .negativeInfinity }
    init(upper: Rational?) { self = upper.map(ExtendedRational.finite) ?? .positiveInfinity }

    var finite: Rational? {
        if case .finite(let value) = self { return value }
        return nil
    }

    private var sign: Int {
        switch self {
        case .negativeInfinity: return -1
        case .positiveInfinity: return 1
        case .finite(let value): return value.isZero ? 0 : (value.isNegative ? -1 : 1)
        }
    }

    func multiplied(by other: ExtendedRational) throws(ArithmeticError) -> ExtendedRational {
        if case .finite(let left) = self, case .finite(let right) = other {
            return .finite(try left.multiplied(by: right))
        }
        // ∞ × 0 stands for "unbounded times exactly zero", which is zero.
        let sign = self.sign * other.sign
        if sign == 0 { return .finite(.zero) }
        return sign > 0 ? .positiveInfinity : .negativeInfinity
    }
}
