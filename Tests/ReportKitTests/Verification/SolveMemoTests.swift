import Testing

@testable import ReportModel
@testable import ReportVerification

/// ``SolveMemo`` keeps the smallest base by the claim: asked again, or for a claim that differs in
/// what a row shows (its unit, its decimals) but not in value, it answers as ``Solve`` does.
@Suite struct SolveMemoTests {
    /// A claim of `value` in `unit` (`%`, `个百分点`, `成`), rounded.
    private func claim(_ value: String, unit: String) -> StatedClaim {
        let decimals = value.split(separator: ".").dropFirst().first?.count ?? 0
        let figure = StatedFigure(value: number(value), decimals: decimals, isRounded: true, qualifiers: [])
        return StatedClaim(text: value + unit, figure: figure, unit: unit)
    }

    @Test func answersAsSolveDoesForClaimsAlikeInValue() throws {
        let claims = [
            claim("17.4", unit: "%"), claim("17.4", unit: "个百分点"), claim("17.40", unit: "%"),
            claim("90.24", unit: "%"), claim("3", unit: "成"), claim("3.0", unit: "成"),
        ]
        // Twice over: the second round reads what the first kept.
        for _ in 0..<2 {
            for claim in claims {
                #expect(
                    try SolveMemo.smallestBase(for: claim)?.row == Solve.firstRowOfSmallestBase(for: claim),
                    "\(claim.text)")
            }
        }
    }
}
