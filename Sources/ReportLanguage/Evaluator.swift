import ReportModel
import ReportVerification

/// Runs parsed statements against loaded reports, keeping `let` names and the last result.
public struct Evaluator {
    public var reports: [Report] {
        didSet {
            measureIndex = MeasureIndex(reports)
            auditCache = AuditCache()
        }
    }
    private(set) var measureIndex: MeasureIndex
    private(set) var auditCache = AuditCache()
    public var names: [String: Value] = [:]
    public var arguments: [String: String] = [:]
    public var lastResult: Value = .null
    /// Polled between rows and reports, so Ctrl-C stops a long statement (the shell fills it in).
    public var shouldStop: () -> Bool = { false }

    public init(reports: [Report]) {
        self.reports = reports
        measureIndex = MeasureIndex(reports)
    }

    /// Runs one statement; an assignment yields nil (nothing to print).
    public mutating func run(_ statement: Statement) throws(Diagnostic) -> Value? {
        switch statement {
        case .assignment(let name, let pipeline, _):
            names[name] = try evaluate(pipeline)
            return nil
        case .query(let pipeline):
            let result = try evaluate(pipeline)
            lastResult = result
            return result
        case .check(let check):
            let result = Value.verdict(try self.check(check))
            lastResult = result
            return result
        case .solve(let claim, let base):
            let result = Value.verdict(try solve(claim, base: base))
            lastResult = result
            return result
        }
    }

    var allMeasures: [Measure] { reports.flatMap(\.measures) }

    func evaluate(_ pipeline: Pipeline) throws(Diagnostic) -> Value {
        var value: Value
        var stages = pipeline.stages[...]
        switch pipeline.source {
        case .measures:
            let (measures, stagesRun) = try measuresSource(pipeline.stages)
            value = measures
            stages = stages.dropFirst(stagesRun)
        case .sections: value = .table(sectionsTable())
        case .reports: value = .table(reportsTable())
        case .tables: value = .table(tablesTable())
        case .cells: value = .table(cellsTable())
        case .indicators: value = .table(indicatorsTable())
        case .audit:
            let (rows, stagesRun) = try auditSource(pipeline.stages)
            value = rows
            stages = stages.dropFirst(stagesRun)
        case .find(let text):
            let search = TextSearch(text)
            var table = Table(
                measures: reports.flatMap { $0.measures.filter { search.isFound(in: $0.sentence) } },
                readingColumns: ["id", "raw", "subject", "sentence"])
            table.marksFigures = true
            value = .table(table)
        case .expression(let expression): value = try evaluate(expression, row: nil)
        }
        for stage in stages {
            value = try apply(stage, to: value)
        }
        return value
    }

    private func sectionsTable() -> Table {
        Table(
            columns: ["path", "title", "level", "start", "end", "report"],
            rows: reports.flatMap { report in
                report.sections.map {
                    [
                        .string($0.path), .string($0.title), .number(Rational($0.level)),
                        .number(Rational($0.start)), .number(Rational($0.end)), .string(report.id),
                    ]
                }
            })
    }

    private func reportsTable() -> Table {
        Table(
            columns: ["id", "title", "region", "region_level", "body", "year", "genre", "found", "measures", "sections"],
            rows: reports.map { report in
                [
                    .string(report.id), .string(report.title), report.region.map(Value.string) ?? .null,
                    report.regionLevel.map(Value.string) ?? .null, report.body.map(Value.string) ?? .null,
                    report.year.map { .number(Rational($0)) } ?? .null, report.genre.map(Value.string) ?? .null,
                    .string(report.metadataSources.summary),
                    .number(Rational(report.measures.count)), .number(Rational(report.sectionCount)),
                ]
            })
    }

    private func apply(_ stage: Stage, to value: Value) throws(Diagnostic) -> Value {
        let table = value.table
        switch stage {
        case .filter(let condition):
            var rows: [[Value]] = []
            for row in table.rows {
                if try keeps(condition, Row(columns: table.columns, values: row)) { rows.append(row) }
            }
            return .table(table.with(rows: rows))
        case .sort(let keys):
            let indices = try keys.map { key throws(Diagnostic) in (try column(key.field, in: table), key.descending) }
            let ordered = table.rows.enumerated().sorted { left, right in
                for (index, descending) in indices {
                    let order = Self.compare(left.element[index], right.element[index])
                    if order != 0 { return descending ? order > 0 : order < 0 }
                }
                return left.offset < right.offset
            }
            return .table(table.with(rows: ordered.map(\.element)))
        case .take(let count):
            return .table(table.with(rows: Array(table.rows.prefix(try takeLimit(count)))))
        case .select(let selections):
            var rows: [[Value]] = []
            for row in table.rows {
                try stopIfAsked(at: selections.first?.value.range ?? SourceRange(line: 1, column: 1, length: 1))
                var values: [Value] = []
                for selection in selections {
                    values.append(try evaluate(selection.value, row: Row(columns: table.columns, values: row)))
                }
                rows.append(values)
            }
            return .table(Table(columns: selections.map(\.name), rows: rows))
        case .aggregate(let aggregate):
            let result = try self.aggregate(aggregate, rows: table.rows, table: table)
            return result
        case .group(let key, let aggregate):
            let index = try column(key, in: table)
            var rows: [[Value]] = []
            for group in Self.groups(of: table.rows.count, by: { table.rows[$0][index] }) {
                rows.append([group.key, try self.aggregate(aggregate, rows: group.members.map { table.rows[$0] }, table: table)])
            }
            return .table(Table(columns: [key.name, Self.name(of: aggregate)], rows: rows))
        case .chart(let valueField, let labelField, let range):
            return .table(try chart(table, value: valueField, label: labelField, at: range))
        }
    }

