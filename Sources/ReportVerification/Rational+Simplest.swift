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
    ///
    /// The ends are carried as numerator and denominator, never reduced: each step's ends are
    /// the reciprocals of the last ones' parts above an integer, whose numerators and denominators
    /// only shrink, and a comparison or floor of them needs no common divisor. (As rationals, with
    /// a greatest common divisor at every operation, the search was most of the cost of naming the
    /// smallest base for a rate no counts give.)
    static func simplest(in range: RoundingRange) throws(ArithmeticError) -> Rational? {
        var lower = range.lower, lowerClosed = range.lowerClosed
        if lower.isNegative { (lower, lowerClosed) = (.zero, true) }
        guard lower < range.upper || (lower == range.upper && lowerClosed && range.upperClosed) else { return nil }
        // Continued fraction terms, each the integer part at one step: x = a0 + 1/(a1 + 1/(a2 + …)).
        var terms: [Int128] = []
        var (low, lowClosed) = (Ends(lower), lowerClosed)
        var (high, highClosed): (Ends?, Bool) = (Ends(range.upper), range.upperClosed)
        while true {
            // A 128-bit fraction's continued fraction has fewer than 200 terms; this bounds the work.
            guard terms.count < 200 else { throw .overflow }
            let whole = low.floor
            // The smallest integer in the interval, if there is one, is the simplest number in it.
            let integer = low.isInteger && lowClosed ? whole : whole + 1
            guard let top = high, top.isBelow(integer) || (top.equals(integer) && !highClosed) else {
                terms.append(integer)
                break
            }
            // No integer: both ends lie within [whole, whole + 1]. Go on with the reciprocals of the
            // parts above `whole`, which swap the ends (an open end at `whole` becomes no end).
            terms.append(whole)
            let reciprocalOfLow = low.isInteger ? nil : low.reciprocalOfPart(above: whole)
            guard let reciprocalOfHigh = top.reciprocalOfPart(above: whole) else { throw .divisionByZero }
            (low, lowClosed, high, highClosed) = (reciprocalOfHigh, highClosed, reciprocalOfLow, lowClosed)
        }
        // Folded from the last term as convergents, numerator over denominator, already in lowest terms.
        var (numerator, denominator) = (terms.removeLast(), Int128(1))
        while let term = terms.popLast() {
            let (product, productOverflow) = term.multipliedReportingOverflow(by: numerator)
            let (sum, sumOverflow) = product.addingReportingOverflow(denominator)
            guard !productOverflow, !sumOverflow else { throw .overflow }
            (numerator, denominator) = (sum, numerator)
        }
        return try Rational(numerator: numerator, denominator: denominator)
    }

    /// One end of the interval searched: numerator ≥ 0 over denominator > 0, not reduced.
    private struct Ends {
        var numerator: Int128
        var denominator: Int128

        init(_ value: Rational) { (numerator, denominator) = (value.numerator, value.denominator) }

        init(numerator: Int128, denominator: Int128) { (self.numerator, self.denominator) = (numerator, denominator) }

        var floor: Int128 { numerator / denominator }

        var isInteger: Bool { numerator % denominator == 0 }

        /// Whether this end is less than `integer`: numerator < integer × denominator, and an
        /// overflowing product is more than any numerator.
        func isBelow(_ integer: Int128) -> Bool {
            let (product, overflow) = integer.multipliedReportingOverflow(by: denominator)
            return overflow ? integer > 0 : numerator < product
        }

        func equals(_ integer: Int128) -> Bool {
            let (product, overflow) = integer.multipliedReportingOverflow(by: denominator)
            return !overflow && numerator == product
        }

        /// 1 / (self − whole) for `whole` at most self; nil when self is `whole`.
        func reciprocalOfPart(above whole: Int128) -> Ends? {
            // whole ≤ self, so whole × denominator ≤ numerator and the difference cannot overflow.
            let part = numerator - whole * denominator
            return part == 0 ? nil : Ends(numerator: denominator, denominator: part)
        }
    }
}
