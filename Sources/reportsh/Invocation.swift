import ArgumentParser
import ReportLoading
import ReportModel
import ReportOutput
import ReportShell
import ShellKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the command line asks for, as plain values: the options of `ReportshCommand`, run.
struct Invocation: Equatable {
    var commands: [String] = []
    var reports: [String] = []
    var format = OutputMode.table
    var arguments: [String] = []
    var keepGoing = false
    var noInit = false
    var script: [String] = []

    func run() throws {
        let mode = format
        let environment = ProcessEnvironment.current()
        let terminal = Terminal.current(environment: environment)
        let progressLine = Self.progressLine()
        // Ctrl-C stops a load that shows its progress; a script still dies on it, as before.
        if progressLine != nil { Interrupt.install() }
        let file = script.isEmpty ? nil : try CommandLineFile(script, progressLine: progressLine)
        var scriptPath: String?, scriptArguments: [String] = []
        var opened: [(loaded: LoadedReports, path: String)] = []
        switch file {
        case .script(let path, let arguments): (scriptPath, scriptArguments) = (path, arguments)
        case .reports(let reports): opened = reports
        case nil: break
        }
        let interactive = commands.isEmpty && scriptPath == nil && terminal.isInteractive
        let session = try makeSession(
            mode: mode, terminal: terminal, opened: opened, scriptArguments: scriptArguments, progressLine: progressLine)
        if progressLine != nil && !interactive { Interrupt.uninstall() }
        defer { session.finish() }
        // access(2), not FileManager: the manager's first use (its state, its lock, the pages of
        // FoundationEssentials it runs) cost a one-shot start more than the check.
        if !noInit, let initPath = InitFile.path(environment: environment), access(initPath, F_OK) == 0 {
            let outcome = session.runInitFile(path: initPath)
            // A script must not run on a half-applied init file; the shell shows the error and opens.
            if outcome == .error && !interactive { throw ExitCode(outcome.exitStatus) }
        }
        var outcome: Session.Outcome
        if !commands.isEmpty {
            outcome = commands.reduce(.ok) { outcome, text in
                if session.quitRequested || outcome == .error && session.settings.bail { return outcome }
                return outcome.combined(with: session.run(source: text, origin: "<command>"))
            }
        } else if let path = scriptPath {
            let text: String
            do { text = try ScriptFile.read(path: path) } catch { throw UsageFailure(error.description) }
            outcome = session.run(source: text, origin: path)
        } else if interactive {
            outcome = InteractiveSession.run(session, environment: environment)
        } else {
            var input = StandardInputLines()
            outcome = session.run(
                lines: { () throws(ScriptFileError) -> String? in
                    guard let line = try input.next() else { return nil }
                    return try ScriptFile.decodeLine(line)
                }, origin: "<stdin>")
        }
        // Files of a folder that could not be read were skipped; the run ends in an error for them.
        if session.unreadFiles > 0 && !keepGoing && !interactive { outcome = outcome.combined(with: .error) }
        if outcome != .ok {
            session.finish()
            throw ExitCode(outcome.exitStatus)
        }
    }

    /// A session on the reports of `-r` and those `opened` from the command line's files, or on
    /// the built-in report when there are none.
    private func makeSession(
        mode: OutputMode, terminal: Terminal, opened: [(loaded: LoadedReports, path: String)],
        scriptArguments: [String], progressLine: (() -> LoadProgressLine)?
    ) throws -> Session {
        let session = Session(reports: reports.isEmpty && opened.isEmpty ? [BuiltinReport.load()] : [], sink: StandardStreams())
        session.loadProgress = progressLine
        session.isCancelled = { Interrupt.isRequested }
        do {
            for path in reports { try session.load(path: path) }
        } catch {
            throw UsageFailure(error.description)
        }
        session.isCancelled = { false }
        for (loaded, path) in opened {
            session.adopt(loaded.reports, from: path)
            session.reportUnreadFiles(of: loaded, in: path)
        }
        session.mode = mode
        session.keepGoing = keepGoing
        session.evaluator.arguments = try parsedArguments(scriptArguments)
        if terminal.outputIsTerminal {
            let environment = terminal.environment
            session.style = OutputStyle(
                terminalWidth: { Terminal.current(environment: environment).width },
                colourResults: terminal.allowsColour,
                colourDiagnostics: isatty(STDERR_FILENO) == 1 && terminal.allowsColour)
        }
        return session
    }

    /// Makes the progress line of a long load when standard error is a terminal; nil elsewhere, so
    /// that it never reaches a file or a pipe.
    static func progressLine() -> (() -> LoadProgressLine)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { LoadProgressLine(write: { Console.write($0, to: STDERR_FILENO) }) }
    }

    private func parsedArguments(_ scriptArguments: [String]) throws -> [String: String] {
        // A script's own arguments are $1, $2, …
        var result = Dictionary(uniqueKeysWithValues: scriptArguments.enumerated().map { (String($0 + 1), $1) })
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw UsageFailure("--arg expects NAME=VALUE, got '\(argument)'")
            }
            result[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
        }
        return result
    }
}

extension Invocation {
    /// `-c TEXT` (`--command TEXT`, `--command=TEXT`), repeated, with any of `-r PATH`
    /// (`--report`), repeated, and one `-f MODE` (`--format`): the one-shot forms, read without
    /// ArgumentParser. Nil for any other command line, or a value ArgumentParser might read
    /// otherwise (one starting with `-`, an unknown mode), which ArgumentParser then reads.
    init?(oneShotArguments argv: [String]) {
        var rest = argv[...]
        var formatGiven = false
        while let option = rest.popFirst() {
            if let text = CommandLineOption.value(of: option, named: "--command") {
                commands.append(text)
            } else if option == "-c" || option == "--command", let text = rest.popFirst() {
                commands.append(text)
            } else if let path = CommandLineOption.value(of: option, "-r", "--report", in: &rest), !path.isEmpty,
                !path.hasPrefix("-")
            {
                reports.append(path)
            } else if !formatGiven, let text = CommandLineOption.value(of: option, "-f", "--format", in: &rest),
                let mode = OutputMode(rawValue: text)
            {
                format = mode
                formatGiven = true
            } else {
                return nil
            }
        }
        if commands.isEmpty { return nil }
    }
}
