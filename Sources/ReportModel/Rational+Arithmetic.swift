extension Rational {
    public func adding(_ other: Rational) throws(ArithmeticError) -> Rational {
        if let (a, b) = smallParts, let (c, d) = other.smallParts {
            let common = Int64(Rational.gcd(b.magnitude, d.magnitude))
            let (left, overflowLeft) = a.multipliedReportingOverflow(by: d / common)
            let (right, overflowRight) = c.multipliedReportingOverflow(by: b / common)
            let (top, overflowSum) = left.addingReportingOverflow(right)
            let (bottom, overflowBottom) = (b / common).multipliedReportingOverflow(by: d)
            if !(overflowLeft || overflowRight || overflowSum || overflowBottom) {
                return try Rational(numerator: Int128(top), denominator: Int128(bottom))
            }
        }
        // Over the least common denominator: decimals of 20 digits and their half steps
        // (denominators 10^18 and 2·10^18) would overflow over the product of the denominators.
        let common = Int128(Rational.gcd(denominator.magnitude, other.denominator.magnitude))
        let (left, overflowLeft) = numerator.multipliedReportingOverflow(by: other.denominator / common)
        let (right, overflowRight) = other.numerator.multipliedReportingOverflow(by: denominator / common)
        let (top, overflowSum) = left.addingReportingOverflow(right)
        let (bottom, overflowBottom) = (denominator / common).multipliedReportingOverflow(by: other.denominator)
        guard !(overflowLeft || overflowRight || overflowSum || overflowBottom) else { throw .overflow }
        return try Rational(numerator: top, denominator: bottom)
    }

    public func subtracting(_ other: Rational) throws(ArithmeticError) -> Rational {
        try adding(other.negated())
    }

    public func multiplied(by other: Rational) throws(ArithmeticError) -> Rational {
        if let (a, b) = smallParts, let (c, d) = other.smallParts {
            let g1 = Int64(Rational.gcd(a.magnitude, d.magnitude))
            let g2 = Int64(Rational.gcd(c.magnitude, b.magnitude))
            let (top, overflowTop) = (a / g1).multipliedReportingOverflow(by: c / g2)
            let (bottom, overflowBottom) = (b / g2).multipliedReportingOverflow(by: d / g1)
            if !(overflowTop || overflowBottom) {
                return try Rational(numerator: Int128(top), denominator: Int128(bottom))
            }
        }
        // Cross-cancel first so that products of already-reduced fractions rarely overflow.
        let g1 = Int128(Rational.gcd(numerator.magnitude, other.denominator.magnitude))
        let g2 = Int128(Rational.gcd(other.numerator.magnitude, denominator.magnitude))
        let (top, overflowTop) = (numerator / g1).multipliedReportingOverflow(by: other.numerator / g2)
        let (bottom, overflowBottom) = (denominator / g2).multipliedReportingOverflow(by: other.denominator / g1)
        guard !(overflowTop || overflowBottom) else { throw .overflow }
        return try Rational(numerator: top, denominator: bottom)
    }

    public func divided(by other: Rational) throws(ArithmeticError) -> Rational {
        guard !other.isZero else { throw .divisionByZero }
        return try multiplied(by: Rational(numerator: other.denominator, denominator: other.numerator))
    }

    public func negated() -> Rational {
        // Lowest terms with numerator != .min (the initialiser refuses it), so negation is safe.
        Rational(unchecked: -numerator, denominator)
    }

    /// Numerator and denominator when both fit 64 bits (and neither is Int64.min, whose negation
    /// does not): the fast path of every operation, whose results are the same as in 128 bits.
    package var smallParts: (Int64, Int64)? {
        guard let top = Int64(exactly: numerator), let bottom = Int64(exactly: denominator), top != .min else { return nil }
        return (top, bottom)
    }

    private init(unchecked numerator: Int128, _ denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

extension Rational: Comparable {
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // Products of 64-bit parts fit 128 bits.
        if let (a, b) = lhs.smallParts, let (c, d) = rhs.smallParts {
            return Int128(a) * Int128(d) < Int128(c) * Int128(b)
        }
        // a/b < c/d as a·d < c·b (denominators are positive), in 256 bits so that it cannot
        // overflow: a fallback on overflow once recursed without end on close fractions.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high != right.high ? left.high < right.high : left.low < right.low
    }
}
