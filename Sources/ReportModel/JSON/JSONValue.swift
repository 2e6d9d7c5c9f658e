/// A JSON document whose numbers are kept as exact decimal text, never as binary floating point.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's text exactly as it is written (`17.4`, `92960000`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order written, so output is stable and reads as the documentation shows it.
    case object([(String, JSONValue)])

    public static func decimal(_ value: Rational) -> JSONValue {
        .number(value.exactDecimalText ?? value.decimalDigits(maxFractionDigits: 10).text)
    }

    public static func integer(_ value: Int) -> JSONValue {
        .number(String(value))
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.null, _), (.bool, _), (.number, _), (.string, _), (.array, _), (.object, _):
            return false
        }
    }
}
