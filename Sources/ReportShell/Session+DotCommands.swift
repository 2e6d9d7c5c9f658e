import ReportLanguage
import ReportLoading
import ReportModel
import ReportOutput

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The dot-commands. What they print about themselves (help, settings, lists) goes to the sink's
/// result stream, never to an `.output` or `.once` file, which hold results only.
extension Session {
    /// How deep `.read` may nest (a script that reads itself stops here, as in sqlite).
    static let maximumReadDepth = 25

    func runDotCommand(_ text: String, origin: String, line: Int) -> Outcome {
        do throws(Diagnostic) {
            let parsed = try DotCommandLine.parse(text)
            let name = parsed.command.text
            guard name.hasPrefix("."), let command = DotCommand(rawValue: String(name.dropFirst())) else {
                let suggestion = EditDistance.suggestion(for: name, among: DotCommand.allCases.map(\.name))
                throw Diagnostic(
                    "unknown dot-command '\(name)'" + (suggestion.isEmpty ? "; .help lists them" : suggestion),
                    at: parsed.command.range)
            }
            return try perform(command, parsed.arguments)
        } catch {
            report(DiagnosticMessage(error, origin: origin, source: text, lineOffset: line - 1))
            return .error
        }
    }

    private func perform(_ command: DotCommand, _ arguments: [DotCommandLine.Word]) throws(Diagnostic) -> Outcome {
        switch command {
        case .help:
            let topic = try optionalArgument(command, arguments)
            sink.writeResult(try topic.map(HelpText.explain) ?? HelpText.overview)
        case .load:
            try load(try requiredArgument(command, arguments))
        case .reports:
            try noArguments(command, arguments)
            sink.writeResult(mode.render(loadedReportsTable))
        case .use:
            try use(arguments)
        case .mode:
            guard let word = try optionalArgument(command, arguments) else {
                sink.writeResult("mode \(mode.rawValue)\n")
                break
            }
            mode = try choice(word, among: OutputMode.allCases.map(\.rawValue)).flatMap(OutputMode.init) ?? mode
            record(".mode \(mode.rawValue)")
        case .columns:
            guard let word = try optionalArgument(command, arguments) else {
                sink.writeResult("columns \(settings.allColumns ? "all" : "reading")\n")
                break
            }
            settings.allColumns = try choice(word, among: ["reading", "all"]) == "all"
        case .nullvalue:
            guard let word = try optionalArgument(command, arguments) else {
                sink.writeResult("nullvalue " + DotCommandLine.quoted(settings.nullText) + "\n")
                break
            }
            settings.nullText = word.text
            record(".nullvalue " + DotCommandLine.quoted(word.text))
        case .output:
            let target = try optionalArgument(command, arguments)
            try closeOutput(at: target?.range)
            if let target { output = try openFile(target) }
        case .once:
            let target = try requiredArgument(command, arguments)
            once?.discard()
            once = try openFile(target)
        case .read:
            return try read(try requiredArgument(command, arguments))
        case .save:
            let target = try requiredArgument(command, arguments)
            do { try AtomicFile.write(log.script, to: target.text) } catch {
                throw Diagnostic("\(error)", at: target.range)
            }
            announce("saved \(log.entries.count) \(log.entries.count == 1 ? "statement" : "statements") to \(target.text)")
        case .view:
            try view(try optionalArgument(command, arguments))
        case .export:
            announce(try export(to: try requiredArgument(command, arguments)))
        case .history:
            try noArguments(command, arguments)
            guard let entries = historyEntries?() else {
                sink.writeResult("no history: statements are kept only in the interactive shell\n")
                break
            }
            let digits = String(entries.count).count
            sink.writeResult(
                entries.enumerated().map { index, entry in
                    let number = String(index + 1)
                    return String(repeating: " ", count: digits - number.count) + number + "  "
                        + entry.replacing("\n", with: "\n" + String(repeating: " ", count: digits + 2)) + "\n"
                }.joined())
        case .timer:
            settings.timer = try onOff(command, arguments, current: settings.timer)
        case .bail:
            settings.bail = try onOff(command, arguments, current: settings.bail)
        case .show:
            try noArguments(command, arguments)
            sink.writeResult(settingsText)
        case .quit:
            try noArguments(command, arguments)
            quitRequested = true
        }
        return .ok
    }

    // MARK: - Reports

