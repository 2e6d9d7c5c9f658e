import ReportModel

/// A value of the language: numbers are exact; a percentage is its fraction, flagged for display.
public enum Value: Sendable {
    case number(Rational, isPercent: Bool, decimals: Int?)
    case string(String)
    case boolean(Bool)
    case null
    /// Boxed: a measure is many times the size of the other cases, and every value of every row
    /// would otherwise take its size.
    indirect case measure(Measure)
    case table(Table)
    /// What `check` and `solve` conclude: text for a person, rows for the other output modes.
    case verdict(Verdict)

    public static func number(_ value: Rational) -> Value { .number(value, isPercent: false, decimals: nil) }

    /// A figure's number in its own unit as the language holds it: a percentage (17.4) as its
    /// fraction (0.174), anything else as it is.
    static func stated(_ value: Rational, isPercent: Bool) -> Value {
        guard isPercent, let fraction = try? value.divided(by: .hundred) else { return .number(value) }
        return .number(fraction, isPercent: true, decimals: nil)
    }

    /// The text a table cell or the shell shows.
    public var text: String {
        switch self {
        case .number(let value, let isPercent, let decimals):
            guard isPercent else { return value.description }
            guard let scaled = try? value.multiplied(by: .hundred) else { return value.description }
            guard let decimals else { return scaled.description + "%" }
            return (try? scaled.roundedHalfUp(decimals: decimals)) ?? scaled.description
        case .string(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .measure(let measure): return measure.raw
        case .table(let table): return "(\(table.rows.count) rows)"
        case .verdict(let verdict): return verdict.text
        }
    }

    public var isNumeric: Bool {
        if case .number = self { return true }
        return false
    }

    /// The value as a table, for rendering any result the same way.
    public var table: Table {
        switch self {
        case .table(let table): return table
        case .measure(let measure): return Table(measures: [measure])
        case .verdict(let verdict): return verdict.table
        default: return Table(columns: ["value"], rows: [[self]])
        }
    }

    public var json: JSONValue {
        switch self {
        case .number(let value, let isPercent, let decimals):
            if isPercent, decimals == nil, let scaled = try? value.multiplied(by: .hundred) { return .decimal(scaled) }
            if isPercent { return .string(text) }
            return .decimal(value)
        case .string(let text): return .string(text)
        case .boolean(let flag): return .bool(flag)
        case .null: return .null
        case .measure(let measure): return measure.json
        case .table(let table): return .array(table.jsonRows)
        case .verdict(let verdict): return .array(verdict.table.jsonRows)
        }
    }
}

extension Rational {
    /// `value` with `decimals` places, halves rounded away from zero, as text.
    func roundedHalfUp(decimals: Int) throws(ArithmeticError) -> String {
        let scale = Rational(try Rational.powerOfTen(decimals))
        let scaled = try multiplied(by: scale)
        let magnitude = scaled.isNegative ? scaled.negated() : scaled
        let half = try Rational(numerator: 1, denominator: 2)
        let rounded = Rational(try magnitude.adding(half).floor)
        let signed = scaled.isNegative && !rounded.isZero ? rounded.negated() : rounded
        let result = try signed.divided(by: scale)
        var text = result.decimalDigits(maxFractionDigits: decimals).text
        let written = text.split(separator: ".").dropFirst().first?.count ?? 0
        if decimals > 0 && written == 0 { text += "." }
        text += String(repeating: "0", count: decimals - written)
        return text + "%"
    }
}
