import ArgumentParser
import FoundationEssentials
import ReportLanguage
import ReportLoading
import ReportModel
import ReportOutput

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the report model (default: the built-in report)."
    )

    /// What `extract` writes: the model, its measures one per line, or a table to read.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, jsonl, table
    }

    @Option(name: [.short, .long], help: "Output format.")
    var format: Format = .json

    @Argument(help: "Reports to extract: text, web pages, Word files, PDFs, model JSON, or folders of them.")
    var paths: [String] = []

    func run() throws {
        // The model JSON goes out in chunks as it is written: a big report's is tens of megabytes.
        var json = JSONByteWriter { chunk in Self.writeAll(chunk) }
        // json and jsonl are written report by report, each before the next file is read, so that
        // memory holds one report, not all of them; a table needs every row to size its columns.
        switch format {
        case .json:
            try forEachReport { report in
                report.writeJSON(to: &json)
                json.raw("\n")
                json.flush()
            }
        case .jsonl:
            try forEachReport { report in
                for measure in report.measures {
                    measure.writeJSON(to: &json)
                    json.raw("\n")
                    json.flushIfFull()
                }
                json.flush()
            }
        case .table:
            var measures: [Measure] = []
            try forEachReport { measures += $0.measures }
            Console.write(OutputMode.table.render(Table(measures: measures)), to: STDOUT_FILENO)
        }
    }

    /// The built-in report, or the reports of each path in turn. A missing path is reported before
    /// anything is written; a file given on its own that cannot be read stops the output where it
    /// is. A folder's files that cannot be read are reported and skipped, and the exit status is 2.
    private func forEachReport(_ body: (Report) throws -> Void) throws {
        guard !paths.isEmpty else { return try body(BuiltinReport.load()) }
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw UsageFailure(ReportLoadError.notFound(missing).description)
        }
        // Not between the lines of a model shown on the same terminal.
        let progressLine = isatty(STDOUT_FILENO) == 1 ? nil : Invocation.progressLine()
        var unread = 0
        for path in paths {
            var failures: [ReportLoadError] = []
            var bodyError: (any Error)?
            let line = progressLine?()
            let fileCount: Int
            do {
                fileCount = try ReportLoader.forEachReport(
                    path: path, progress: { line?.update($0) },
                    each: { result in
                        guard bodyError == nil else { return }
                        switch result {
                        case .success(let report):
                            do { try body(report) } catch { bodyError = error }
                        case .failure(let failure):
                            line?.finish()
                            Console.write("\(failure.location): error: \(failure.message)\n", to: STDERR_FILENO)
                            failures.append(failure)
                        }
                    })
            } catch {
                line?.finish()
                throw UsageFailure(error.description)
            }
            line?.finish()
            if let bodyError { throw bodyError }
            if !failures.isEmpty {
                Console.write("\(path): \(failures.count) of \(fileCount) files could not be read\n", to: STDERR_FILENO)
            }
            unread += failures.count
        }
        if unread > 0 { throw ExitCode(2) }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while !rest.isEmpty {
            let written = Glibc.write(STDOUT_FILENO, rest.baseAddress, rest.count)
            guard written > 0 else { return }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }
}
