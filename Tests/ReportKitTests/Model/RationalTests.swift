import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell
@testable import ReportVerification

@Suite struct RationalTests {
    @Test func parsesDecimalsExactly() throws {
        let value = try #require(Rational(decimal: "17.4"))
        #expect(value.numerator == 87 && value.denominator == 5)
        #expect(value.description == "17.4")
        #expect(Rational(decimal: "16.4")?.description == "16.4")
        #expect(Rational(decimal: "1.5.7") == nil)
        #expect(Rational(decimal: "") == nil)
        #expect(Rational(decimal: "１") == nil, "full-width digits are the extractor's job, not the parser's")
    }

    @Test func scalesWithoutFloatArtefacts() throws {
        let value = try #require(Rational(decimal: "16.4")).multiplied(by: Rational(100_000_000))
        #expect(value.description == "1640000000")
    }

    @Test func divisionIsExactUntilPrinted() throws {
        let ratio = try Rational(4).divided(by: Rational(23))
        #expect(ratio.description == "0.1739130434…")
        #expect(try ratio.multiplied(by: Rational(23)) == Rational(4))
        #expect(throws: ArithmeticError.divisionByZero) { try Rational(4).divided(by: .zero) }
    }

    @Test func overflowThrowsInsteadOfTrapping() {
        let huge = Rational(Int128.max)
        #expect(throws: ArithmeticError.overflow) { try huge.adding(huge) }
        #expect(throws: ArithmeticError.overflow) { try huge.multiplied(by: Rational(2)) }
    }

    @Test func ordersFractions() throws {
        #expect(try Rational(numerator: 1, denominator: 3) < Rational(numerator: 1, denominator: 2))
        #expect(try Rational(numerator: -7, denominator: 2).floor == -4)
        #expect(try Rational(numerator: -7, denominator: 2).ceiling == -3)
    }
}
