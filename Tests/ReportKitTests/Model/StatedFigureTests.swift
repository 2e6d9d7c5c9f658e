import Testing

@testable import ReportExtraction
@testable import ReportModel
@testable import ReportVerification

@Suite struct StatedFigureTests {
    private func interval(
        _ value: String, decimals: Int = 0, scale: Int = 1, rounded: Bool = false,
        _ qualifiers: String...
    ) -> String {
        let figure = StatedFigure(
            value: Rational(decimal: value)!, decimals: decimals,
            scale: Rational(scale), isRounded: rounded, qualifiers: qualifiers)
        let (lower, upper) = figure.interval
        return "\(lower.map(String.init(describing:)) ?? "null")…\(upper.map(String.init(describing:)) ?? "null")"
    }

    @Test func exactCountsAreTheirValue() {
        #expect(interval("27") == "27…27")
    }

    @Test func roundedFiguresSpanHalfTheLastDigit() {
        #expect(interval("18000", decimals: 1, scale: 10000, rounded: true) == "17500…18500")
        #expect(interval("17.4", decimals: 1, rounded: true) == "17.35…17.45")
        #expect(interval("100", rounded: true) == "99.5…100.5")
        #expect(interval("920000", scale: 10000, rounded: true) == "915000…925000")
    }

    @Test func qualifiersFollowTheSpec() {
        #expect(interval("3000", "多") == "3000…4000")
        #expect(interval("2000", "余") == "2000…3000")
        #expect(interval("50", rounded: true, "以上") == "50…null")
        #expect(interval("50", rounded: true, "不足") == "null…50")
        #expect(interval("3000", "约") == "2500…3500")
        #expect(interval("50", rounded: true, "近") == "45…50")
        #expect(interval("50", rounded: true, "超过", "近") == "45…null")
    }
}
