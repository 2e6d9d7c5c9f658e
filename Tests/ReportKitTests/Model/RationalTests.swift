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

    /// Operations run in 64 bits while their parts fit and move to 128 bits when they would not:
    /// results either side of the edge are the exact ones, in lowest terms.
    @Test func arithmeticIsExactAcrossTheSixtyFourBitEdge() throws {
        let largest = Rational(Int128(Int64.max))
        let sum = try largest.adding(.one)
        #expect(sum.numerator == Int128(Int64.max) + 1 && sum.denominator == 1)
        #expect(try sum.subtracting(.one) == largest)
        let doubled = try largest.multiplied(by: Rational(2))
        #expect(doubled.numerator == Int128(Int64.max) * 2)
        let smallest = Rational(Int128(Int64.min))
        #expect(smallest.negated().numerator == -Int128(Int64.min))
        #expect(try smallest.adding(smallest).numerator == Int128(Int64.min) * 2)
        // 2^63 − 1 = 7 · 1317624576693539401, and leaves 1 over 3.
        let seventh = try Rational(numerator: Int128(Int64.max), denominator: 7)
        #expect(seventh.numerator == 1_317_624_576_693_539_401 && seventh.denominator == 1)
        let third = try Rational(numerator: Int128(Int64.max), denominator: 3)
        #expect(third.numerator == Int128(Int64.max) && third.denominator == 3)
        #expect(try third.multiplied(by: Rational(3)) == largest)
        let thirds = try Rational(numerator: 2, denominator: 3).adding(try Rational(numerator: 1, denominator: 6))
        #expect(thirds.numerator == 5 && thirds.denominator == 6)
        let negative = try Rational(numerator: 6, denominator: -4)
        #expect(negative.numerator == -3 && negative.denominator == 2)
        #expect(try Rational(numerator: 0, denominator: -5) == .zero)
        #expect(largest < sum && !(sum < largest) && smallest < largest)
        #expect(try Rational(numerator: Int128(Int64.max) - 1, denominator: Int128(Int64.max)) < .one)
    }

    @Test func ordersFractions() throws {
        #expect(try Rational(numerator: 1, denominator: 3) < Rational(numerator: 1, denominator: 2))
        #expect(try Rational(numerator: -7, denominator: 2).floor == -4)
        #expect(try Rational(numerator: -7, denominator: 2).ceiling == -3)
    }
}
