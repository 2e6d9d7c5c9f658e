import ReportLanguage
import ReportModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How one column of a source is stored in SQLite, decided from its name and its values so that a
/// source or column added to the language needs nothing here.
///
/// The figures (`value`, `lower`, `upper`, `computed`) are always two columns: the exact number as
/// text (`value_exact`: `17.4`, `2/3`) beside it as REAL (`value`), which is what SQL compares and
/// sums. Any other column is INTEGER when every value in it is a whole number, two columns as the
/// figures are when one is a fraction, and TEXT otherwise. A column with no values (a report with no
/// tables, a year nobody found) takes its type from its name, so that every export of a source has
/// the same columns. A percentage is stored in its own unit (17.4 for 17.4%), as the model JSON
/// writes it.
struct ExportColumn {
    enum Storage: Equatable {
        case text, integer, exact
    }

    /// The columns that hold figures: they keep their two columns even when every value is whole,
    /// so that a query on them works on every export.
    static let figureColumns: Set<String> = ["value", "lower", "upper", "computed"]

    /// The columns of whole numbers (positions, sizes, counts, years): their type when they are empty.
    static let wholeNumberColumns: Set<String> = [
        "start", "end", "level", "decimals", "rows", "cols", "row", "col", "year", "measures", "sections",
    ]

    var name: String
    var storage: Storage

    init(name: String, values: some Sequence<Value>) {
        self.name = name
        guard !Self.figureColumns.contains(name) else {
            storage = .exact
            return
        }
        var storage: Storage?
        for value in values {
            switch value {
            case .null: continue
            case .number(let number, let isPercent, _):
                if isPercent || !number.isInteger || Int64(exactly: number.numerator) == nil {
                    storage = storage == .text ? .text : .exact
                } else if storage == nil {
                    storage = .integer
                }
            case .boolean:
                if storage == nil { storage = .integer }
            default:
                storage = .text
            }
        }
        self.storage = storage ?? (Self.wholeNumberColumns.contains(name) ? .integer : .text)
    }

    /// The names and declared types of the SQL columns this column becomes.
    var definitions: [(name: String, type: String)] {
        switch storage {
        case .text: return [(name, "TEXT")]
        case .integer: return [(name, "INTEGER")]
        case .exact: return [(name, "REAL"), (name + "_exact", "TEXT")]
        }
    }

    /// The SQL values of one row's value, one per definition.
    func sqlValues(_ value: Value) -> [SQLiteValue] {
        switch storage {
        case .exact:
            guard let number = Self.figure(value) else {
                return [.null, value.isNull ? .null : .text(value.text)]
            }
            return [.real(Self.double(number)), .text(Self.exactText(number))]
        case .integer:
            switch value {
            case .number(let number, _, _): return [Int64(exactly: number.numerator).map(SQLiteValue.integer) ?? .null]
            case .boolean(let flag): return [.integer(flag ? 1 : 0)]
            default: return [.null]
            }
        case .text:
            if value.isNull { return [.null] }
            if let number = Self.figure(value) { return [.text(Self.exactText(number))] }
            return [.text(value.text)]
        }
    }

    /// A number in its own unit: a percentage's fraction (0.174) back to what was stated (17.4).
    private static func figure(_ value: Value) -> Rational? {
        guard case .number(let number, let isPercent, _) = value else { return nil }
        guard isPercent else { return number }
        return try? number.multiplied(by: .hundred)
    }

    /// `17.4`, `92960000`, or the fraction when no decimal ends (`2/3`).
    static func exactText(_ number: Rational) -> String {
        number.exactDecimalText ?? "\(number.numerator)/\(number.denominator)"
    }

    /// The nearest double: a decimal read by strtod (correctly rounded), a fraction divided.
    static func double(_ number: Rational) -> Double {
        if let decimal = number.exactDecimalText { return strtod(decimal, nil) }
        return Double(number.numerator) / Double(number.denominator)
    }
}

extension Value {
    fileprivate var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
