/// Runs statements as the command line and the shell do: splits text into statements, runs each
/// against the loaded reports, writes results in the output mode and errors as
/// `ORIGIN:LINE:COLUMN: error: …` with a caret line. Free of terminal code.
public final class Session {
    public var evaluator: Evaluator
    public var mode: OutputMode = .table
    /// Carry on after an error (`--keep-going`); otherwise stop at the first one.
    public var keepGoing = false
    public let sink: OutputSink

    public init(reports: [Report], sink: OutputSink) {
        evaluator = Evaluator(reports: reports)
        self.sink = sink
    }

    public enum Outcome: Sendable, Equatable {
        case ok, failedCheck, error
        /// The SPEC's exit status.
        public var exitStatus: Int32 {
            switch self {
            case .ok: return 0
            case .failedCheck: return 1
            case .error: return 2
            }
        }
    }

    /// Runs every statement of `source`; `origin` names it in diagnostics (`<command>`, `a.rsh`).
    @discardableResult
    public func run(source: String, origin: String) -> Outcome {
        var outcome = Outcome.ok
        for statement in Self.statements(in: source) {
            switch runStatement(statement.text, origin: origin, firstLine: statement.line) {
            case .error:
                outcome = .error
                if !keepGoing { return outcome }
            case .failedCheck:
                if outcome == .ok { outcome = .failedCheck }
            case .ok:
                break
            }
        }
        return outcome
    }

    /// Runs one statement (possibly several lines) starting at `firstLine` of its origin.
    @discardableResult
    public func runStatement(_ text: String, origin: String, firstLine: Int = 1) -> Outcome {
        do {
            let statement = try Parser.parse(text)
            guard let value = try evaluator.run(statement) else { return .ok }
            if case .verdict(let verdict) = value {
                // A person reads a verdict as text; the other modes get its numbers as a row.
                sink.writeResult(mode == .table ? verdict.text + "\n" : mode.render(verdict.table))
                return verdict.isFailure ? .failedCheck : .ok
            }
            sink.writeResult(mode.render(value.table))
            return .ok
        } catch {
            sink.writeDiagnostic(error.rendered(origin: origin, source: text, lineOffset: firstLine - 1) + "\n")
            return .error
        }
    }

    /// Whether `text` needs more lines before it is a statement (open bracket, trailing `|`,
    /// unterminated string) — what a shell asks a continuation line for.
    public static func isIncomplete(_ text: String) -> Bool {
        do {
            _ = try Parser.parse(text)
            return false
        } catch {
            return error.isIncomplete
        }
    }

    /// Splits a script into statements: one per line, except that a line ending with `|` or
    /// leaving a bracket or string open continues on the next. Blank and comment lines are skipped.
    public static func statements(in source: String) -> [(text: String, line: Int)] {
        var result: [(text: String, line: Int)] = []
        var pending = ""
        var pendingLine = 1
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineText = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if pending.isEmpty {
                let trimmed = lineText.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                pendingLine = index + 1
                pending = lineText
            } else {
                pending += "\n" + lineText
            }
            if !isIncomplete(pending) {
                result.append((pending, pendingLine))
                pending = ""
            }
        }
        if !pending.isEmpty { result.append((pending, pendingLine)) }
        return result
    }
}
