import ReportModel

/// Rows of values under named columns; every row of measures or sections carries `report`.
public struct Table: Sendable {
    public var columns: [String]
    public var rows: [[Value]]
    /// The columns a person reads first (`id raw subject section` of a measure): a terminal shows
    /// these alone until `.columns all`; nil shows every column. `where`, `sort` and `take` keep
    /// them; `select` names its own.
    public var readingColumns: [String]?
    /// Rows are measures found by their sentence (`find`): a terminal marks each row's figure in
    /// its sentence.
    public var marksFigures = false

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The same columns (reading columns too) over other rows.
    func with(rows: [[Value]]) -> Table {
        var table = self
        table.rows = rows
        return table
    }

    public static let measureColumns = [
        "id", "value", "unit", "raw", "kind", "approx", "lower", "upper", "decimals",
        "subject", "section", "heading", "sentence", "start", "end", "report",
    ]

    public init(measures: [Measure], readingColumns: [String] = ["id", "raw", "subject", "section"]) {
        self.init(columns: Self.measureColumns, rows: measures.map(Self.row))
        self.readingColumns = readingColumns
    }

    /// Only the reading columns (with `report` first when the rows come from several reports),
    /// and how many columns were left out; the table itself when it has no reading columns.
    public var forReading: (table: Table, hidden: Int) {
        guard let readingColumns else { return (self, 0) }
        var names = readingColumns
        if let report = columns.firstIndex(of: "report"), Set(rows.map { $0[report].text }).count > 1 {
            names.insert("report", at: 0)
        }
        let indices = names.compactMap { columns.firstIndex(of: $0) }
        guard indices.count < columns.count else { return (self, 0) }
        return (
            Table(columns: indices.map { columns[$0] }, rows: rows.map { row in indices.map { row[$0] } }),
            columns.count - indices.count
        )
    }

    static func row(_ measure: Measure) -> [Value] {
        measureColumns.indices.map { field($0, of: measure) }
    }

    static let measureColumnPositions = Dictionary(
        uniqueKeysWithValues: measureColumns.enumerated().map { ($0.element, $0.offset) })

    /// The field of a measure at `position` in ``measureColumns``.
    static func field(_ position: Int, of measure: Measure) -> Value {
        func number(_ value: Rational?) -> Value { value.map { Value.stated($0, isPercent: measure.kind == .percent) } ?? .null }
        switch position {
        case 0: return .string(measure.id)
        case 1: return number(measure.value)
        case 2: return .string(measure.unit)
        case 3: return .string(measure.raw)
        case 4: return .string(measure.kind.rawValue)
        case 5: return measure.approx.map(Value.string) ?? .null
        case 6: return number(measure.lower)
        case 7: return number(measure.upper)
        case 8: return .number(Rational(measure.decimals))
        case 9: return .string(measure.subject)
        case 10: return .string(measure.section)
        case 11: return .string(measure.heading)
        case 12: return .string(measure.sentence)
        case 13: return .number(Rational(measure.start))
        case 14: return .number(Rational(measure.end))
        default: return .string(measure.report)
        }
    }
}

extension Table {
    /// Each row as a JSON object of its columns, as the json and jsonl modes write it.
    public var jsonRows: [JSONValue] {
        rows.map { row in .object(Array(zip(columns, row.map(\.json)))) }
    }
}
