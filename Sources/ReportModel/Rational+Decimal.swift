extension Rational {
    /// Reads a plain decimal such as `17.4`, `-0.5` or `92960000`; nil for anything else.
    public init?(decimal text: Substring) {
        var significand: Int128 = 0
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        var negative = false
        for (index, character) in text.enumerated() {
            if character == "-" && index == 0 {
                negative = true
            } else if character == "." && !seenPoint {
                seenPoint = true
            } else if let digit = character.wholeNumberValue, character.isASCII {
                let (shifted, overflow1) = significand.multipliedReportingOverflow(by: 10)
                let (added, overflow2) = shifted.addingReportingOverflow(Int128(digit))
                guard !overflow1, !overflow2 else { return nil }
                significand = added
                seenDigit = true
                if seenPoint { fractionDigits += 1 }
            } else {
                return nil
            }
        }
        guard seenDigit,
            let value = try? Rational(
                significand: negative ? -significand : significand,
                exponent: -fractionDigits)
        else { return nil }
        self = value
    }

    public init?(decimal text: String) {
        self.init(decimal: text[...])
    }

    /// Whether the decimal expansion ends (the denominator has no prime factor but 2 and 5).
    public var hasFiniteDecimalExpansion: Bool {
        if let (_, bottom) = smallParts {
            var rest = bottom
            while rest % 2 == 0 { rest /= 2 }
            while rest % 5 == 0 { rest /= 5 }
            return rest == 1
        }
        var rest = denominator
        while rest % 2 == 0 { rest /= 2 }
        while rest % 5 == 0 { rest /= 5 }
        return rest == 1
    }

    /// The decimal digits of this number, cut (not rounded) after `maxFractionDigits`.
    /// `isExact` tells whether the digits shown are the whole number.
    public func decimalDigits(maxFractionDigits: Int) -> (text: String, isExact: Bool) {
        // Ten times a remainder must fit: in 64 bits while the denominator is below 2^64 / 10.
        if let (top, bottom) = smallParts, bottom.magnitude <= UInt64.max / 10 {
            return Self.decimalDigits(
                top.magnitude, over: bottom.magnitude, negative: top < 0, maxFractionDigits: maxFractionDigits)
        }
        return Self.decimalDigits(
            numerator.magnitude, over: denominator.magnitude, negative: numerator < 0, maxFractionDigits: maxFractionDigits)
    }

    private static func decimalDigits<Magnitude: UnsignedInteger>(
        _ magnitudeNumerator: Magnitude, over magnitudeDenominator: Magnitude, negative: Bool, maxFractionDigits: Int
    ) -> (text: String, isExact: Bool) {
        var text = negative ? "-" : ""
        text += String(magnitudeNumerator / magnitudeDenominator)
        var remainder = magnitudeNumerator % magnitudeDenominator
        if remainder == 0 { return (text, true) }
        text += "."
        var digits = 0
        while remainder != 0 && digits < maxFractionDigits {
            remainder *= 10
            text += String(remainder / magnitudeDenominator)
            remainder %= magnitudeDenominator
            digits += 1
        }
        return (text, remainder == 0)
    }

    /// Exact decimal text when the expansion ends within 36 digits, else nil.
    public var exactDecimalText: String? {
        guard hasFiniteDecimalExpansion else { return nil }
        let (text, isExact) = decimalDigits(maxFractionDigits: 36)
        return isExact ? text : nil
    }
}

extension Rational: CustomStringConvertible {
    /// Exact when it can be (`17.4`, `92960000`); otherwise ten decimals and an ellipsis, so a
    /// rounded value can never be mistaken for an exact one (`0.1739130434…`).
    public var description: String {
        if let exact = exactDecimalText { return exact }
        return decimalDigits(maxFractionDigits: 10).text + "…"
    }
}
