import ReportModel
import ReportVerification

/// The source `audit` and the stages that read an audit row's fields one at a time: `where`,
/// `take`, `count` and `group … count` run over the rows the session keeps (``AuditRowColumns``),
/// and a table of every field is built only for the rows that reach a stage needing one (or the
/// output). A corpus's audit is hundreds of thousands of rows; as a table of values it took a
/// kilobyte and a half a row.
extension Evaluator {
    /// The value of `audit` followed by the leading `stages` it can run without a table, and how
    /// many of the stages it ran.
    func auditSource(_ stages: [Stage]) throws(Diagnostic) -> (value: Value, stagesRun: Int) {
        let parts = try auditRows()
        var selected = parts.indices.flatMap { part in
            (0..<parts[part].count).map { AuditRowPosition(part: part, row: $0) }
        }
        var stagesRun = 0
        stages: while stagesRun < stages.count {
            switch stages[stagesRun] {
            case .filter(let condition):
                var kept: [AuditRowPosition] = []
                for position in selected {
                    if try keeps(condition, Row(auditRows: parts[position.part], at: position.row)) { kept.append(position) }
                }
                selected = kept
            case .take(let count):
                selected = Array(selected.prefix(try takeLimit(count)))
            case .aggregate(.count):
                return (.number(Rational(selected.count)), stagesRun + 1)
            case .group(let key, let aggregate):
                return (.table(try grouped(selected, of: parts, by: key, aggregate)), stagesRun + 1)
            default:
                break stages
            }
            stagesRun += 1
        }
        return (.table(auditTable(selected, of: parts)), stagesRun)
    }

    /// `group key aggregate` over the rows at `selected`: only the key of each row is read, and a
    /// group's full rows only for an aggregate other than `count`, one group at a time.
    private func grouped(
        _ selected: [AuditRowPosition], of parts: [AuditRowColumns], by key: Field, _ aggregate: Aggregate
    ) throws(Diagnostic) -> Table {
        let columns = Table(columns: AuditRow.fieldNames, rows: [])
        let index = try column(key, in: columns)
        var rows: [[Value]] = []
        for group in Self.groups(of: selected.count, by: { parts[selected[$0].part].value(index, of: selected[$0].row) }) {
            let result: Value
            if case .count = aggregate {
                result = .number(Rational(group.members.count))
            } else {
                let members = group.members.map { parts[selected[$0].part].values(of: selected[$0].row) }
                result = try self.aggregate(aggregate, rows: members, table: columns)
            }
            rows.append([group.key, result])
        }
        return Table(columns: [key.name, Self.name(of: aggregate)], rows: rows)
    }

    private func auditTable(_ selected: [AuditRowPosition], of parts: [AuditRowColumns]) -> Table {
        var table = Table(columns: AuditRow.fieldNames, rows: selected.map { parts[$0.part].values(of: $0.row) })
        table.readingColumns = ["claim", "raw", "subject", "verdict", "arithmetic"]
        return table
    }
}

/// Where an audit row stands among those kept: a row kept by `where` or `take`.
struct AuditRowPosition {
    var part: Int
    var row: Int
}
