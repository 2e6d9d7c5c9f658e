import ReportModel

extension Rational {
    /// The fraction with the smallest denominator in the closed interval [lower, upper]
    /// (both ≥ 0), by continued fractions: 90.235%…90.245% → 37/41.
    static func simplest(between lower: Rational, and upper: Rational) throws(ArithmeticError) -> Rational? {
        try simplest(in: RoundingRange(lower, closed: true, upper, closed: true))
    }

    /// The fraction with the smallest denominator in `range`, whose ends may be open; nil when no
    /// non-negative number lies in it. The work grows with the digits of the ends (one continued
    /// fraction term each step), not with the denominator found: 1/6666666666666666666667, for
    /// the closed interval of 0.00000000000000000001%, comes in a few steps.
    static func simplest(in range: RoundingRange) throws(ArithmeticError) -> Rational? {
        var lower = range.lower, lowerClosed = range.lowerClosed
        if lower.isNegative { (lower, lowerClosed) = (.zero, true) }
        guard lower < range.upper || (lower == range.upper && lowerClosed && range.upperClosed) else { return nil }
        // Continued fraction terms, each the integer part at one step: x = a0 + 1/(a1 + 1/(a2 + …)).
        var terms: [Int128] = []
        var (low, lowClosed) = (lower, lowerClosed)
        var (high, highClosed): (Rational?, Bool) = (range.upper, range.upperClosed)
        while true {
            // A 128-bit fraction's continued fraction has fewer than 200 terms; this bounds the work.
            guard terms.count < 200 else { throw .overflow }
            let whole = low.floor
            // The smallest integer in the interval, if there is one, is the simplest number in it.
            let integer = Rational(whole) == low && lowClosed ? whole : whole + 1
            guard let top = high, Rational(integer) > top || (Rational(integer) == top && !highClosed) else {
                terms.append(integer)
                break
            }
            // No integer: both ends lie within [whole, whole + 1]. Go on with the reciprocals of the
            // parts above `whole`, which swap the ends (an open end at `whole` becomes no end).
            terms.append(whole)
            let part = Rational(whole)
            let reciprocalOfLow: Rational? = low == part ? nil : try Rational.one.divided(by: try low.subtracting(part))
            (low, lowClosed, high, highClosed) = (
                try Rational.one.divided(by: try top.subtracting(part)), highClosed,
                reciprocalOfLow, lowClosed
            )
        }
        var value = Rational(terms.removeLast())
        while let term = terms.popLast() {
            value = try Rational(term).adding(try Rational.one.divided(by: value))
        }
        return value
    }
}
