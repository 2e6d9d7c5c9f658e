import ReportShell
import ShellKit

/// The interactive shell: ShellKit's line editor reading, the session running what is typed.
enum InteractiveSession {
    static func run(_ session: Session, environment: [String: String]) -> Session.Outcome {
        session.isCancelled = { Interrupt.isRequested }
        session.settings.announces = true
        if let path = HistoryFile.defaultPath(environment: environment) {
            session.historyEntries = { HistoryFile(path: path).load() }
        }
        weak var shell: InteractiveShell?
        let created = InteractiveShell.forCurrentProcess(
            environment: environment,
            vocabulary: {
                CompletionVocabulary(
                    measures: session.evaluator.reports.flatMap(\.measures),
                    letNames: session.evaluator.names.keys.sorted(),
                    reportIDs: session.loaded.map(\.report.id))
            },
            execute: { entry in
                session.run(entry, origin: "<stdin>")
                if session.quitRequested { shell?.stop() }
            },
            warn: { session.sink.writeDiagnostic("reportsh: " + $0 + "\n") })
        shell = created
        session.sink.writeDiagnostic(banner(session))
        created.run()
        return .ok
    }

    /// What the shell is on, and how to get help and leave.
    private static func banner(_ session: Session) -> String {
        let reports = session.evaluator.reports
        let on =
            reports.count == 1
            ? "\(reports[0].id) · \(reports[0].title) (\(reports[0].measures.count) measures)"
            : "\(reports.count) reports"
        return "reportsh \(ReportshVersion.number) on \(on)\nEnter .help for help, Tab to complete, Ctrl-D to leave.\n"
    }
}
