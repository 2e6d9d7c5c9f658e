extension StatedClaim {
    /// A number literal of the language as a figure someone stated: `17.4%` allows
    /// 17.35%…17.45%, `1.8万` allows 17500…18500, `27` is exactly 27; with `exact`, every literal
    /// is exactly its value (a bound such as `<= 100%`). Nil for anything that is not a plain literal.
    init?(literal text: String, exact: Bool = false) {
        var digits = Substring(text)
        var unit = ""
        if digits.hasSuffix("%") {
            unit = "%"
            digits = digits.dropLast()
        }
        var scale = Rational.one
        if let last = digits.last, let exponent = Self.scaleWords[last] {
            guard let power = try? Rational(significand: 1, exponent: exponent) else { return nil }
            scale = power
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let number = Rational(decimal: String(digits)), let value = try? number.multiplied(by: scale) else {
            return nil
        }
        let decimals = digits.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        let isRounded = !exact && (unit == "%" || decimals > 0 || scale != .one)
        self.init(text: text, figure: StatedFigure(value: value, decimals: decimals, scale: scale, isRounded: isRounded),
                  unit: unit)
    }

    private static let scaleWords: [Character: Int] = ["千": 3, "万": 4, "亿": 8]
}
