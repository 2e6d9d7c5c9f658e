/// An exact rational number: every figure, ratio and bound in reportsh is one of these.
///
/// Binary floating point cannot hold 17.4 or 0.1 exactly, and every Chinese-number library that
/// used it produced artefacts (16.4亿 → 1639999999). A fraction of two 128-bit integers holds any
/// stated figure exactly, and 4/23 stays 4/23 until it is printed. Operations that would overflow
/// throw instead of trapping, so no input can crash the program.
public struct Rational: Sendable, Hashable {
    /// Always in lowest terms, with a positive denominator.
    public let numerator: Int128
    public let denominator: Int128

    public static let zero = Rational(0)
    public static let one = Rational(1)
    public static let hundred = Rational(100)

    public init(_ integer: Int128) {
        numerator = integer
        denominator = 1
    }

    public init(_ integer: Int) {
        self.init(Int128(integer))
    }

    public init(numerator: Int128, denominator: Int128) throws(ArithmeticError) {
        guard denominator != 0 else { throw .divisionByZero }
        guard numerator != .min, denominator != .min else { throw .overflow }
        if let top = Int64(exactly: numerator), let bottom = Int64(exactly: denominator), top != .min, bottom != .min {
            let divisor = Int64(Rational.gcd(top.magnitude, bottom.magnitude))
            let sign: Int64 = bottom < 0 ? -1 : 1
            self.numerator = Int128(top / divisor * sign)
            self.denominator = Int128(bottom / divisor * sign)
            return
        }
        let divisor = Rational.gcd(numerator.magnitude, denominator.magnitude)
        var top = numerator / Int128(divisor)
        var bottom = denominator / Int128(divisor)
        if bottom < 0 {
            top = -top
            bottom = -bottom
        }
        self.numerator = top
        self.denominator = bottom
    }

    /// `value × 10^exponent`, exactly.
    public init(significand: Int128, exponent: Int) throws(ArithmeticError) {
        // The magnitude, not abs(): abs(Int.min) would trap.
        guard exponent.magnitude <= 36 else { throw .overflow }
        let scale = try Rational.powerOfTen(Int(exponent.magnitude))
        if exponent >= 0 {
            let (product, overflow) = significand.multipliedReportingOverflow(by: scale)
            guard !overflow else { throw .overflow }
            self.init(product)
        } else {
            try self.init(numerator: significand, denominator: scale)
        }
    }

    public var isInteger: Bool { denominator == 1 }
    public var isNegative: Bool { numerator < 0 }
    public var isZero: Bool { numerator == 0 }

    /// The largest integer not greater than this number.
    public var floor: Int128 {
        let quotient = numerator / denominator
        return (numerator % denominator != 0 && numerator < 0) ? quotient - 1 : quotient
    }

    /// The smallest integer not less than this number.
    public var ceiling: Int128 {
        let quotient = numerator / denominator
        return (numerator % denominator != 0 && numerator > 0) ? quotient + 1 : quotient
    }

    public static func powerOfTen(_ exponent: Int) throws(ArithmeticError) -> Int128 {
        guard exponent >= 0, exponent <= 36 else { throw .overflow }
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        // Stated figures and their shares nearly always fit 64 bits, where a remainder is one
        // instruction rather than a call into the 128-bit division routine.
        if a >> 64 == 0, b >> 64 == 0 { return UInt128(gcd(UInt64(truncatingIfNeeded: a), UInt64(truncatingIfNeeded: b))) }
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }
}

/// Why exact arithmetic could not give a result.
public enum ArithmeticError: Error, Equatable, Sendable, CustomStringConvertible {
    case divisionByZero
    case overflow

    public var description: String {
        switch self {
        case .divisionByZero: return "division by zero"
        case .overflow: return "number too large for exact arithmetic"
        }
    }
}
