import Testing

@testable import ReportModel
@testable import ReportVerification

/// The arithmetic the audit asks for every rate: the simplest share in a rounding range, an interval
/// scaled to a unit, and the counts of a base that a rounded figure allows at the ends of its range.
@Suite struct ShareArithmeticTests {
    /// Every fraction p/q with 0 ≤ p ≤ 2q and q ≤ `largest`, each once.
    private func fractions(upTo largest: Int) -> [Rational] {
        var seen = Set<Rational>()
        for denominator in 1...largest {
            for numerator in 0...(2 * denominator) { seen.insert(fraction(numerator, denominator)) }
        }
        return seen.sorted()
    }

    /// The fraction of least denominator in `range`, and of those the least, found by trying
    /// denominators one by one: what the continued fractions must find.
    private func simplestByTrying(in range: RoundingRange) -> Rational? {
        guard range.upper >= .zero else { return nil }
        // The simplest between fractions of denominators b and d has one of at most b + d.
        for denominator in 1...40 {
            let start = max((try? range.lower.multiplied(by: Rational(denominator)).floor) ?? 0, 0)
            for numerator in start...(start + 2) {
                let candidate = fraction(Int(numerator), denominator)
                if candidate >= .zero, range.contains(candidate) { return candidate }
            }
        }
        return nil
    }

    @Test func simplestShareIsTheOneOfLeastDenominator() throws {
        let ends = fractions(upTo: 9)
        var compared = 0
        for (index, lower) in ends.enumerated() {
            for upper in ends[index...] {
                for (lowerClosed, upperClosed) in [(true, true), (true, false), (false, true), (false, false)] {
                    let range = RoundingRange(lower, closed: lowerClosed, upper, closed: upperClosed)
                    let found = try Rational.simplest(in: range)
                    #expect(found == simplestByTrying(in: range), "\(range.text)")
                    compared += 1
                }
            }
        }
        #expect(compared > 6_000)
    }

    @Test func simplestShareOfRoundingRangesAtTheirEnds() throws {
        // 17.4% by half-up is [17.35%, 17.45%): 4/23 inside; the open end at 17.45% leaves out 349/2000.
        let halfUp = RoundingRange(number("0.1735"), closed: true, number("0.1745"), closed: false)
        #expect(try Rational.simplest(in: halfUp) == fraction(4, 23))
        // An exact half at a closed end is taken, at an open one not: [0.5, 0.6) → 1/2, (0.5, 0.6) → 4/7.
        #expect(
            try Rational.simplest(in: RoundingRange(number("0.5"), closed: true, number("0.6"), closed: false)) == fraction(1, 2))
        #expect(
            try Rational.simplest(in: RoundingRange(number("0.5"), closed: false, number("0.6"), closed: false)) == fraction(4, 7)
        )
        // 0% by half-up is (−0.5%, 0.5%): zero is in it, and nothing simpler is.
        #expect(
            try Rational.simplest(in: RoundingRange(number("-0.005"), closed: false, number("0.005"), closed: false)) == .zero)
        // 0% by truncation with zero left out: (0, 1%) → 1/101.
        #expect(
            try Rational.simplest(in: RoundingRange(number("0"), closed: false, number("0.01"), closed: false))
                == fraction(1, 101))
        // 100% by half-up, [99.5%, 100.5%): 1 itself; by truncation without 1, (0.99, 1) → 100/101.
        #expect(try Rational.simplest(in: RoundingRange(number("0.995"), closed: true, number("1.005"), closed: false)) == .one)
        #expect(
            try Rational.simplest(in: RoundingRange(number("0.99"), closed: false, number("1"), closed: false))
                == fraction(100, 101))
        // A point: the point itself, in lowest terms.
        #expect(try Rational.simplest(between: number("0.375"), and: number("0.375")) == fraction(3, 8))
    }

    @Test func scalingAnIntervalIsMultiplyingByAPoint() throws {
        let ends: [Rational?] = [nil, number("-2.5"), .zero, fraction(1, 3), number("17.45")]
        let factors = [number("100"), fraction(-3, 7), .zero, fraction(1, 100)]
        for lower in ends {
            for upper in ends {
                // Empty intervals too (upper below lower): the products' extremes either way.
                let interval = Interval(lower: lower, upper: upper)
                for factor in factors {
                    #expect(
                        try interval.scaled(by: factor) == interval.multiplied(by: Interval(exactly: factor)),
                        "\(String(describing: lower)), \(String(describing: upper)) × \(factor)")
                }
            }
        }
    }

    @Test func shareIsPartTimesScaleOverWhole() throws {
        let values = [
            Rational.zero, .one, Rational(17), Rational(-5), Rational(4_000_000_000_000), fraction(7, 2), number("0.13"),
        ]
        let scales = [Rational.hundred, Rational(10), .one, fraction(1, 3)]
        for part in values {
            for whole in values where !whole.isZero {
                for scale in scales {
                    #expect(
                        try Rational.share(part, of: whole, scaledBy: scale) == part.multiplied(by: scale).divided(by: whole),
                        "\(part) of \(whole) × \(scale)")
                }
            }
        }
        // 100·17/23 in lowest terms, and a base of zero is no share.
        #expect(try Rational.share(Rational(17), of: Rational(23), scaledBy: .hundred) == fraction(1700, 23))
        #expect(try Rational.share(Rational(50), of: Rational(125), scaledBy: .hundred) == Rational(40))
        #expect(throws: ArithmeticError.divisionByZero) { try Rational.share(.one, of: .zero, scaledBy: .hundred) }
    }

    @Test func countsAtTheEndsOfARoundedFigure() throws {
        // 17.4% over 2000: 347 is 17.35% (the closed lower end: half-up and half-even, not truncation),
        // 349 is 17.45% (half-even's closed end and truncation's, half-up's open one).
        let rows = try Solve.candidates(for: percent("17.4"), base: 2000)
        #expect(rows.map(\.count) == [347, 348, 349])
        #expect(rows.first?.rules == [.halfUp: true, .halfEven: true, .truncation: false])
        #expect(rows.last?.rules == [.halfUp: false, .halfEven: true, .truncation: true])
        // 0% of 7: only 0; 100% of 3: only 3 (2/3 is far off); 100% of 200: 199 is 99.5%, a closed end.
        #expect(try Solve.candidates(for: percent("0"), base: 7).map(\.count) == [0])
        #expect(try Solve.candidates(for: percent("100"), base: 3).map(\.count) == [3])
        // Above the base too, as `solve` lists them: 201 is 100.5%, the interval's closed upper end.
        #expect(try Solve.candidates(for: percent("100"), base: 200).map(\.count) == [199, 200, 201])
        // An approximate figure bounds without rounding rules: 约50% is its interval only.
        let approximate = try Solve.candidates(for: percent("50", qualifiers: ["约"]), base: 4)
        #expect(approximate.map(\.count).contains(2))
        #expect(approximate.allSatisfy { $0.rules.isEmpty })
        #expect(try Solve.firstRowOfSmallestBase(for: percent("12.5"))?.text == "1/8 = 12.5%")
        #expect(try Solve.firstRowOfSmallestBase(for: percent("100"))?.text == "1/1 = 100%")
    }
}
