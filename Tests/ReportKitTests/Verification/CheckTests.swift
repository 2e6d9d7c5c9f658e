import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

@Suite struct CheckTests {
    @Test func seventeenPointFourHoldsForFourOfTwentyThree() throws {
        let result = try Check.run(.stated(percent("17.4")), .equal, ratio("m44 / m41", 4, 23))
        #expect(result.verdict == .holds)
        #expect(
            result.summary == """
                ✓ 17.4% == m44 / m41: 4/23 = 17.3913…% lies in [17.35%, 17.45%]
                  (1 decimal; half-up ✓ half-even ✓ truncation ✗)
                """)
        #expect(result.computed == fraction(400, 23))
        #expect(result.interval == interval("17.35", "17.45"))
    }

    @Test func aWrongRateFails() throws {
        let result = try Check.run(.stated(percent("17.4")), .equal, ratio("m44 / m40", 4, 27))
        #expect(result.verdict == .fails)
        #expect(result.summary.hasPrefix("✗ 17.4% == m44 / m40: 4/27 = 14.8148…% lies outside [17.35%, 17.45%]"))
    }

    @Test func truncatedFiguresHoldOnlyByTruncation() throws {
        // 49.6689% written as 49.66%: no round-to-nearest gives it.
        let exact = Interval(exactly: number("0.496689"))
        let result = try Check.run(.stated(percent("49.66")), .equal, .computed(text: "x", arithmetic: nil, value: exact))
        #expect(result.verdict == .holds)
        #expect(result.rules == [.halfUp: false, .halfEven: false, .truncation: true])
        #expect(result.summary.contains("lies just outside [49.655%, 49.665%]"))
        #expect(result.summary.contains("holds only by truncation"))
    }

    @Test func edgesDependOnTheRule() throws {
        // 17.45% exactly: half-up writes 17.5, half-even 17.4 (4 is even), truncation 17.4.
        let edge = CheckOperand.computed(text: "e", arithmetic: nil, value: Interval(exactly: number("0.1745")))
        let onEven = try Check.run(.stated(percent("17.4")), .equal, edge)
        #expect(onEven.verdict == .holds)
        #expect(onEven.rules == [.halfUp: false, .halfEven: true, .truncation: true])
        #expect(onEven.notes.contains("holds only by half-even and truncation"))
        let onOdd = try Check.run(.stated(percent("17.5")), .equal, edge)
        #expect(onOdd.rules == [.halfUp: true, .halfEven: false, .truncation: false])
        #expect(onOdd.notes.contains("holds only by half-up"))
        // 17.35% is the lower edge of 17.4 (half-up ✓) and the upper edge of 17.3 (odd: half-even ✗).
        let lower = CheckOperand.computed(text: "e", arithmetic: nil, value: Interval(exactly: number("0.1735")))
        #expect(
            try Check.run(.stated(percent("17.4")), .equal, lower).rules
                == [.halfUp: true, .halfEven: true, .truncation: false])
        #expect(
            try Check.run(.stated(percent("17.3")), .equal, lower).rules
                == [.halfUp: false, .halfEven: false, .truncation: true])
    }

    @Test func hundredPercentCoversFromNinetyNinePointFive() throws {
        let result = try Check.run(.stated(percent("100")), .equal, ratio("a / b", 199, 200))
        #expect(result.verdict == .holds)
        #expect(result.rules[.truncation] == false)
        #expect(result.summary.contains("100% is written for anything from 99.5% (half-up)"))
        #expect(try Check.run(.stated(percent("100")), .equal, ratio("a / b", 198, 200)).verdict == .fails)
    }

    @Test func qualifiedClaimsCompareByTheirInterval() throws {
        let atLeastHalf = percent("50", qualifiers: ["以上"])
        #expect(
            try Check.run(.stated(atLeastHalf), .equal, ratio("a / b", 3, 5)).summary
                == "✓ 50%以上 == a / b: 3/5 = 60% lies in [50%, ∞)")
        #expect(try Check.run(.stated(atLeastHalf), .equal, ratio("a / b", 2, 5)).verdict == .fails)
        #expect(try Check.run(.stated(atLeastHalf), .equal, ratio("a / b", 2, 5)).rules.isEmpty)
        let nearly = percent("50", qualifiers: ["近"])  // 45…50
        #expect(try Check.run(.stated(nearly), .equal, ratio("a / b", 47, 100)).verdict == .holds)
        #expect(try Check.run(.stated(nearly), .equal, ratio("a / b", 51, 100)).verdict == .fails)
        let about = percent("30", qualifiers: ["约"])  // 25…35
        #expect(try Check.run(.stated(about), .equal, ratio("a / b", 1, 4)).verdict == .holds)
        #expect(try Check.run(.stated(about), .equal, ratio("a / b", 9, 25)).verdict == .fails)
        let under = percent("10", qualifiers: ["不足"])
        #expect(try Check.run(.stated(under), .equal, ratio("a / b", 1, 10)).verdict == .holds)
        #expect(try Check.run(.stated(under), .equal, ratio("a / b", 2, 10)).verdict == .fails)
    }

    @Test func approximateCountsMakeAPossibleResult() throws {
        // 3000多名 of 5000: 60%…80%; 70% is possible, not certain.
        let share = try interval("3000", "4000").divided(by: Interval(exactly: Rational(5000)))
        let result = try Check.run(.stated(percent("70")), .equal, .computed(text: "m9 / 5000", arithmetic: nil, value: share))
        #expect(result.verdict == .possible)
        #expect(!result.isFailure)
        #expect(result.summary.contains("depends on the true values"))
        let far = try Check.run(.stated(percent("90")), .equal, .computed(text: "m9 / 5000", arithmetic: nil, value: share))
        #expect(far.verdict == .fails)
    }

    @Test func orderingsAreDefiniteOrPossible() throws {
        let exact = { (value: Int) in
            CheckOperand.computed(text: "\(value)", arithmetic: nil, value: Interval(exactly: Rational(value)))
        }
        #expect(try Check.run(exact(23), .lessOrEqual, exact(27)).verdict == .holds)
        #expect(try Check.run(exact(27), .less, exact(27)).verdict == .fails)
        #expect(try Check.run(exact(27), .lessOrEqual, exact(27)).verdict == .holds)
        #expect(try Check.run(exact(30), .greaterOrEqual, exact(27)).verdict == .holds)
        #expect(try Check.run(exact(30), .notEqual, exact(27)).verdict == .holds)
        #expect(try Check.run(exact(27), .notEqual, exact(27)).verdict == .fails)
        let approx = CheckOperand.computed(text: "3000多", arithmetic: nil, value: interval("3000", "4000"))
        #expect(try Check.run(approx, .greater, exact(3500)).verdict == .possible)
        #expect(try Check.run(approx, .greater, exact(2999)).verdict == .holds)
        #expect(try Check.run(approx, .less, exact(3000)).verdict == .fails)
        #expect(try Check.run(approx, .notEqual, exact(3500)).verdict == .possible)
        #expect(try Check.run(.stated(percent("17.4")), .less, ratio("r", 1, 5)).verdict == .holds)
        #expect(try Check.run(.stated(percent("50", qualifiers: ["以上"])), .greaterOrEqual, ratio("r", 1, 2)).verdict == .holds)
        #expect(try Check.run(.stated(percent("17.4")), .greater, ratio("r", 4, 23)).verdict == .possible)
        let text = try Check.run(exact(23), .lessOrEqual, exact(27)).summary
        #expect(text == "✓ 23 <= 27: 23 ≤ 27")
    }

    @Test func divisionByZeroIsAnError() {
        #expect(throws: ArithmeticError.divisionByZero) {
            try Interval(exactly: Rational(4)).divided(by: Interval(exactly: .zero))
        }
        #expect(throws: ArithmeticError.divisionByZero) { try Solve.counts(for: percent("17.4"), base: 0) }
    }
}

