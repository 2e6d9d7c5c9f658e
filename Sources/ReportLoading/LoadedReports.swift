import ReportModel

/// What loading a path gave: its reports in the order of their paths, and the files that could
/// not be read, each skipped with the reason.
public struct LoadedReports: Sendable {
    public var reports: [Report] = []
    public var failures: [ReportLoadError] = []
    /// The report files the path named: reports and failures together.
    public var fileCount = 0

    public init() {}
}

/// How far a load has come, after each file: for a progress line.
public struct LoadProgress: Sendable, Equatable {
    public var files: Int
    public var fileCount: Int
    public var bytes: Int
    public var byteCount: Int

    public init(files: Int, fileCount: Int, bytes: Int, byteCount: Int) {
        self.files = files
        self.fileCount = fileCount
        self.bytes = bytes
        self.byteCount = byteCount
    }
}
