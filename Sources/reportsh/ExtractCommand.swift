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
