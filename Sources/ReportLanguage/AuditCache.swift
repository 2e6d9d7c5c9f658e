import Dispatch
import ReportModel
import ReportVerification

/// The audit rows of each report in use, and the rows that compare the reports with one another,
/// worked out the first time `audit` reads them and kept until the reports in use change: a session audits a corpus once, however often it asks. A
/// class, so that `audit` (which does not mutate the evaluator) can fill it in.
///
/// Each report is audited on its own, so the reports are audited on every core, a batch at a time,
/// and their rows kept in reading order. A report's rows are kept compactly (``AuditRowColumns``),
/// and the indicators the cross-report check reads only until it has read them.
final class AuditCache {
    private var rowsByReport: [Int: AuditRowColumns] = [:]
    private var readings: [Int: IndicatorReading] = [:]
    private var crossReportRows: AuditRowColumns?
    /// Reports audited at once; between batches the evaluator may stop.
    private static let batch = 256

    /// The rows of every report in `reports` (the reports in use), report by report, then the rows
    /// across them.
    /// `auditing` gives one report's rows, and its indicators when asked (read with the audit, which
    /// shares its reading of the tables); `comparing` the rows across the reports from the
    /// indicators of those ``CrossReportAudit/comparedReports(_:)`` names. `beforeBatch` runs before
    /// each batch of reports not yet audited.
    func rows(
        of reports: [Report], auditing: (Report, _ readingIndicators: Bool) -> (AuditRowColumns, IndicatorReading?),
        comparing: ([IndicatorReading?]) -> AuditRowColumns, beforeBatch: () throws(Diagnostic) -> Void
    ) throws(Diagnostic) -> [AuditRowColumns] {
        let compared = crossReportRows == nil ? CrossReportAudit.comparedReports(reports) : []
        let pending = reports.indices.filter { position in
            rowsByReport[position] == nil || (!compared.isEmpty && compared[position] && readings[position] == nil)
        }
        var start = 0
        while start < pending.count {
            try beforeBatch()
            let positions = Array(pending[start..<min(start + Self.batch, pending.count)])
            let results = Self.inParallel(positions) { position -> (AuditRowColumns?, IndicatorReading?) in
                let reads = !compared.isEmpty && compared[position]
                guard rowsByReport[position] == nil else {
                    return (nil, reads ? IndicatorReading(report: reports[position]) : nil)
                }
                return auditing(reports[position], reads)
            }
            for (position, (rows, reading)) in zip(positions, results) {
                if let rows { rowsByReport[position] = rows }
                if let reading { readings[position] = reading }
            }
            start += Self.batch
        }
        if crossReportRows == nil {
            crossReportRows = comparing(reports.indices.map { readings[$0] })
            readings = [:]
        }
        return reports.indices.compactMap { rowsByReport[$0] } + (crossReportRows.map { [$0] } ?? [])
    }

    /// `transform` of each item on every core, in the items' order.
    private static func inParallel<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Each item writes its own slot, so the slots need no lock.
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results[index] = transform(items[index])
        }
        let collected = results.compactMap { $0 }
        _ = results.deinitialize()
        return collected
    }
}
