extension Rational {
    public func adding(_ other: Rational) throws(ArithmeticError) -> Rational {
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

    private init(unchecked numerator: Int128, _ denominator: Int128) {
        self.numerator = numerator
        self.denominator = denominator
    }
}

extension Rational: Comparable {
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // a/b < c/d as a·d < c·b (denominators are positive), in 256 bits so that it cannot
        // overflow: a fallback on overflow once recursed without end on close fractions.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return left.high != right.high ? left.high < right.high : left.low < right.low
    }
}
