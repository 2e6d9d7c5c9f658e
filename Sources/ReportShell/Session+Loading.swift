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
        let messages = Self.unreadFileMessages(
            loaded.failures, of: loaded.fileCount, in: path, loadedCount: loaded.reports.count)
        messages.forEach(report)
        unreadFiles += loaded.failures.count
    }

    /// The lines for the files of a folder that could not be read: `FILE: error: WHY` for each,
    /// then `FOLDER: K of N files could not be read`, with how many were loaded when they were kept.
    public static func unreadFileMessages(
        _ failures: [ReportLoadError], of fileCount: Int, in path: String, loadedCount: Int? = nil
    ) -> [DiagnosticMessage] {
        guard !failures.isEmpty else { return [] }
        let count = "\(failures.count) of \(fileCount) files could not be read"
        return failures.map { DiagnosticMessage(location: $0.location, message: $0.message) } + [
            DiagnosticMessage(
                location: path, label: nil,
                message: loadedCount.map { "\(count); the other \($0) are loaded" } ?? count)
        ]
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
