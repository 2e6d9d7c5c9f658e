import ReportExport
import ReportLanguage

/// `.export FILE`: the reports in use as a SQLite database.
extension Session {
    /// Writes the database and returns the line that says what it holds. Like `.view`, it is not
    /// recorded for `.save`: it writes a file, not a result.
    func export(to target: DotCommandLine.Word) throws(Diagnostic) -> String {
        do {
            return SQLiteExport.summary(of: try SQLiteExport.write(evaluator, to: target.text), path: target.text)
        } catch {
            if error.wasInterrupted { throw Diagnostic.interrupted(at: target.range) }
            throw Diagnostic(error.description, at: target.range)
        }
    }
}
