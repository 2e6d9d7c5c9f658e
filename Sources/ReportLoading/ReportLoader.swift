// FoundationEssentials, not Foundation: the full framework (ICU included) doubles start-up time.
import FoundationEssentials
import ReportExtraction
import ReportModel

/// Why reports could not be loaded; the command line prints `description` and exits 2.
public enum ReportLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String)
    case tooLarge(String)
    case undecodable(path: String, String)
    case emptyDirectory(String)
    case invalidJSON(path: String, JSONParser.Failure)
    case invalidModelIn(path: String, String)
    /// Ctrl-C during the load of a folder: nothing of it was kept.
    case interrupted(String)

    public var description: String { location + ": " + message }

    /// The file, and for model JSON the line and column, that the error is about.
    public var location: String {
        switch self {
        case .notFound(let path), .unreadable(let path), .tooLarge(let path), .undecodable(let path, _),
            .emptyDirectory(let path), .invalidModelIn(let path, _), .interrupted(let path):
            return path
        case .invalidJSON(let path, let failure): return "\(path):\(failure.line):\(failure.column)"
        }
    }

    public var message: String {
        switch self {
        case .notFound: return "no such file or directory"
        case .unreadable: return "cannot read the file"
        case .tooLarge: return "larger than \(FileBytes.maximumSize >> 20) MiB, the most a report file may hold"
        case .undecodable(_, let problem): return problem
        case .emptyDirectory:
            return "the directory holds no report (.txt, .json, .html, .htm, .shtml, .docx or .pdf, at any depth)"
        case .invalidJSON(_, let failure): return "invalid model JSON: \(failure.message)"
        case .invalidModelIn(_, let problem): return "invalid model JSON: \(problem)"
        case .interrupted: return "loading interrupted; none of the folder's reports were kept"
        }
    }
}

/// Loads reports from files: plain text, web pages, Word files and PDFs (run through the
/// extractor), model JSON written by `extract`, or a folder of them at any depth (see
/// ``ReportFiles``), in the order of their paths.
public enum ReportLoader {
    /// Every report of `path`; the first file that cannot be read is the error.
    public static func load(path: String) throws(ReportLoadError) -> [Report] {
        let loaded = try load(path: path, isCancelled: { false })
        if let failure = loaded.failures.first { throw failure }
        return loaded.reports
    }

    /// The reports of `path`, and the files of a folder that could not be read, each skipped.
    /// A single file that cannot be read is the error, as is Ctrl-C (`isCancelled`) during a load:
    /// a folder loads whole or not at all. The reports are held, so they are compacted.
    public static func load(
        path: String, isCancelled: () -> Bool, progress: (LoadProgress) -> Void = { _ in }
    ) throws(ReportLoadError) -> LoadedReports {
        var loaded = LoadedReports()
        guard let folder = try ReportFiles.inFolder(path) else {
            loaded.reports = [try loadFile(path, id: ReportFiles.ids(for: [path])[0], compacting: true)]
            loaded.fileCount = 1
            return loaded
        }
        // Sized up front: grown by doubling, the array would hold two copies while it moves, and
        // up to half of its room unused at the end.
        loaded.reports.reserveCapacity(folder.files.count)
        loaded.fileCount = try forEachReport(
            in: folder, path: path, compacting: true, isCancelled: isCancelled, progress: progress
        ) { result in
            switch result {
            case .success(let report): loaded.reports.append(report)
            case .failure(let failure): loaded.failures.append(failure)
            }
        }
        return loaded
    }

    /// Reads the reports of `path` on every core and hands each file's report, or why it could not
    /// be read, to `body` in the order of their paths, a few files ahead of it at most: memory
    /// holds those, not the whole folder. Returns how many files there were. `compacting` is for
    /// reports that are to be held: each is compacted on the core that read it.
    @discardableResult
    public static func forEachReport(
        path: String, compacting: Bool = false, isCancelled: () -> Bool = { false },
        progress: (LoadProgress) -> Void = { _ in }, each body: (Result<Report, ReportLoadError>) -> Void
    ) throws(ReportLoadError) -> Int {
        guard let folder = try ReportFiles.inFolder(path) else {
            body(.success(try loadFile(path, id: ReportFiles.ids(for: [path])[0], compacting: compacting)))
            return 1
        }
        return try forEachReport(
            in: folder, path: path, compacting: compacting, isCancelled: isCancelled, progress: progress, each: body)
    }

