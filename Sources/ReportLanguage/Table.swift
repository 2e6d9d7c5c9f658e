import ReportModel

/// Rows of values under named columns; every row of measures or sections carries `report`.
public struct Table: Sendable {
    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    public static let measureColumns = ["id", "value", "unit", "raw", "kind", "approx", "lower", "upper", "decimals",
                                        "subject", "section", "heading", "sentence", "start", "end", "report"]

    public init(measures: [Measure]) {
        self.init(columns: Self.measureColumns, rows: measures.map(Self.row))
    }

    static func row(_ measure: Measure) -> [Value] {
        let isPercent = measure.kind == .percent
        func number(_ value: Rational?) -> Value { value.map { Value.stated($0, isPercent: isPercent) } ?? .null }
        return [.string(measure.id), number(measure.value), .string(measure.unit), .string(measure.raw),
                .string(measure.kind.rawValue), measure.approx.map(Value.string) ?? .null,
                number(measure.lower), number(measure.upper), .number(Rational(measure.decimals)),
                .string(measure.subject), .string(measure.section), .string(measure.heading),
                .string(measure.sentence), .number(Rational(measure.start)), .number(Rational(measure.end)),
                .string(measure.report)]
    }
}

extension Table {
    /// Each row as a JSON object of its columns, as the json and jsonl modes write it.
    public var jsonRows: [JSONValue] {
        rows.map { row in .object(Array(zip(columns, row.map(\.json)))) }
    }
}
