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

    @Option(name: [.short, .long], help: "Load a plain-text report, a model JSON file or a folder of them (repeatable).")
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
        guard let mode = OutputMode(rawValue: format) else {
            throw UsageFailure("unknown format '\(format)'; use one of \(OutputMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal.current(environment: environment)
        let interactive = command.isEmpty && script.isEmpty && terminal.isInteractive
        let session = try makeSession(mode: mode, terminal: terminal)
        defer { session.finish() }
        if !noInit, let initPath = InitFile.path(environment: environment),
           FileManager.default.fileExists(atPath: initPath) {
            let outcome = session.runInitFile(path: initPath)
            // A script must not run on a half-applied init file; the shell shows the error and opens.
            if outcome == .error && !interactive { throw ExitCode(outcome.exitStatus) }
        }
        let outcome: Session.Outcome
        if !command.isEmpty {
            outcome = command.reduce(.ok) { outcome, text in
                if session.quitRequested || outcome == .error && session.settings.bail { return outcome }
                return outcome.combined(with: session.run(source: text, origin: "<command>"))
            }
        } else if let path = script.first {
            let text: String
            do { text = try ScriptFile.read(path: path) } catch { throw UsageFailure(error.description) }
            outcome = session.run(source: text, origin: path)
        } else if interactive {
            outcome = InteractiveSession.run(session, environment: environment)
        } else {
            var input = StandardInputLines()
            outcome = session.run(lines: { () throws(ScriptFileError) -> String? in
                guard let line = input.next() else { return nil }
                return try ScriptFile.decodeLine(line)
            }, origin: "<stdin>")
        }
        if outcome != .ok {
            session.finish()
            throw ExitCode(outcome.exitStatus)
        }
    }

    private func makeSession(mode: OutputMode, terminal: Terminal) throws -> Session {
        let session = Session(reports: report.isEmpty ? [BuiltinReport.load()] : [], sink: StandardStreams())
        do {
            for path in report { try session.load(path: path) }
        } catch {
            throw UsageFailure(error.description)
        }
        session.mode = mode
        session.keepGoing = keepGoing
        session.evaluator.arguments = try parsedArguments()
        if terminal.outputIsTerminal {
            let environment = terminal.environment
            session.style = OutputStyle(terminalWidth: { Terminal.current(environment: environment).width },
                                        colourResults: terminal.allowsColour,
                                        colourDiagnostics: isatty(STDERR_FILENO) == 1 && terminal.allowsColour)
        }
        return session
    }

    private func parsedArguments() throws -> [String: String] {
        // A script's own arguments are $1, $2, …
        var result = Dictionary(uniqueKeysWithValues: script.dropFirst().enumerated().map { (String($0 + 1), $1) })
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw UsageFailure("--arg expects NAME=VALUE, got '\(argument)'")
            }
            result[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
        }
        return result
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
