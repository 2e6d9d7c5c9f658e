import ReportModel

extension Rational {
    /// The fraction with the smallest denominator in the closed interval [lower, upper]
    /// (both ≥ 0), by continued fractions: 90.235%…90.245% → 37/41. Used where a search base by
    /// base would take too long.
    static func simplest(between lower: Rational, and upper: Rational) throws(ArithmeticError) -> Rational? {
        guard !lower.isNegative, lower <= upper else { return nil }
        var depth = 0
        return try simplest(lower, upper, depth: &depth)
    }

    private static func simplest(_ lower: Rational, _ upper: Rational,
                                 depth: inout Int) throws(ArithmeticError) -> Rational {
        depth += 1
        // Continued fractions of 128-bit fractions end long before this; it only bounds the work.
        guard depth < 200 else { throw .overflow }
        let whole = Rational(lower.floor)
        if whole == lower { return lower }
        let next = try whole.adding(.one)
        if next <= upper { return next }
        // Both ends lie strictly between `whole` and `whole + 1`: recurse on the reciprocals of the parts.
        let inner = try simplest(try Rational.one.divided(by: try upper.subtracting(whole)),
                                 try Rational.one.divided(by: try lower.subtracting(whole)), depth: &depth)
        return try whole.adding(try Rational.one.divided(by: inner))
    }
}
