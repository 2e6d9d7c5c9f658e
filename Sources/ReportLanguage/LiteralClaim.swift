import ReportExtraction
import ReportModel
import ReportVerification

extension StatedClaim {
    /// A number literal of the language as a figure someone stated, read as the extractor reads a
    /// report's figures: `17.4%` allows 17.35%…17.45%, `1.8万` allows 17500…18500, `27` is
    /// exactly 27; with `exact`, every literal is exactly its value (a bound such as `<= 100%`).
    /// Nil for anything that is not a plain literal.
    init?(literal text: String, exact: Bool = false) {
        let isPercent = text.hasSuffix("%")
        let digits = ScalarText(isPercent ? String(text.dropLast()) : text)
        guard let number = ArabicNumber.read(digits, from: 0), number.end == digits.count,
            let value = try? Rational(significand: number.significand, exponent: -number.decimals)
                .multiplied(by: Rational(number.scale))
        else {
            return nil
        }
        let isRounded = !exact && (isPercent || number.decimals > 0 || number.hasScaleWord)
        let figure = StatedFigure(
            value: value, decimals: number.decimals, scale: Rational(number.scale),
            isRounded: isRounded)
        self.init(text: text, figure: figure, unit: isPercent ? "%" : "")
    }
}
