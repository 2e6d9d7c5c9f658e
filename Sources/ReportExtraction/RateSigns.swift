import ReportModel

/// Rate units besides %, 个百分点, 成 and 倍 (which ``UnitLexicon`` holds): ‰ and ‱, and 折.
///
/// Per mille and per ten thousand are stated in %, so that every rate compares alike and the
/// language reads them as fractions like any percent measure (3‰ → 0.3 %, one more decimal).
/// 八折 is a price at 80% of the list price: tenths in the unit 折, exact, and no share of anything.
enum RateSigns {
    /// Scalars after 折 that make it a verb or noun (折合, 折扣, 折算), not a discount.
    private static let notDiscount: Set<Unicode.Scalar> = ["合", "扣", "算", "旧", "射", "叠", "腾", "服", "返", "损", "线", "价"]

    static func unit(in text: ScalarText, at index: Int) -> UnitLexicon.Unit? {
        switch text[index] {
        case "‰":
            return UnitLexicon.Unit(word: "‰", kind: .percent, unit: "%", multiplier: 1, length: 1, decimalShift: 1)
        case "‱":
            return UnitLexicon.Unit(word: "‱", kind: .percent, unit: "%", multiplier: 1, length: 1, decimalShift: 2)
        case "折":
            if let next = text[index + 1], notDiscount.contains(next) { return nil }
            return UnitLexicon.Unit(word: "折", kind: .tenths, unit: "折", multiplier: 1, length: 1)
        default:
            return nil
        }
    }
}
