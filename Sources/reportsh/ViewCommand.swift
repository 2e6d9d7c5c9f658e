import ArgumentParser
import FoundationEssentials
import Glibc
import ReportLoading
import ReportModel
import ReportOutput
import ReportShell

struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Write an annotated page of the reports: every figure marked with audit's verdict.",
        discussion: """
            One self-contained HTML file (no network): the text with its outline, each figure coloured \
            by its verdict with its measure and arithmetic on hover or focus, the mismatches listed \
            first (keys n and p move through them). Several reports get an index on top and a section \
            each in the same file. A report loaded from model JSON has no text: its figures are shown \
            in their sentences.
            """
    )

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "The page to write; - for stdout (default: REPORT.html, or reports.html for several).",
            valueName: "file.html"))
    var output: String?

    @Argument(help: "Reports: plain text, model JSON, or folders of them (default: the built-in report).")
    var paths: [String] = []

    func run() throws {
        var reports: [Report] = []
        var unread = 0
        for path in paths {
            let loaded: LoadedReports
            do {
                loaded = try Session.load(path: path, progressLine: Invocation.progressLine(), isCancelled: { false })
            } catch { throw UsageFailure(error.description) }
            UnreadFiles.report(loaded.failures, of: loaded.fileCount, in: path)
            reports += loaded.reports
            unread += loaded.failures.count
        }
        if paths.isEmpty { reports = [BuiltinReport.load()] }
        let page = ReportPage(auditing: reports)
        if output == "-" {
            Console.write(page.html, to: STDOUT_FILENO)
            if unread > 0 { throw ExitCode(2) }
            return
        }
        let path = output ?? ReportPage.defaultFileName(for: reports)
        do { try AtomicFile.write(page.html, to: path) } catch { throw UsageFailure(error.description) }
        Console.write("wrote \(path): \(page.summary)\n", to: STDERR_FILENO)
        if unread > 0 { throw ExitCode(2) }
    }
}
