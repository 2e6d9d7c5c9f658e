import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

@Suite struct RoundingRuleTests {
    private func rounded(_ rule: RoundingRule, _ value: String, _ decimals: Int = 1) throws -> String {
        try rule.round(number(value), decimals: decimals).description
    }

    @Test func tiesFollowEachRule() throws {
        #expect(try rounded(.halfUp, "17.45") == "17.5")
        #expect(try rounded(.halfEven, "17.45") == "17.4")
        #expect(try rounded(.halfEven, "17.55") == "17.6")
        #expect(try rounded(.truncation, "17.45") == "17.4")
        #expect(try rounded(.halfUp, "-2.5", 0) == "-3")
        #expect(try rounded(.halfEven, "-2.5", 0) == "-2")
        #expect(try rounded(.truncation, "-2.7", 0) == "-2")
    }

    @Test func nonTiesRoundToTheNearest() throws {
        let value = fraction(400, 23).description  // 17.3913…
        #expect(value.hasPrefix("17.39"))
        #expect(try RoundingRule.halfUp.round(fraction(400, 23), decimals: 1) == number("17.4"))
        #expect(try RoundingRule.truncation.round(fraction(400, 23), decimals: 1) == number("17.3"))
        #expect(try RoundingRule.halfEven.round(number("49.6689"), decimals: 2) == number("49.67"))
        #expect(try RoundingRule.truncation.round(number("49.6689"), decimals: 2) == number("49.66"))
    }

    @Test func preimagesHaveTheRightOpenEnds() throws {
        #expect(try RoundingRule.halfUp.preimage(of: number("17.4"), decimals: 1).text == "[17.35, 17.45)")
        #expect(try RoundingRule.halfEven.preimage(of: number("17.4"), decimals: 1).text == "[17.35, 17.45]")
        #expect(try RoundingRule.halfEven.preimage(of: number("17.3"), decimals: 1).text == "(17.25, 17.35)")
        #expect(try RoundingRule.truncation.preimage(of: number("17.4"), decimals: 1).text == "[17.4, 17.5)")
        #expect(try RoundingRule.halfUp.preimage(of: number("-2"), decimals: 0).text == "(-2.5, -1.5]")
        #expect(try RoundingRule.truncation.preimage(of: .zero, decimals: 0).text == "(-1, 1)")
    }

    @Test func preimageAgreesWithRounding() throws {
        // Every value on a 1/200 grid around 17.4 rounds to 17.4 exactly when it lies in the preimage.
        for rule in RoundingRule.allCases {
            let range = try rule.preimage(of: number("17.4"), decimals: 1)
            for step in 3440...3510 {
                let value = fraction(step, 200)
                let roundsToClaim = try rule.round(value, decimals: 1) == number("17.4")
                #expect(range.contains(value) == roundsToClaim, "\(rule) \(value)")
            }
        }
    }

    @Test func restrictionNamesTheRulesThatHold() {
        #expect(
            RoundingRule.restriction([.halfUp: false, .halfEven: false, .truncation: true])
                == "holds only by truncation")
        #expect(
            RoundingRule.restriction([.halfUp: true, .halfEven: false, .truncation: true])
                == "holds only by half-up and truncation")
        #expect(RoundingRule.restriction([.halfUp: true, .halfEven: true, .truncation: true]) == nil)
    }
}