    /// The same, with the reports handed to `consumer`: a single file's as the extractor finds its
    /// parts (the report, then each measure), so that `extract` of one big report writes its first
    /// measures before its last are found and memory never holds its measures; a folder's report
    /// by report, each file that cannot be read to `failed`. `compacting` is for a consumer that
    /// holds every report: each is compacted (a folder's on the cores that read them) and handed
    /// over whole.
    @discardableResult
    public static func forEachReport(
        path: String, compacting: Bool = false, progress: (LoadProgress) -> Void = { _ in },
        into consumer: inout some ReportConsumer, failed: (ReportLoadError) -> Void
    ) throws(ReportLoadError) -> Int {
        guard let folder = try ReportFiles.inFolder(path) else {
            let id = ReportFiles.ids(for: [path])[0]
            if compacting {
                consumer.consume(try loadFile(path, id: id, compacting: true))
            } else {
                try readFile(path, id: id, into: &consumer)
            }
            return 1
        }
        return try forEachReport(
            in: folder, path: path, compacting: compacting, isCancelled: { false }, progress: progress,
            each: { result in
                switch result {
                case .success(let report): consumer.consume(report)
                case .failure(let failure): failed(failure)
                }
            })
    }

    private static func forEachReport(
        in folder: ReportFiles, path: String, compacting: Bool, isCancelled: () -> Bool,
        progress: (LoadProgress) -> Void, each body: (Result<Report, ReportLoadError>) -> Void
    ) throws(ReportLoadError) -> Int {
        let files = folder.files
        guard !files.isEmpty else { throw .emptyDirectory(path) }
        var done = LoadProgress(files: 0, fileCount: files.count, bytes: 0, byteCount: folder.totalSize)
        let finished = OrderedParallelMap.run(
            count: files.count, shouldStop: isCancelled,
            transform: { index in
                Result { () throws(ReportLoadError) in
                    try loadFile(files[index].path, id: files[index].id, compacting: compacting)
                }
            },
            deliver: { index, result in
                body(result)
                done.files += 1
                done.bytes += files[index].size
                progress(done)
            })
        guard finished else { throw .interrupted(path) }
        return files.count
    }

    static func loadFile(_ path: String, id: String, compacting: Bool) throws(ReportLoadError) -> Report {
        var collector = ReportCollector(compacting: compacting)
        try readFile(path, id: id, into: &collector)
        return collector.reports[0]
    }

    /// A file's report handed to `consumer`: model JSON whole, any other file as it is extracted,
    /// with what its text leaves unsaid of region, body, year and genre read from the file's name.
    private static func readFile(
        _ path: String, id: String, into consumer: inout some ReportConsumer
    ) throws(ReportLoadError) {
        // In a block of its own: the file's bytes are let go before the text is extracted.
        let text: String
        do {
            let bytes: [UInt8]
            do { bytes = try FileBytes.read(path: path) } catch {
                throw error == .tooLarge ? .tooLarge(path) : .unreadable(path)
            }
            if path.hasSuffix(".json") {
                let text = String(decoding: bytes, as: UTF8.self)
                let json: JSONValue
                do { json = try JSONParser.parse(text) } catch { throw .invalidJSON(path: path, error) }
                do { return consumer.consume(try Report(modelJSON: json)) } catch {
                    throw .invalidModelIn(path: path, error.problem)
                }
            }
            text = try ReportSource.read(bytes, path: path).text
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.lastIndex(of: ".").map { String(fileName[..<$0]) } ?? fileName
        ReportExtractor.extract(text: text, id: id, fileStem: stem, into: &consumer)
    }
}
