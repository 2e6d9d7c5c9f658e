import Testing

@testable import ReportModel

/// A compacted report keeps a bound at half a step from its value as the step, and any other as a
/// number; both read back as made.
struct RoundingBoundTests {
    private func compacted(_ bounds: [(value: Rational, lower: Rational?, upper: Rational?)]) -> Report {
        let text = "数量7件。"
        let made = bounds.map { bound in
            Measure(
                id: "m1", value: bound.value, unit: "件", raw: "7件", kind: .count, approx: nil, lower: bound.lower,
                upper: bound.upper, decimals: 0, subject: "数量", section: "preamble", heading: "", sentence: text,
                paragraph: 0, before: "数量", start: 2, end: 4, report: "r")
        }
        var report = Report(id: "r", title: "", region: nil, year: nil, text: text, sections: [], measures: made)
        report.compact()
        return report
    }

    private static func decimal(_ significand: Int128, _ exponent: Int) throws -> Rational {
        try Rational(significand: significand, exponent: exponent)
    }

    @Test func boundsAtHalfAStepAreKeptAsTheStep() throws {
        let bounds: [(value: Rational, lower: Rational?, upper: Rational?)] = [
            (try Self.decimal(174, -1), try Self.decimal(1735, -2), try Self.decimal(1745, -2)),
            (try Self.decimal(201, -1), try Self.decimal(2005, -2), try Self.decimal(2015, -2)),
            (Rational(18000), Rational(17500), Rational(18500)),
            (try Self.decimal(-39, -1), try Self.decimal(-395, -2), try Self.decimal(-385, -2)),
            (try Self.decimal(7, -18), try Self.decimal(65, -19), nil),
            (try Self.decimal(3, 13), nil, try Self.decimal(35, 12)),
            // Reduced after the sum, to 0 and 1; and 1/3, summed as fractions are.
            (try Self.decimal(5, -1), Rational(0), Rational(1)),
            (try Rational(numerator: 1, denominator: 3), try Rational(numerator: -1, denominator: 6), nil),
        ]
        let report = compacted(bounds)
        #expect(report.measures.map(\.lower) == bounds.map(\.lower))
        #expect(report.measures.map(\.upper) == bounds.map(\.upper))
        #expect(report.measures.allSatisfy { $0.texts.alone == nil })
        #expect(report.measures[0].texts.bounds.isEmpty)
        // 17.4 and 20.1 have one step, so one detail.
        #expect(report.measures[0].detailIndex == report.measures[1].detailIndex)
    }

    @Test func boundsAtAnotherDistanceAreKeptAsNumbers() throws {
        let bounds: [(value: Rational, lower: Rational?, upper: Rational?)] = [
            // Half a step on the other side of the value, a third of a step, a step too coarse.
            (try Self.decimal(174, -1), try Self.decimal(1745, -2), try Self.decimal(1735, -2)),
            (Rational(30), try Rational(numerator: 89, denominator: 3), nil),
            (Rational(0), nil, try Self.decimal(5, 20)),
        ]
        let report = compacted(bounds)
        #expect(report.measures.map(\.lower) == bounds.map(\.lower))
        #expect(report.measures.map(\.upper) == bounds.map(\.upper))
        #expect(report.measures.allSatisfy { $0.texts.alone == nil })
        #expect(report.measures[0].texts.bounds.count == 4)
    }
}