    /// Loads reports beside those loaded (as `-r` does); they join the reports in use.
    public func load(path: String) throws(ReportLoadError) {
        adopt(try readReports(from: path), from: path)
    }

    /// Takes in reports already loaded from `path` (the command line's files), as `load` does.
    public func adopt(_ reports: [Report], from path: String) {
        // Taken as it is when nothing is loaded yet: the array is then shared, not copied.
        if loadedReports.isEmpty { loadedReports = reports } else { loadedReports += reports }
        loadedPaths += repeatElement(Optional(Self.absolutePath(path)), count: reports.count)
        reportsInUse = reportsInUse.map { $0 + reports.map(\.id) }
        refreshReportsInUse()
    }

    private func load(_ target: DotCommandLine.Word) throws(Diagnostic) {
        let reports: [Report]
        do { reports = try readReports(from: target.text) } catch {
            throw Diagnostic("\(error)", at: target.range)
        }
        let known = Set(loadedReports.map(\.id))
        if let duplicate = reports.first(where: { known.contains($0.id) }) {
            throw Diagnostic("a report with id '\(duplicate.id)' is already loaded", at: target.range)
        }
        adopt(reports, from: target.text)
        record(".load " + DotCommandLine.quoted(Self.absolutePath(target.text)))
        // A folder of a thousand reports gets one line, not a thousand.
        guard reports.count > 3 else {
            for report in reports {
                announce("loaded \(report.id): \(report.measures.count) measures, \(report.sectionCount) sections")
            }
            return
        }
        announce("loaded \(reports.count) reports: \(reports.reduce(0) { $0 + $1.measures.count }) measures")
    }

    private func use(_ arguments: [DotCommandLine.Word]) throws(Diagnostic) {
        guard !arguments.isEmpty else {
            let ids = evaluator.reports.map(\.id).joined(separator: " ")
            sink.writeResult(reportsInUse == nil ? "using all reports: \(ids)\n" : "using \(ids)\n")
            return
        }
        let known = loadedReports.map(\.id)
        if arguments.count == 1, arguments[0].text == "all" {
            reportsInUse = nil
        } else {
            for word in arguments where !known.contains(word.text) {
                throw Diagnostic(
                    "no report '\(word.text)' is loaded" + EditDistance.suggestion(for: word.text, among: known + ["all"]),
                    at: word.range)
            }
            reportsInUse = known.filter { id in arguments.contains { $0.text == id } }
        }
        refreshReportsInUse()
        record(".use " + evaluator.reports.map(\.id).map(DotCommandLine.quoted).joined(separator: " "))
    }

    func refreshReportsInUse() {
        guard let reportsInUse else {
            evaluator.reports = loadedReports
            return
        }
        evaluator.reports = loadedReports.filter { reportsInUse.contains($0.id) }
    }

    private var loadedReportsTable: Table {
        let used = Set(evaluator.reports.map(\.id))
        return Table(
            columns: ["id", "title", "measures", "sections", "in_use", "path"],
            rows: loaded.map { entry in
                [
                    .string(entry.report.id), .string(entry.report.title), .number(Rational(entry.report.measures.count)),
                    .number(Rational(entry.report.sectionCount)), .boolean(used.contains(entry.report.id)),
                    .string(entry.path ?? "(built in)"),
                ]
            })
    }

    /// Lines that take a fresh run to where this session started: its reports, the ones in use and
    /// the output mode.
    var prelude: [String] {
        var lines: [String] = []
        var seenPaths = Set<String>()
        for path in loadedPaths.compactMap(\.self) where seenPaths.insert(path).inserted {
            lines.append(".load " + DotCommandLine.quoted(path))
        }
        // A fresh run starts on the built-in report; only `.use` can set it aside.
        if reportsInUse != nil || loadedPaths.contains(where: { $0 != nil }) && !loadedPaths.contains(nil) {
            lines.append(".use " + evaluator.reports.map(\.id).map(DotCommandLine.quoted).joined(separator: " "))
        }
        if mode != .table { lines.append(".mode \(mode.rawValue)") }
        return lines
    }

    // MARK: - Files

