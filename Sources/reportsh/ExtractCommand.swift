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
        switch format {
        case .json, .jsonl:
            // The model goes out in chunks as it is extracted, report by report and measure by
            // measure: memory holds one report's text, not the corpus or a report's measures.
            var writer = ExtractWriter(form: format == .json ? .model : .measureLines) { Self.writeAll($0) }
            try forEachReport(into: &writer)
        case .table:
            // A table needs every row to size its columns.
            var collector = ReportCollector()
            try forEachReport(into: &collector)
            let measures = collector.reports.flatMap(\.measures)
            Console.write(OutputMode.table.render(Table(measures: measures)), to: STDOUT_FILENO)
        case .sqlite:
            // Every report at once: audit's checks may compare one report with another.
            var collector = ReportCollector()
            try forEachReport(into: &collector)
            let reports = collector.reports
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
    private func forEachReport(into consumer: inout some ReportConsumer) throws {
        guard !paths.isEmpty else { return consumer.consume(BuiltinReport.load()) }
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw UsageFailure(ReportLoadError.notFound(missing).description)
        }
        for path in paths {
            do { try ReportLoader.load(path: path, into: &consumer) } catch { throw UsageFailure(error.description) }
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
