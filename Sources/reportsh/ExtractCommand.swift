import ArgumentParser
import FoundationEssentials
import ReportExport
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

    /// What `extract` writes: the model, its measures one per line, a table to read, or a SQLite
    /// database of every source.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, jsonl, table, sqlite
    }

    @Option(name: [.short, .long], help: "Output format.")
    var format: Format = .json

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("The database that --format sqlite writes (it is a file, never stdout).", valueName: "file.sqlite"))
    var output: String?

    @Argument(help: "Reports to extract: text, web pages, Word files, PDFs, model JSON, or folders of them.")
    var paths: [String] = []

    func run() throws {
        if format == .sqlite, output == nil {
            throw UsageFailure("--format sqlite writes a file: name it with -o FILE.sqlite")
        }
        if format != .sqlite, output != nil {
            throw UsageFailure("-o is for --format sqlite; json, jsonl and table go to stdout (redirect them with >)")
        }
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
        case .sqlite:
            // Every report at once: audit's checks may compare one report with another.
            var reports: [Report] = []
            try forEachReport { reports.append($0) }
            let path = output ?? ""
            do {
                let counts = try SQLiteExport.write(Evaluator(reports: reports), to: path)
                Console.write(SQLiteExport.summary(of: counts, path: path) + "\n", to: STDERR_FILENO)
            } catch {
                throw UsageFailure(error.description)
            }
        }
    }

    /// The built-in report, or the reports of each path in turn. A missing path is reported before
    /// anything is written; a file that cannot be read stops the output where it is.
    private func forEachReport(_ body: (Report) throws -> Void) throws {
        guard !paths.isEmpty else { return try body(BuiltinReport.load()) }
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw UsageFailure(ReportLoadError.notFound(missing).description)
        }
        for path in paths {
            let reports: [Report]
            do { reports = try ReportLoader.load(path: path) } catch { throw UsageFailure(error.description) }
            for report in reports { try body(report) }
        }
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
