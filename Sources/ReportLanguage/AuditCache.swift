import ReportVerification

/// The audit rows of each report in use, and the rows that compare the reports with one another,
/// worked out the first time `audit` reads them and kept until the reports in use change: a session audits a corpus once, however often it asks. A
/// class, so that `audit` (which does not mutate the evaluator) can fill it in.
final class AuditCache {
    private var rowsByReport: [Int: [AuditRow]] = [:]
    private var crossReportRows: [[Value]]?

    /// The rows of the report at `position` among the reports in use.
    func rows(ofReportAt position: Int, compute: () -> [AuditRow]) -> [AuditRow] {
        if let rows = rowsByReport[position] { return rows }
        let rows = compute()
        rowsByReport[position] = rows
        return rows
    }

    /// The rows across the reports in use.
    func crossReport(compute: () -> [[Value]]) -> [[Value]] {
        if let rows = crossReportRows { return rows }
        let rows = compute()
        crossReportRows = rows
        return rows
    }
}
