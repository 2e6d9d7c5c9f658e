import ReportModel

extension Rational {
    /// `part × scale / whole`, exactly: a count's share of its base in a rate's unit (100·17/23).
    /// Counts, bases and unit scales are nearly always whole numbers of 64 bits, whose share is
    /// reduced once; a multiplication and then a division reduced twice, each with two greatest
    /// common divisors, for every candidate the audit tries.
    static func share(_ part: Rational, of whole: Rational, scaledBy scale: Rational) throws(ArithmeticError) -> Rational {
        if part.denominator == 1, whole.denominator == 1, scale.denominator == 1,
            let top = Int64(exactly: part.numerator), let factor = Int64(exactly: scale.numerator)
        {
            // Two 64-bit factors never overflow 128 bits.
            return try Rational(numerator: Int128(top) * Int128(factor), denominator: whole.numerator)
        }
        return try part.multiplied(by: scale).divided(by: whole)
    }
}
