import ArgumentParser
import FoundationEssentials
import ReportOutput
import ReportShell
import ShellKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main
struct ReportshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportsh",
        abstract: RunCommand.configuration.abstract,
        usage: RunCommand.configuration.usage,
        discussion: RunCommand.configuration.discussion,
        version: "reportsh " + ReportshVersion.number,
        // A command with its own arguments would read `extract` as a script's name: the shell is
        // the default subcommand instead, so that `reportsh FILE` and `reportsh extract` both work.
        subcommands: [RunCommand.self, ExtractCommand.self, ViewCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// An error that ends the program with status 2 and one line on stderr.
struct UsageFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension ReportshCommand {
    /// ArgumentParser exits 64 on usage errors; reportsh exits 2 for every error.
    static func main() {
        do {
            let arguments = try CommandLineArguments.read()
            // The one-shot forms and extract's common ones skip the parser, whose first use costs more
            // than the query itself (about a hundred runtime conformance lookups, 9.6 M instructions);
            // a test holds them to ArgumentParser's reading of the same arguments.
            if let invocation = Invocation(oneShotArguments: arguments) {
                try invocation.run()
                return
            }
            if let extraction = Extraction(commonArguments: arguments) {
                try extraction.run()
                return
            }
            if arguments == ["--version"] {
                Console.write(configuration.version + "\n", to: STDOUT_FILENO)
                return
            }
            // What people type first shows the options they need first: the default command's.
            if [["--help"], ["-h"], ["help"]].contains(arguments) {
                Console.write(helpMessage(for: RunCommand.self) + "\n", to: STDOUT_FILENO)
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
