import ArgumentParser

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the report model (default: the built-in report)."
    )

    @Option(name: [.short, .long], help: "Output format.")
    var format: Extraction.Format = .json

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("The database that --format sqlite writes (it is a file, never stdout).", valueName: "file.sqlite"))
    var output: String?

    @Argument(help: "Reports to extract: text, web pages, Word files, PDFs, model JSON, or folders of them.")
    var paths: [String] = []

    var extraction: Extraction { Extraction(format: format, output: output, paths: paths) }

    func run() throws {
        try extraction.run()
    }
}

extension Extraction.Format: ExpressibleByArgument {}
