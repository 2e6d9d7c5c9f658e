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
        // The model JSON goes out in chunks as it is written: a big report's is tens of megabytes.
        var json = JSONByteWriter { chunk in Self.writeAll(chunk) }
        switch format {
        case "json":
            for report in reports {
                report.writeJSON(to: &json)
                json.raw("\n")
            }
        case "jsonl":
            for measure in reports.lazy.flatMap(\.measures) {
                measure.writeJSON(to: &json)
                json.raw("\n")
                json.flushIfFull()
            }
        case "table": Console.write(OutputMode.table.render(Table(measures: reports.flatMap(\.measures))), to: STDOUT_FILENO)
        default: throw UsageFailure("unknown format '\(format)'; use json, jsonl or table")
        }
        json.flush()
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