@Suite struct CheckScaledFigureTests {
    @Test func figuresWithScaleWordsRoundToTheirLastDigit() throws {
        // 1.8万 is 17500…18500; truncation would need 18000…19000.
        let figure = StatedFigure(value: Rational(18000), decimals: 1, scale: Rational(10000), isRounded: true)
        let claim = StatedClaim(text: "1.8万", figure: figure, unit: "")
        #expect(claim.step == Rational(1000))
        let exact = CheckOperand.computed(text: "m7", arithmetic: nil, value: Interval(exactly: Rational(17600)))
        let result = try Check.run(.stated(claim), .equal, exact)
        #expect(result.verdict == .holds)
        #expect(result.rules == [.halfUp: true, .halfEven: true, .truncation: false])
        #expect(result.summary.hasPrefix("✓ 1.8万 == m7: 17600 lies in [17500, 18500]"))
        let cut = CheckOperand.computed(text: "m7", arithmetic: nil, value: Interval(exactly: Rational(18600)))
        #expect(try Check.run(.stated(claim), .equal, cut).notes == ["holds only by truncation"])
        let far = CheckOperand.computed(text: "m7", arithmetic: nil, value: Interval(exactly: Rational(19000)))
        #expect(try Check.run(.stated(claim), .equal, far).verdict == .fails)
    }

