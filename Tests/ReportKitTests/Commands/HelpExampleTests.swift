import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Every `example:` in `.help` is a statement that runs on the built-in report: help that lies is
/// worse than none.
struct HelpExampleTests {
    static var examples: [(topic: String, statement: String)] {
        HelpText.topics.flatMap { topic -> [(topic: String, statement: String)] in
            let text = HelpText.text(for: topic) ?? ""
            return text.split(separator: "\n").compactMap { line in
                guard let start = line.range(of: "example: ") else { return nil }
                var statement = String(line[start.upperBound...])
                // What follows two spaces is the explanation (`→ 17`, `then …`).
                if let gap = statement.range(of: "  ") { statement = String(statement[..<gap.lowerBound]) }
                // Dot-commands that write files or change the session are shown, not run.
                guard !statement.hasPrefix(".") else { return nil }
                return (topic, statement)
            }
        }
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 15)
    }

    @Test func everyExampleRuns() {
        for example in Self.examples {
            let captured = CapturedSession()
            let outcome = captured.run(example.statement, origin: "<help \(example.topic)>")
            #expect(outcome != .error, "\(example.topic): \(example.statement)\n\(captured.diagnostics)")
        }
    }
}
