import Testing

@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

@Suite struct IntervalArithmeticTests {
    private func text(_ interval: Interval) -> String {
        "\(interval.lower.map(String.init(describing:)) ?? "-inf")…\(interval.upper.map(String.init(describing:)) ?? "inf")"
    }

    @Test func addsAndSubtractsEndPoints() throws {
        #expect(text(try interval("1", "2").adding(interval("10", "20"))) == "11…22")
        #expect(text(try interval("1", "2").subtracting(interval("10", "20"))) == "-19…-8")
        #expect(text(try interval("50", nil).adding(interval("1", "1"))) == "51…inf")
        #expect(text(try interval("50", nil).subtracting(interval("1", "1"))) == "49…inf")
        #expect(text(try interval("1", "1").subtracting(interval("50", nil))) == "-inf…-49")
    }

    @Test func multipliesAcrossSigns() throws {
        #expect(text(try interval("-2", "3").multiplied(by: interval("4", "5"))) == "-10…15")
        #expect(text(try interval("-2", "-1").multiplied(by: interval("-3", "4"))) == "-8…6")
        #expect(text(try interval("2", nil).multiplied(by: interval("3", "3"))) == "6…inf")
        #expect(text(try interval("2", nil).multiplied(by: interval("-1", "-1"))) == "-inf…-2")
        #expect(text(try interval(nil, nil).multiplied(by: interval("0", "0"))) == "0…0")
        #expect(text(try interval("-1", nil).multiplied(by: interval("2", "3"))) == "-3…inf")
    }

    @Test func dividesExactly() throws {
        let share = try Interval(exactly: Rational(4)).divided(by: Interval(exactly: Rational(23)))
        #expect(share == Interval(exactly: fraction(4, 23)))
        // 3000多名 over 27: 3000/27 … 4000/27.
        #expect(
            try interval("3000", "4000").divided(by: interval("27", "27"))
                == Interval(lower: fraction(1000, 9), upper: fraction(4000, 27)))
        #expect(text(try interval("1", "2").divided(by: interval("4", nil))) == "0…0.5")
        #expect(text(try interval("1", "2").divided(by: interval(nil, "-4"))) == "-0.5…0")
        #expect(text(try interval("-1", "2").divided(by: interval("2", "4"))) == "-0.5…1")
    }

    @Test func divisionByAnIntervalHoldingZeroThrows() {
        #expect(throws: ArithmeticError.divisionByZero) { try interval("1", "2").divided(by: interval("0", "0")) }
        #expect(throws: ArithmeticError.divisionByZero) { try interval("1", "2").divided(by: interval("-1", "1")) }
        #expect(throws: ArithmeticError.divisionByZero) { try interval("1", "2").divided(by: interval(nil, "3")) }
    }

    @Test func meetsWhenSomeValueIsShared() {
        #expect(interval("17.35", "17.45").meets(Interval(exactly: number("17.45"))))
        #expect(!interval("17.35", "17.45").meets(Interval(exactly: number("17.46"))))
        #expect(interval("50", nil).meets(interval(nil, "50")))
        #expect(!interval("50", nil).meets(interval(nil, "49")))
        #expect(!interval("2", "1").meets(interval(nil, nil)))
    }
}
