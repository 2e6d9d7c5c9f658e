extension MeasureKind {
    /// `,"kind":` and the kind as a JSON string, written as it is: escaping the name each time
    /// cost more (1.2 M instructions on a 1 MB extract).
    var jsonMember: StaticString {
        switch self {
        case .count: ",\"kind\":\"count\""
        case .amount: ",\"kind\":\"amount\""
        case .percent: ",\"kind\":\"percent\""
        case .points: ",\"kind\":\"points\""
        case .tenths: ",\"kind\":\"tenths\""
        case .multiple: ",\"kind\":\"multiple\""
        case .fraction: ",\"kind\":\"fraction\""
        }
    }
}