    /// Whether `where` keeps `row`: asks first whether to stop.
    func keeps(_ condition: Expression, _ row: Row) throws(Diagnostic) -> Bool {
        try stopIfAsked(at: condition.range)
        let keep = try evaluate(condition, row: row)
        guard case .boolean(let flag) = keep else {
            throw Diagnostic("'where' needs a true/false condition, got \(keep.text)", at: condition.range)
        }
        return flag
    }

    /// The `count` rows (by position) grouped by the text of their `key`, the groups in the order
    /// of their first row, each with its first row's key.
    static func groups(of count: Int, by key: (Int) -> Value) -> [(key: Value, members: [Int])] {
        var groups: [(key: Value, members: [Int])] = []
        var groupOfLabel: [String: Int] = [:]
        for position in 0..<count {
            let value = key(position)
            let label = value.text
            if let group = groupOfLabel[label] {
                groups[group].members.append(position)
            } else {
                groupOfLabel[label] = groups.count
                groups.append((value, [position]))
            }
        }
        return groups
    }

    /// How many rows `take` keeps.
    func takeLimit(_ count: Expression) throws(Diagnostic) -> Int {
        let value = try evaluate(count, row: nil)
        guard case .number(let number, false, _) = value, number.isInteger, !number.isNegative,
            let limit = Int(exactly: number.numerator)
        else {
            throw Diagnostic("'take' needs a whole number, got \(value.text)", at: count.range)
        }
        return limit
    }

    static func name(of aggregate: Aggregate) -> String {
        switch aggregate {
        case .count: return "count"
        case .sum(let field): return "sum_\(field.name)"
        case .average(let field): return "avg_\(field.name)"
        case .minimum(let field): return "min_\(field.name)"
        case .maximum(let field): return "max_\(field.name)"
        }
    }

    func aggregate(_ aggregate: Aggregate, rows: [[Value]], table: Table) throws(Diagnostic) -> Value {
        let field: Field
        switch aggregate {
        case .count: return .number(Rational(rows.count))
        case .sum(let f), .average(let f), .minimum(let f), .maximum(let f): field = f
        }
        let index = try column(field, in: table)
        var numbers: [Rational] = []
        var isPercent = true
        for row in rows {
            guard case .number(let number, let percent, _) = row[index] else {
                if case .null = row[index] { continue }
                throw Diagnostic("field '\(field.name)' is not a number (\(row[index].text))", at: field.range)
            }
            numbers.append(number)
            isPercent = isPercent && percent
        }
        func result(_ value: Rational) -> Value { .number(value, isPercent: isPercent && !numbers.isEmpty, decimals: nil) }
        do {
            var sum = Rational.zero
            for number in numbers { sum = try sum.adding(number) }
            switch aggregate {
            case .count: return .number(Rational(rows.count))
            case .sum: return result(sum)
            case .average:
                guard !numbers.isEmpty else { return .null }
                return result(try sum.divided(by: Rational(numbers.count)))
            case .minimum: return numbers.min().map(result) ?? .null
            case .maximum: return numbers.max().map(result) ?? .null
            }
        } catch {
            throw Diagnostic("the \(Self.name(of: aggregate)) overflows", at: field.range)
        }
    }

    func stopIfAsked(at range: SourceRange) throws(Diagnostic) {
        if shouldStop() { throw Diagnostic.interrupted(at: range) }
    }

    func column(_ field: Field, in table: Table) throws(Diagnostic) -> Int {
        guard let index = table.columns.firstIndex(of: field.name) else {
            throw Diagnostic(
                "unknown field '\(field.name)'" + EditDistance.suggestion(for: field.name, among: table.columns),
                at: field.range)
        }
        return index
    }

    /// Numbers before strings; null last. Returns -1, 0 or 1.
    static func compare(_ left: Value, _ right: Value) -> Int {
        switch (left, right) {
        case let (.number(a, _, _), .number(b, _, _)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        default: return left.text < right.text ? -1 : (left.text == right.text ? 0 : 1)
        }
    }
}

/// One row under evaluation: `where` and `select` read its fields by bare name. A measure's row
/// works out only the fields that are read, from the measure where it stands (no copy of it).
struct Row {
    var columns: [String]
    var values: [Value]
    private var measures: [Measure] = []
    private var measureIndex = -1
    private var auditRows: AuditRowColumns?
    private var auditRow = -1

    init(columns: [String], values: [Value]) {
        self.columns = columns
        self.values = values
    }

    /// Row `index` of kept audit rows, its fields read when asked.
    init(auditRows: AuditRowColumns, at index: Int) {
        columns = AuditRow.fieldNames
        values = []
        self.auditRows = auditRows
        auditRow = index
    }

    init(measures: [Measure], at index: Int) {
        columns = Table.measureColumns
        values = []
        self.measures = measures
        measureIndex = index
    }

    func value(of name: String) -> Value? {
        if measureIndex >= 0 {
            return Table.measureColumnPositions[name].map { Table.field($0, of: measures[measureIndex]) }
        }
        if let auditRows {
            return columns.firstIndex(of: name).map { auditRows.value($0, of: auditRow) }
        }
        return columns.firstIndex(of: name).map { values[$0] }
    }
}
