import ReportModel
import ReportVerification

/// The source `indicators` and the `cross-report` rows of `audit`: the reports' figures for the
/// standard quantities of the genre (docs/indicators.md), so that the same quantity lines up
/// across reports (`indicators | where indicator == "纠错率" | sort year | chart value by region`).
extension Evaluator {
    public static let indicatorColumns = [
        "report", "region", "body", "year", "indicator", "value", "unit", "measure", "raw", "approx", "lower", "upper",
        "topic", "period", "measures",
    ]

    func indicatorsTable() -> Table {
        var table = Table(
            columns: Self.indicatorColumns,
            rows: reports.flatMap { report in
                IndicatorReading(report: report).figures.map { figure in
                    let measure = figure.measure
                    let isPercent = measure.kind == .percent
                    let number = { (value: Rational?) in value.map { Value.stated($0, isPercent: isPercent) } ?? .null }
                    return [
                        .string(report.id), report.region.map(Value.string) ?? .null, report.body.map(Value.string) ?? .null,
                        figure.year.map { .number(Rational($0)) } ?? .null, .string(figure.indicator.name),
                        number(measure.value), .string(measure.unit), .string(measure.id), .string(measure.raw),
                        measure.approx.map(Value.string) ?? .null, number(measure.lower), number(measure.upper),
                        .string(figure.indicator.topic.rawValue), .string(figure.period.rawValue),
                        .string(figure.measures.map(\.id).joined(separator: ",")),
                    ]
                }
            })
        table.readingColumns = ["report", "year", "indicator", "raw", "measure"]
        return table
    }

    /// The rows that compare the reports in use with one another, after every report's own, from
    /// the indicators of the reports compared (``CrossReportAudit/rows(reports:readings:)``).
    func crossReportAuditRows(readings: [IndicatorReading?]) -> AuditRowColumns {
        AuditRowColumns(CrossReportAudit.rows(reports: reports, readings: readings))
    }
}
