import ArgumentParser
import FoundationEssentials
import ReportExport
import ReportLanguage
import ReportLoading
import ReportModel
import ReportOutput

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `reportsh extract` is asked for, as plain values: the options of `ExtractCommand`, run.
struct Extraction: Equatable {
    /// What `extract` writes: the model, its measures one per line, a table to read, or a SQLite
    /// database of every source.
    enum Format: String, CaseIterable {
        case json, jsonl, table, sqlite
    }

    var format = Format.json
    var output: String?
    var paths: [String] = []

    func run() throws {
        if format == .sqlite, output == nil {
            throw UsageFailure("--format sqlite writes a file: name it with -o FILE.sqlite")
        }
        if format != .sqlite, output != nil {
            throw UsageFailure("-o is for --format sqlite; json, jsonl and table go to stdout (redirect them with >)")
        }
        switch format {
        case .json, .jsonl:
            // The model goes out in chunks, report by report as each is extracted: memory holds the
            // few reports read ahead on the other cores, not the corpus.
            var writer = ExtractWriter(form: format == .json ? .model : .measureLines) { Self.writeAll($0) }
            try forEachReport(into: &writer, compacting: false)
        case .table:
            // A table needs every row to size its columns.
            var collector = ReportCollector(compacting: false)
            try forEachReport(into: &collector, compacting: true)
            let measures = collector.reports.flatMap(\.measures)
            Console.write(OutputMode.table.render(Table(measures: measures)), to: STDOUT_FILENO)
        case .sqlite:
            // Every report at once: audit's checks may compare one report with another.
            var collector = ReportCollector(compacting: false)
            try forEachReport(into: &collector, compacting: true)
            let reports = collector.reports
            let path = output ?? ""
            do {
                let counts = try SQLiteExport.write(Evaluator(reports: reports), to: path)
                Console.write(SQLiteExport.summary(of: counts, path: path) + "\n", to: STDERR_FILENO)
            } catch {
                throw UsageFailure(error.description)
            }
        }
    }

    /// The built-in report, or the reports of each path in turn. A missing path is reported before
    /// anything is written; a file given on its own that cannot be read stops the output where it
    /// is. A folder's files that cannot be read are reported and skipped, and the exit status is 2.
    /// Reports are handed over one at a time, in path order, and a file given on its own measure by
    /// measure, so memory holds a few reports, not a corpus, and no big report's measures. A
    /// consumer that holds every report has a folder's compacted as they are read (`compacting`).
    private func forEachReport(into consumer: inout some ReportConsumer, compacting: Bool) throws {
        guard !paths.isEmpty else { return consumer.consume(BuiltinReport.load()) }
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw UsageFailure(ReportLoadError.notFound(missing).description)
        }
        // Not between the lines of a model shown on the same terminal.
        let progressLine = isatty(STDOUT_FILENO) == 1 ? nil : Invocation.progressLine()
        var unread = 0
        for path in paths {
            var failures: [ReportLoadError] = []
            let line = progressLine?()
            let fileCount: Int
            do {
                fileCount = try ReportLoader.forEachReport(
                    path: path, compacting: compacting, progress: { line?.update($0) }, into: &consumer,
                    failed: { failures.append($0) })
            } catch {
                line?.finish()
                throw UsageFailure(error.description)
            }
            line?.finish()
            UnreadFiles.report(failures, of: fileCount, in: path)
            unread += failures.count
        }
        if unread > 0 { throw ExitCode(2) }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while !rest.isEmpty {
            let written = Glibc.write(STDOUT_FILENO, rest.baseAddress, rest.count)
            guard written > 0 else { return }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }
}

extension Extraction {
    /// `extract` with paths, one `-f FORMAT` (`--format`) and one `-o FILE` (`--output`), read
    /// without ArgumentParser. Nil for any other command line, or a value ArgumentParser might read
    /// otherwise (one starting with `-`, an unknown format, an empty one), which ArgumentParser
    /// then reads, with its messages.
    init?(commonArguments argv: [String]) {
        guard argv.first == "extract" else { return nil }
        var rest = argv.dropFirst()
        var formatGiven = false
        while let argument = rest.popFirst() {
            if !formatGiven, let text = CommandLineOption.value(of: argument, "-f", "--format", in: &rest),
                let format = Format(rawValue: text)
            {
                self.format = format
                formatGiven = true
            } else if output == nil, let path = CommandLineOption.value(of: argument, "-o", "--output", in: &rest),
                !path.isEmpty, !path.hasPrefix("-")
            {
                output = path
            } else if !argument.isEmpty, !argument.hasPrefix("-"), argument != "help" {
                paths.append(argument)
            } else {
                return nil
            }
        }
    }
}
