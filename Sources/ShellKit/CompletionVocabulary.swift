import ReportLanguage
import ReportModel
import ReportShell

/// The words Tab can offer. The language's word lists are the defaults; the session supplies what
/// changes (its measures, its `let` names, its reports) each time Tab is pressed.
public struct CompletionVocabulary: Sendable {
    /// A measure as completion shows it: inserted by id, found and listed by its subject.
    public struct MeasureEntry: Sendable, Equatable {
        public var id: String
        public var subject: String
        public var raw: String
        public var report: String

        public init(id: String, subject: String, raw: String, report: String = "") {
            self.id = id
            self.subject = subject
            self.raw = raw
            self.report = report
        }

        /// The id as the language names it among several reports (`suizhou-2023.m40`).
        public var qualifiedID: String {
            Measure.qualifiedID(id, report: report)
        }
    }

    /// Dot-command names (with the dot) and the words their argument may be.
    public var dotCommands: [String: DotCommandArgument]
    public var statementWords: [String]
    public var sources: [String]
    public var stages: [String]
    public var fields: [String]
    /// The fields of sources whose rows are not measures (`indicators | where ind…`), by source.
    public var sourceFields: [String: [String]] = [SourceName.indicators.rawValue: Evaluator.indicatorColumns]
    public var measures: [MeasureEntry]
    public var letNames: [String]
    public var reportIDs: [String]
    /// What `.help TOPIC` explains.
    public var helpTopics: [String]
    /// Lists a folder's entries, folders with a trailing `/`; injected so tests need no disk.
    public var listDirectory: @Sendable (String) -> [String]

    public init(
        dotCommands: [String: DotCommandArgument] = CompletionVocabulary.languageDotCommands,
        statementWords: [String] = StatementKeyword.allCases.map(\.rawValue),
        sources: [String] = SourceName.allCases.map(\.rawValue),
        stages: [String] = StageName.allCases.map(\.rawValue),
        fields: [String] = Table.measureColumns,
        measures: [MeasureEntry] = [],
        letNames: [String] = [],
        reportIDs: [String] = [],
        helpTopics: [String] = HelpText.topics,
        listDirectory: @escaping @Sendable (String) -> [String] = DirectoryListing.entries
    ) {
        self.dotCommands = dotCommands
        self.statementWords = statementWords
        self.sources = sources
        self.stages = stages
        self.fields = fields
        self.measures = measures
        self.letNames = letNames
        self.reportIDs = reportIDs
        self.helpTopics = helpTopics
        self.listDirectory = listDirectory
    }

    /// The vocabulary for a session over these measures, with these `let` names and reports.
    public init(measures: [Measure], letNames: [String], reportIDs: [String]) {
        self.init(
            measures: measures.map { MeasureEntry(id: $0.id, subject: $0.subject, raw: $0.raw, report: $0.report) },
            letNames: letNames, reportIDs: reportIDs)
    }

    /// What follows a dot-command.
    public enum DotCommandArgument: Sendable, Equatable {
        case noArgument
        case words([String])
        case path
        case reportID
        case topic
    }

    /// Read from ReportShell's `DotCommand` table, so completion always knows exactly the commands
    /// the shell runs.
    public static let languageDotCommands: [String: DotCommandArgument] = Dictionary(
        uniqueKeysWithValues: DotCommand.allCases.map { command in
            let argument: DotCommandArgument
            switch command.argument {
            case .none: argument = .noArgument
            case .word(let words): argument = .words(words)
            case .path: argument = .path
            case .reports: argument = .reportID
            case .topic: argument = .topic
            }
            return (command.name, argument)
        })
}
