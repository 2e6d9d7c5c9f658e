/// What sort of quantity a measure is; the JSON name is the raw value.
public enum MeasureKind: String, Sendable, Hashable, CaseIterable {
    /// Things counted with a measure word: 27件, 两级, 3000多名, 1.8万项.
    case count
    /// Money, in 元 or in the currency written: 9296万元 → 92960000 元, 3000万美元 → 30000000 美元.
    case amount
    /// A percentage, in `%`: 17.4%, 百分之十七点四.
    case percent
    /// A difference of percentages, in `个百分点`.
    case points
    /// Tenths, in `成`: 七成, 超六成.
    case tenths
    /// A multiple, in `倍`: 一倍, 近3倍.
    case multiple
    /// A fraction in words, exact and with no unit: 三分之二 → 2/3, 占比近三分之一 → 1/3 (approx 近).
    /// Over 百, 千, 万, … it is a percent instead (百分之五, 千分之三 → 0.3 %).
    case fraction
}

extension MeasureKind {
    /// The kinds by ``ordinal``: kept, since `allCases` makes its array at each call.
    private static let byOrdinal = allCases

    /// The kind as a byte, what a measure's ``MeasureDetail`` keeps: comparing and hashing it costs
    /// less than the string of the raw value that a kind's own hashing reads. Its place among
    /// `allCases`, written out so that reading it costs no search.
    var ordinal: UInt8 {
        switch self {
        case .count: 0
        case .amount: 1
        case .percent: 2
        case .points: 3
        case .tenths: 4
        case .multiple: 5
        case .fraction: 6
        }
    }

    init(ordinal: UInt8) {
        self = MeasureKind.byOrdinal[Int(ordinal)]
    }
}
