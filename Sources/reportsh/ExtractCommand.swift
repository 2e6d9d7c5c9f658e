import ArgumentParser
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
        let report = BuiltinReport.load()
        print(report.json.compactText)
    }
}
