import ArgumentParser
import ReportKit

@main
struct ReportshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportsh",
        abstract: "Explore and verify the figures in Chinese government annual reports.",
        subcommands: [ExtractCommand.self]
    )
}
