import ArgumentParser
import FoundationEssentials
import Glibc
import ReportKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the report model (default: the built-in report)."
    )

    @Option(name: [.short, .long], help: "json, jsonl or table.")
    var format: String = "json"

    @Argument(help: "Plain-text reports to extract.")
    var paths: [String] = []

    func run() throws {
        let reports: [Report]
        do {
            reports = paths.isEmpty ? [BuiltinReport.load()] : try paths.flatMap { path throws -> [Report] in try ReportLoader.load(path: path) }
        } catch let error as ReportLoadError {
            throw UsageFailure(error.description)
        }
        var output = ""
        switch format {
        case "json": output = reports.map { $0.json.compactText + "\n" }.joined()
        case "jsonl": output = reports.flatMap(\.measures).map { $0.json.compactText + "\n" }.joined()
        case "table": output = OutputMode.table.render(Table(measures: reports.flatMap(\.measures)))
        default: throw UsageFailure("unknown format '\(format)'; use json, jsonl or table")
        }
        Console.write(output, to: STDOUT_FILENO)
    }
}
