/// Which rounding rules were asked about a computed value and which of them write it as the claim,
/// a bit for each rule in ``RoundingRule/allCases`` order: what ``StatedClaim/rules(for:)`` says,
/// without making a dictionary. An audit asks for every candidate count and keeps the answer of
/// one.
struct RoundingVerdicts {
    private var asked: UInt8 = 0
    private var holding: UInt8 = 0

    /// No rule asked: a claim that is not rounded.
    static let none = RoundingVerdicts()

    private init() {}

    /// The verdicts of a rounded claim, one for each rule, in ``RoundingRule/allCases`` order.
    init(holding verdicts: [Bool]) {
        for (index, holds) in verdicts.enumerated() {
            asked |= 1 << index
            if holds { holding |= 1 << index }
        }
    }

    /// The first `count` rules asked, none holding yet (``hold(_:)`` marks those that do).
    static func asked(_ count: Int) -> RoundingVerdicts {
        var verdicts = RoundingVerdicts()
        verdicts.asked = UInt8(truncatingIfNeeded: (1 << count) - 1)
        return verdicts
    }

    /// The rule at `index` (in ``RoundingRule/allCases`` order) writes the value as the claim.
    mutating func hold(_ index: Int) {
        holding |= 1 << index
    }

    /// Whether some rule writes the value as the claim.
    var anyHolds: Bool { holding != 0 }

    /// As ``StatedClaim/rules(for:)`` gives them.
    var rules: [RoundingRule: Bool] {
        // Room for every rule: growing the dictionary as they were added cost as much as the rest.
        var rules: [RoundingRule: Bool] = Dictionary(minimumCapacity: RoundingRule.allCases.count)
        for (index, rule) in RoundingRule.allCases.enumerated() where asked & 1 << index != 0 {
            rules[rule] = holding & 1 << index != 0
        }
        return rules
    }
}
