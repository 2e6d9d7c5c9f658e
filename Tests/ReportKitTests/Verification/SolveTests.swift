import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

@Suite struct SolveTests {
    @Test func seventyThreePointNineOfTwentyThreeIsSeventeen() throws {
        let result = try Solve.counts(for: percent("73.9"), base: 23)
        #expect(result.rows.map(\.count) == [17])
        #expect(result.summary == "73.9% of 23 → 17 (17/23 = 73.9130…%)")
    }

    @Test func noCountGivesSeventyFourOfTwentyThree() throws {
        let result = try Solve.counts(for: percent("74.0"), base: 23)
        #expect(result.rows.isEmpty)
        #expect(result.summary == "no count of 23 gives 74.0%: 17/23 = 73.9130…%, 18/23 = 78.2608…%")
    }

    @Test func smallestBaseForNinetyPointTwentyFour() throws {
        let result = try Solve.smallestBases(for: percent("90.24"))
        #expect(result.rows.map(\.text) == ["37/41 = 90.2439…%"])
        #expect(result.summary.contains("every value is possible once the base is 10000 or more"))
        let three = try Solve.smallestBases(for: percent("17.4"), bases: 3)
        #expect(three.rows.map(\.text) == ["4/23 = 17.3913…%", "8/46 = 17.3913…%", "11/63 = 17.4603…%"])
    }

    @Test func largeBasesAreNotInformative() throws {
        #expect(try Solve.everyValuePossible(for: percent("17.4")) == 1000)
        #expect(try Solve.everyValuePossible(for: percent("50")) == 100)
        let result = try Solve.counts(for: percent("17.4"), base: 1000)
        #expect(result.rows.map(\.count) == [174])
        #expect(result.summary.contains("not informative"))
        #expect(try Solve.grimRatio(for: percent("17.4"), base: 23) == fraction(977, 1000))
        #expect(try Solve.grimRatio(for: percent("17.4"), base: 1000) == .zero)
    }

    @Test func boundsListEveryCountUpToTheBase() throws {
        let result = try Solve.counts(for: percent("50", qualifiers: ["以上"]), base: 6)
        #expect(result.rows.map(\.count) == [3, 4, 5, 6])
    }

    @Test func truncationOnlyCountsAreKept() throws {
        // 151/304 = 49.6710…%: written 49.67 by rounding, 49.67 also by truncation; 49.66 by neither.
        let rows = try Solve.counts(for: percent("49.66"), base: 151).rows
        #expect(rows.allSatisfy { $0.count == 75 })
        #expect(rows.first?.rules[.truncation] == true)
    }
}

@Suite struct SolveLimitTests {
    @Test func simplestFractionsByContinuedFractions() throws {
        #expect(try Rational.simplest(between: number("0.90235"), and: number("0.90245")) == fraction(37, 41))
        #expect(try Rational.simplest(between: number("0.17350"), and: number("0.17450")) == fraction(4, 23))
        #expect(try Rational.simplest(between: number("0.5"), and: number("0.5")) == fraction(1, 2))
        #expect(try Rational.simplest(between: number("2.3"), and: number("3.1")) == Rational(3))
    }

    @Test func simplestFractionsWithOpenEnds() throws {
        let truncation = RoundingRange(number("0.4"), closed: true, number("0.5"), closed: false)
        #expect(try Rational.simplest(in: truncation) == fraction(2, 5))
        #expect(
            try Rational.simplest(in: RoundingRange(number("0.4"), closed: false, number("0.5"), closed: false)) == fraction(3, 7)
        )
        #expect(try Rational.simplest(in: RoundingRange(number("1"), closed: false, number("2"), closed: true)) == Rational(2))
        #expect(
            try Rational.simplest(in: RoundingRange(number("1"), closed: false, number("2"), closed: false)) == fraction(3, 2))
        #expect(try Rational.simplest(in: RoundingRange(number("-0.2"), closed: true, number("-0.1"), closed: true)) == nil)
        #expect(try Rational.simplest(in: RoundingRange(number("0.3"), closed: true, number("0.3"), closed: false)) == nil)
    }

    @Test func manyDecimalsDoNotSearchForever() throws {
        // Eight decimals: every value is possible only from 10^10 on, far beyond a base-by-base search.
        // 102913/250084 = 41.1513731386…% is written 41.15137313 by truncation; rounding needs 300007.
        let result = try Solve.smallestBases(for: percent("41.15137313"))
        #expect(result.rows.first.map { "\($0.count)/\($0.base)" } == "102913/250084")
        #expect(result.rows.first?.rules == [.halfUp: false, .halfEven: false, .truncation: true])
        // Eighteen and twenty decimals: continued fractions, not a search through 10^20 bases.
        #expect(
            try Solve.smallestBases(for: percent("33.333333333333333333")).rows.first.map { "\($0.count)/\($0.base)" } == "1/3")
        #expect(try Solve.smallestBases(for: percent("0.00000000000000000001")).rows.first?.base == 5_000_000_000_000_000_000_001)
        // A base of 10^22: the counts listed are the ones that give the share, from the first on.
        let counts = try Solve.counts(for: percent("73.9"), base: 10_000_000_000_000_000_000_000).rows
        #expect(counts.first?.count == 7_385_000_000_000_000_000_000)
        #expect(counts.count == Int(Solve.maxRows))
        let rows = try Solve.counts(for: percent("50", qualifiers: ["以上"]), base: 1_000_000).rows
        #expect(rows.count == Int(Solve.maxRows))
    }
}

@Suite struct VerificationRowTests {
    @Test func solveRowsAndClaimsServeTheLanguage() throws {
        let row = try #require(try Solve.counts(for: percent("73.9"), base: 23).rows.first)
        #expect(row.fields.map(\.name) == ["count", "base", "value", "rules", "text"])
        #expect(row.fields.first?.value == .number(Rational(17)))
        #expect(try percent("17.4").arithmeticInterval == interval("0.1735", "0.1745"))
        #expect(try percent("50", qualifiers: ["以上"]).arithmeticInterval == interval("0.5", nil))
    }
}
