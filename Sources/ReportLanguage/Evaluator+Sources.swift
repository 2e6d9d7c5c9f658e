/// The sources as whole tables, for writing them out elsewhere (a database): each is what its
/// name alone gives as a statement, read by the parser, so a source added to the language is
/// among them with no change here.
extension Evaluator {
    /// Every source that stands alone, in the language's order: all but `find`, which needs its text.
    package static var standaloneSources: [SourceName] { SourceName.allCases.filter { $0 != .find } }

    /// The rows of a source over the reports in use (`measures` typed alone).
    package func table(of source: SourceName) throws(Diagnostic) -> Table {
        var parser = Parser(tokens: try Lexer.tokens(source.rawValue))
        return try evaluate(Pipeline(source: try parser.source(), stages: [])).table
    }
}
