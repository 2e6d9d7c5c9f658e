extension Rational {
    public func adding(_ other: Rational) throws(ArithmeticError) -> Rational {
        let (left, overflowLeft) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (right, overflowRight) = other.numerator.multipliedReportingOverflow(by: denominator)
        let (top, overflowSum) = left.addingReportingOverflow(right)
        let (bottom, overflowBottom) = denominator.multipliedReportingOverflow(by: other.denominator)
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
        // Compare a/b < c/d as a·d < c·b; on overflow fall back to comparing integer parts first.
        let (left, overflowLeft) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
        let (right, overflowRight) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
        if !overflowLeft && !overflowRight { return left < right }
        let (lhsFloor, rhsFloor) = (lhs.floor, rhs.floor)
        if lhsFloor != rhsFloor { return lhsFloor < rhsFloor }
        let lhsFraction = (try? lhs.subtracting(Rational(lhsFloor))) ?? .zero
        let rhsFraction = (try? rhs.subtracting(Rational(rhsFloor))) ?? .zero
        return lhsFraction < rhsFraction
    }
}
