import Glibc
import ReportDocuments
import ReportLoading
import ReportModel
import ReportShell
import ShellKit

/// What the files named on the command line are, as sqlite3 and duckdb read theirs: a script
/// (`.rsh`, or a first line `#!`) to run with its arguments, or reports to open the shell on.
/// Anything else is tried as a report, so that `reportsh report.txt` opens it rather than failing
/// on its first sentence as a statement; a web page, Word file or PDF that fails says only why.
enum CommandLineFile {
    case script(path: String, arguments: [String])
    /// Each path with what it gave: reports, and a folder's files that could not be read.
    case reports([(loaded: LoadedReports, path: String)])

    init(_ paths: [String], progressLine: (() -> LoadProgressLine)?) throws(UsageFailure) {
        let first = paths[0]
        guard try !Self.isScript(first) else {
            self = .script(path: first, arguments: Array(paths.dropFirst()))
            return
        }
        var opened: [(loaded: LoadedReports, path: String)] = []
        for path in paths {
            let loaded: LoadedReports
            do {
                loaded = try Session.load(path: path, progressLine: progressLine, isCancelled: { Interrupt.isRequested })
            } catch {
                throw Self.neither(path, because: error.description, isFirst: path == first && opened.isEmpty)
            }
            guard loaded.reports.contains(where: { !$0.measures.isEmpty }) else {
                let problem =
                    loaded.failures.first.map { "\($0); none of its \(loaded.fileCount) files could be read" }
                    ?? "\(path): it holds no figures (open it anyway with -r \(path))"
                throw Self.neither(path, because: problem, isFirst: opened.isEmpty)
            }
            opened.append((loaded, path))
        }
        self = .reports(opened)
    }

    /// A script by its name or its first line.
    private static func isScript(_ path: String) throws(UsageFailure) -> Bool {
        if path.hasSuffix(".rsh") { return true }
        var status = stat()
        guard stat(path, &status) == 0 else { throw UsageFailure(ReportLoadError.notFound(path).description) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return false }
        let start = firstBytes(of: path, count: 5)
        let line = start.starts(with: [0xEF, 0xBB, 0xBF]) ? start.dropFirst(3) : start[...]
        return line.starts(with: [UInt8(ascii: "#"), UInt8(ascii: "!")])
    }

    /// Whether the file's first bytes make it a format of its own (a web page, Word file, PDF, or
    /// an image): then it was never meant as a script, and its failure is the whole story.
    private static func isDocument(_ path: String) -> Bool {
        let start = firstBytes(of: path, count: 1024)
        guard !start.isEmpty else { return false }
        do { return try DocumentFormat.of(start, fileName: path) != .text } catch { return true }
    }

    private static func firstBytes(of path: String, count: Int) -> [UInt8] {
        guard let file = fopen(path, "rb") else { return [] }
        defer { fclose(file) }
        var start = [UInt8](repeating: 0, count: count)
        start.removeSubrange(fread(&start, 1, count, file)...)
        return start
    }

    /// The one line for a file that is neither: what was tried and what to do instead. Only the
    /// first file could have been a script; the others follow a report and must be reports too.
    private static func neither(_ path: String, because problem: String, isFirst: Bool) -> UsageFailure {
        guard isFirst else {
            return UsageFailure("\(problem); after a report, every file named must be a report")
        }
        guard !isDocument(path) else { return UsageFailure(problem) }
        return UsageFailure(
            "'\(path)' is neither a report nor a script; tried as a report: \(problem); "
                + "a script ends in .rsh or starts with #! (rename it, or add '#!/usr/bin/env reportsh' as its first line)")
    }
}
