@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Exact numbers from decimal text, for tests only.
func number(_ text: String) -> Rational {
    Rational(decimal: text) ?? .zero
}

func fraction(_ numerator: Int, _ denominator: Int) -> Rational {
    (try? Rational(numerator: Int128(numerator), denominator: Int128(denominator))) ?? .zero
}

func interval(_ lower: String?, _ upper: String?) -> Interval {
    Interval(lower: lower.map(number), upper: upper.map(number))
}

/// A percentage literal as the language would pass it (`17.4%`, `50%以上`).
func percent(_ value: String, qualifiers: [String] = []) -> StatedClaim {
    let decimals = value.split(separator: ".").dropFirst().first?.count ?? 0
    let figure = StatedFigure(value: number(value), decimals: decimals, isRounded: true, qualifiers: qualifiers)
    return StatedClaim(text: value + "%" + qualifiers.joined(), figure: figure, unit: "%")
}

func ratio(_ text: String, _ numerator: Int, _ denominator: Int) -> CheckOperand {
    .computed(
        text: text, arithmetic: "\(numerator)/\(denominator)",
        value: Interval(exactly: fraction(numerator, denominator)))
}
