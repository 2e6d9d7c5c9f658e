import ArgumentParser
import FoundationEssentials
import Glibc
import ReportKit
import ShellKit

@main
struct ReportshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportsh",
        abstract: "Explore and verify the figures in Chinese government annual reports.",
        discussion: """
        With no SCRIPT and no -c: the interactive shell when stdin and stdout are a terminal \
        (.help lists its commands), else statements read from stdin like a script. The init file \
        $XDG_CONFIG_HOME/reportsh/init.rsh (~/.config/reportsh/init.rsh) runs first.
        """,
        version: "reportsh 0.1.0",
        subcommands: [ExtractCommand.self]
    )

    @Option(name: [.short, .long], help: "Run TEXT as statements (repeatable, in order), print results, exit.")
    var command: [String] = []

    @Option(name: [.short, .long], help: "Load a report (text, web page, Word file, PDF, model JSON) or a folder of them (repeatable).")
    var report: [String] = []

    @Option(name: [.short, .long], help: "Output mode: table, csv, tsv, json, jsonl, markdown.")
    var format: String = "table"

    @Option(name: .customLong("arg"), help: "A script parameter NAME=VALUE, read as $NAME.")
    var arguments: [String] = []

    @Flag(help: "In a script, carry on after an error.")
    var keepGoing = false

    @Flag(help: "Do not read the init file.")
    var noInit = false

    @Argument(help: "A script file to run, then its arguments.")
    var script: [String] = []

    func run() throws {
        try Invocation(commands: command, reports: report, format: format, arguments: arguments,
                       keepGoing: keepGoing, noInit: noInit, script: script).run()
    }
}

/// An error that ends the program with status 2 and one line on stderr.
struct UsageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension ReportshCommand {
    /// ArgumentParser exits 64 on usage errors; the SPEC wants 2 for every error.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            // A root that takes a SCRIPT argument would read `extract` as a script name.
            if arguments.first == ExtractCommand.configuration.commandName {
                let extract = try ExtractCommand.parse(Array(arguments.dropFirst()))
                try extract.run()
                return
            }
            // The most common one-shot form skips the parser, whose first use costs more than the
            // query itself (runtime conformance lookups); anything else goes through ArgumentParser.
            if let invocation = Invocation(onlyCommandsIn: arguments) {
                try invocation.run()
                return
            }
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let exitCode as ExitCode {
            Glibc.exit(exitCode.rawValue)
        } catch let failure as UsageFailure {
            Console.write("reportsh: \(failure)\n", to: STDERR_FILENO)
            Glibc.exit(2)
        } catch {
            if exitCode(for: error).isSuccess {
                Console.write((fullMessage(for: error) + "\n"), to: STDOUT_FILENO)
                Glibc.exit(0)
            }
            Console.write(("reportsh: " + fullMessage(for: error) + "\n"), to: STDERR_FILENO)
            Glibc.exit(2)
        }
    }
}
