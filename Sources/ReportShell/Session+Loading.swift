import ReportLoading
import ReportModel
import ReportOutput

/// Reports read from a path as the shell and the command line load them: a folder's files that
/// cannot be read are reported, one line each and a count, and skipped.
extension Session {
    /// The reports of `path`, the files that could not be read reported (``reportUnreadFiles``).
    /// A file given on its own that cannot be read, or Ctrl-C during the load, is the error, and
    /// nothing is kept.
    func readReports(from path: String) throws(ReportLoadError) -> [Report] {
        let loaded = try Self.load(path: path, progressLine: loadProgress, isCancelled: isCancelled)
        reportUnreadFiles(of: loaded, in: path)
        return loaded.reports
    }

    /// A line `FILE: error: WHY` for each file of `loaded` that could not be read, then a count for
    /// the folder; they add to ``unreadFiles``.
    public func reportUnreadFiles(of loaded: LoadedReports, in path: String) {
        guard !loaded.failures.isEmpty else { return }
        for failure in loaded.failures {
            report(DiagnosticMessage(location: failure.location, message: failure.message))
        }
        unreadFiles += loaded.failures.count
        report(
            DiagnosticMessage(
                location: path, label: nil,
                message: "\(loaded.failures.count) of \(loaded.fileCount) files could not be read; "
                    + "the other \(loaded.reports.count) are loaded"))
    }

    /// ``ReportLoader/load(path:isCancelled:progress:)`` with a progress line when one is made.
    public static func load(
        path: String, progressLine: (() -> LoadProgressLine)?, isCancelled: () -> Bool
    ) throws(ReportLoadError) -> LoadedReports {
        let line = progressLine?()
        defer { line?.finish() }
        return try ReportLoader.load(path: path, isCancelled: isCancelled, progress: { line?.update($0) })
    }
}