    @Test func roundedMeasuresKeepTheirStep() throws {
        let measure = Measure(
            id: "m7", value: Rational(18000), unit: "项", raw: "1.8万项", kind: .count, approx: nil,
            lower: Rational(17500), upper: Rational(18500), decimals: 1, subject: "数据项",
            section: "", heading: "", sentence: "", paragraph: 0, before: "", start: 0, end: 5, report: "r")
        let claim = StatedClaim(measure: measure)
        #expect(claim.isRounded)
        #expect(claim.step == Rational(1000))
        #expect(
            try Check.run(
                .stated(claim), .equal,
                .computed(text: "x", arithmetic: nil, value: Interval(exactly: Rational(18499)))
            ).verdict == .holds)
    }

    @Test func exactCountsCompareAsPoints() throws {
        let measure = Measure(
            id: "m41", value: Rational(23), unit: "件", raw: "23件", kind: .count, approx: nil,
            lower: Rational(23), upper: Rational(23), decimals: 0, subject: "办结",
            section: "", heading: "", sentence: "", paragraph: 0, before: "", start: 0, end: 3, report: "r")
        let claim = StatedClaim(measure: measure, text: "m41")
        #expect(!claim.isRounded)
        let same = try Check.run(
            .stated(claim), .equal, .computed(text: "23", arithmetic: nil, value: Interval(exactly: Rational(23))))
        #expect(same.summary == "✓ m41 == 23: 23 = 23")
        let other = try Check.run(
            .stated(claim), .equal, .computed(text: "24", arithmetic: nil, value: Interval(exactly: Rational(24))))
        #expect(other.summary == "✗ m41 == 24: 24 ≠ 23")
    }
}

@Suite struct CheckQualifierTests {
    private func count(_ value: Int, _ qualifiers: [String], unit: String = "名") -> StatedClaim {
        let figure = StatedFigure(value: Rational(value), decimals: 0, isRounded: false, qualifiers: qualifiers)
        return StatedClaim(text: "\(value)\(qualifiers.joined())\(unit)", figure: figure, unit: unit)
    }

    private func verdict(_ claim: StatedClaim, _ value: Int) throws -> CheckVerdict {
        try Check.run(
            .stated(claim), .equal,
            .computed(text: "x", arithmetic: nil, value: Interval(exactly: Rational(value)))
        ).verdict
    }

    @Test func everyQualifierChecksByItsInterval() throws {
        // 多 / 余 / 几 / 来: 3000 … 4000.
        for word in ["多", "余", "几", "来"] {
            #expect(try verdict(count(3000, [word]), 3999) == .holds, "\(word)")
            #expect(try verdict(count(3000, [word]), 2999) == .fails, "\(word)")
            #expect(try verdict(count(3000, [word]), 4001) == .fails, "\(word)")
        }
        // 以上 / 超过 / 至少 …: 3000 … ∞;  以下 / 不足 / 最多 …: −∞ … 3000.
        for word in ["以上", "超", "超过", "逾", "至少", "不少于"] {
            #expect(try verdict(count(3000, [word]), 9000) == .holds, "\(word)")
            #expect(try verdict(count(3000, [word]), 2999) == .fails, "\(word)")
        }
        for word in ["以下", "不足", "不到", "至多", "最多", "不超过"] {
            #expect(try verdict(count(3000, [word]), 10) == .holds, "\(word)")
            #expect(try verdict(count(3000, [word]), 3001) == .fails, "\(word)")
        }
        // 近: 2700 … 3000;  约 / 左右: 2500 … 3500.
        for word in ["近", "将近", "接近"] {
            #expect(try verdict(count(3000, [word]), 2700) == .holds, "\(word)")
            #expect(try verdict(count(3000, [word]), 2699) == .fails, "\(word)")
            #expect(try verdict(count(3000, [word]), 3001) == .fails, "\(word)")
        }
        for word in ["约", "大约", "左右", "上下"] {
            #expect(try verdict(count(3000, [word]), 3500) == .holds, "\(word)")
            #expect(try verdict(count(3000, [word]), 2499) == .fails, "\(word)")
        }
        // 超过近50%: 45 … ∞, the widest the words allow together.
        let stacked = percent("50", qualifiers: ["超过", "近"])
        #expect(try Check.run(.stated(stacked), .equal, ratio("r", 46, 100)).verdict == .holds)
        #expect(try Check.run(.stated(stacked), .equal, ratio("r", 44, 100)).verdict == .fails)
    }
}
