/// The language's words, written once: the lexer's reserved words, the parser's statements,
/// sources and stages (each parsed by an exhaustive switch over these cases), and the shell's
/// completion all read them from here.
public enum Keyword: String, CaseIterable, Sendable {
    case `let`, check, solve
    case find, audit
    case `where`, sort, take, select, count, sum, avg, min, max, group, chart
    case and, or, not, `as`, asc, desc, `true`, `false`, null

    /// Words that cannot be names (`let`): every keyword. `measures`, `sections`, `reports`, `tables`, `cells`
    /// and `indicators` are sources only where a pipeline starts, and stay usable as names.
    public static let reserved: Set<String> = Set(allCases.map(\.rawValue))

    /// Keywords that also name a field of rows (an audit row's `check`): inside an expression they
    /// are that field, since a statement keyword means a statement only where a statement starts.
    public static let fieldNames: Set<String> = [Keyword.check.rawValue]
}

/// What a statement can start with besides a pipeline.
public enum StatementKeyword: String, CaseIterable, Sendable {
    case `let`, check, solve
}

/// The sources a pipeline can start with (any other start is an expression).
public enum SourceName: String, CaseIterable, Sendable {
    case measures, sections, reports, tables, cells, indicators, audit, find
}

/// The stages after `|`.
public enum StageName: String, CaseIterable, Sendable {
    case `where`, sort, take, select, count, sum, avg, min, max, group, chart
}
