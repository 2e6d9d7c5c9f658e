import ArgumentParser
import Foundation
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
        let reports = paths.isEmpty ? [BuiltinReport.load()] : try paths.map(load)
        for report in reports {
            if format == "jsonl" {
                var lines = ""
                for measure in report.measures {
                    lines += measure.json.compactText
                    lines += "\n"
                }
                FileHandle.standardOutput.write(Data(lines.utf8))
            } else {
                print(report.json.compactText)
            }
        }
    }

    private func load(_ path: String) throws -> Report {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the file")
        }
        do {
            let text = try ReportText.decode(Array(data))
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return ReportExtractor.extract(text: text, id: id)
        } catch {
            throw ValidationError("\(path): \(error)")
        }
    }
}