    /// Writes the annotated page of the reports in use; it is not recorded for `.save`, being a
    /// file, not a result.
    private func view(_ target: DotCommandLine.Word?) throws(Diagnostic) {
        let reports = evaluator.reports
        let path = target?.text ?? ReportPage.defaultFileName(for: reports)
        let page = ReportPage(auditing: reports)
        do { try AtomicFile.write(page.html, to: path) } catch {
            throw Diagnostic("\(error)", at: target?.range ?? SourceRange(line: 1, column: 1, length: 5))
        }
        announce("wrote \(path): \(page.summary)")
    }

    private func read(_ target: DotCommandLine.Word) throws(Diagnostic) -> Outcome {
        guard readDepth < Self.maximumReadDepth else {
            throw Diagnostic(".read nests deeper than \(Self.maximumReadDepth) scripts", at: target.range)
        }
        let text: String
        do { text = try ScriptFile.read(path: target.text) } catch { throw Diagnostic(error.description, at: target.range) }
        readDepth += 1
        defer { readDepth -= 1 }
        return run(source: text, origin: target.text)
    }

    private func openFile(_ target: DotCommandLine.Word) throws(Diagnostic) -> AtomicFile {
        do { return try AtomicFile(path: target.text) } catch { throw Diagnostic("\(error)", at: target.range) }
    }

    private func closeOutput(at range: SourceRange?) throws(Diagnostic) {
        guard let current = output else { return }
        output = nil
        do { try current.commit() } catch {
            throw Diagnostic("\(error)", at: range ?? SourceRange(line: 1, column: 1, length: 7))
        }
    }

    static func absolutePath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    // MARK: - Arguments

    private func noArguments(_ command: DotCommand, _ arguments: [DotCommandLine.Word]) throws(Diagnostic) {
        if let extra = arguments.first {
            throw Diagnostic("\(command.name) takes no argument; usage: \(command.usage)", at: extra.range)
        }
    }

    private func optionalArgument(_ command: DotCommand, _ arguments: [DotCommandLine.Word]) throws(Diagnostic) -> DotCommandLine
        .Word?
    {
        if arguments.count > 1 {
            throw Diagnostic("\(command.name) takes one argument; usage: \(command.usage)", at: arguments[1].range)
        }
        return arguments.first
    }

    private func requiredArgument(_ command: DotCommand, _ arguments: [DotCommandLine.Word]) throws(Diagnostic)
        -> DotCommandLine.Word
    {
        guard let argument = try optionalArgument(command, arguments) else {
            throw Diagnostic(
                "\(command.name) needs an argument; usage: \(command.usage)",
                at: SourceRange(line: 1, column: 1, length: command.name.count))
        }
        return argument
    }

    private func choice(_ word: DotCommandLine.Word, among choices: [String]) throws(Diagnostic) -> String? {
        guard choices.contains(word.text) else {
            throw Diagnostic(
                "expected one of \(choices.joined(separator: ", ")), got '\(word.text)'"
                    + EditDistance.suggestion(for: word.text, among: choices), at: word.range)
        }
        return word.text
    }

    private func onOff(_ command: DotCommand, _ arguments: [DotCommandLine.Word], current: Bool) throws(Diagnostic) -> Bool {
        guard let word = try optionalArgument(command, arguments) else {
            sink.writeResult("\(command.rawValue) \(current ? "on" : "off")\n")
            return current
        }
        return try choice(word, among: ["on", "off"]) == "on"
    }

    private func announce(_ message: String) {
        if settings.announces { sink.writeDiagnostic(message + "\n") }
    }

    private var settingsText: String {
        let ids = evaluator.reports.map(\.id).joined(separator: " ")
        let rows: [(String, String)] = [
            ("mode", mode.rawValue),
            ("output", output.map(\.path) ?? "stdout"),
            ("once", once.map(\.path) ?? "(none)"),
            ("bail", settings.bail ? "on" : "off"),
            ("timer", settings.timer ? "on" : "off"),
            ("nullvalue", DotCommandLine.quoted(settings.nullText)),
            ("columns", settings.allColumns ? "all" : "reading"),
            ("reports", reportsInUse == nil ? "all: \(ids)" : ids),
            ("names", evaluator.names.keys.sorted().joined(separator: " ")),
            (
                "arguments",
                evaluator.arguments.keys.sorted().map { "$\($0)=\(evaluator.arguments[$0] ?? "")" }.joined(separator: " ")
            ),
        ]
        return rows.map { name, value in
            name + String(repeating: " ", count: max(1, 10 - name.count)) + value + "\n"
        }.joined()
    }
}
