/// Tab completion as a pure function of the line, the cursor and the vocabulary.
///
/// The result replaces `word(in:cursor:)`, the text from the last separator to the cursor. A word
/// with Chinese in it is matched against measure subjects as well as names, and completes to the ids
/// of the measures whose subject contains it (`复议` → `m38`, `m41`, …): ids are what the language
/// accepts, and listing shows each id with its subject so the choice is readable.
public enum Completer {
    /// `cursor` counts Unicode scalars before the cursor, as libedit's wide buffer does.
    public static func completions(
        line: String, cursor: Int,
        vocabulary: CompletionVocabulary
    ) -> [String] {
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, cursor))))
        let leadingTrimmed = before.drop { $0 == " " || $0 == "\t" }
        if leadingTrimmed.hasPrefix(".") {
            return dotCommandCompletions(String(leadingTrimmed), vocabulary: vocabulary)
        }
        guard let tokens = CursorContext(before), !tokens.insideString else { return [] }
        // Rows other than measures have fields of their own: `indicators | where ind…`.
        var vocabulary = vocabulary
        let source = leadingTrimmed.split(whereSeparator: { $0 == " " || $0 == "|" }).first.map(String.init) ?? ""
        if let fields = vocabulary.sourceFields[source] { vocabulary.fields = fields }
        let word = tokens.word
        if let dot = word.lastIndex(of: "."), dot != word.startIndex {
            let base = String(word[..<dot])
            let rest = String(word[word.index(after: dot)...])
            // `REPORT.m…` names a measure of that report; anything else before a dot, a field.
            if vocabulary.measures.contains(where: { $0.report == base }) {
                return matching(vocabulary.measures.filter { $0.report == base }.map(\.qualifiedID), prefix: word)
            }
            return matching(vocabulary.fields, prefix: rest).map { base + "." + $0 }
        }
        let candidates: [String]
        switch context(tokens.segment, afterPipe: tokens.afterPipe, vocabulary: vocabulary) {
        case .nothing: return []
        case .statementStart:
            let keywords =
                vocabulary.statementWords + vocabulary.sources
                + vocabulary.dotCommands.keys.sorted()
            guard !word.isEmpty else { return keywords }
            return unique(matching(keywords, prefix: word) + values(word, vocabulary: vocabulary))
        case .stages: candidates = vocabulary.stages
        case .fields: candidates = vocabulary.fields
        case .sortOrder: candidates = ["asc", "desc"]
        case .connectives: candidates = ["and", "or"]
        case .values: return values(word, vocabulary: vocabulary)
        }
        return matching(candidates, prefix: word)
    }

    /// The text that a completion replaces: back from the cursor to a space, operator or quote.
    public static func word(in line: String, cursor: Int) -> String {
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, cursor))))
        let leadingTrimmed = before.drop { $0 == " " || $0 == "\t" }
        if leadingTrimmed.hasPrefix(".") {
            return String(before.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        }
        return CursorContext(before)?.word ?? ""
    }

    private enum Context {
        case nothing, statementStart, stages, fields, sortOrder, connectives, values
    }

    private static let operators: Set<String> = [
        "==", "!=", "<", "<=", ">", ">=", "~", "+", "-",
        "*", "/", "=",
    ]

    private static func context(
        _ segment: [String], afterPipe: Bool,
        vocabulary: CompletionVocabulary
    ) -> Context {
        guard let first = segment.first, let last = segment.last else {
            return afterPipe ? .stages : .statementStart
        }
        let lastIsOperator = operators.contains(last) || ["(", "and", "or", "not"].contains(last)
        if !afterPipe {
            switch first {
            case "let": return segment.count >= 3 && lastIsOperator ? .values : .nothing
            case "check", "solve": return last == first || last == "of" || lastIsOperator ? .values : .nothing
            case _ where vocabulary.sources.contains(first): return .nothing
            default: return lastIsOperator ? .values : .nothing
            }
        }
        let fieldOpens = last == first || last == ","
        switch first {
        case "where":
            if last == first || ["(", "and", "or", "not"].contains(last) { return .fields }
            if operators.contains(last) { return .values }
            return vocabulary.fields.contains(last) ? .nothing : .connectives
        case "sort":
            if fieldOpens { return .fields }
            return vocabulary.fields.contains(last) ? .sortOrder : .nothing
        case "select", "group", "chart", "sum", "avg", "min", "max":
            return fieldOpens ? .fields : .nothing
        default:
            return .nothing
        }
    }

    /// Names a value can be: `let` names and measure ids by prefix, and, for a word with
    /// non-ASCII text in it, the ids of the measures whose subject contains the word. With the
    /// measures of several reports, ids are offered qualified (`a.m4`): a bare one is ambiguous.
    private static func values(_ word: String, vocabulary: CompletionVocabulary) -> [String] {
        let severalReports = Set(vocabulary.measures.map(\.report)).count > 1
        let name: (CompletionVocabulary.MeasureEntry) -> String = { severalReports ? $0.qualifiedID : $0.id }
        var found = matching(vocabulary.letNames + vocabulary.measures.map(name), prefix: word)
        if word.unicodeScalars.contains(where: { !$0.isASCII }) {
            found += vocabulary.measures.filter { $0.subject.contains(word) }.map(name)
        }
        return unique(found)
    }

    private static func dotCommandCompletions(
        _ text: String,
        vocabulary: CompletionVocabulary
    ) -> [String] {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else {
            return matching(vocabulary.dotCommands.keys.sorted(), prefix: text)
        }
        let arguments = parts.dropFirst().filter { !$0.isEmpty }
        let current = parts.last ?? ""
        let argument = vocabulary.dotCommands[parts[0]]
        // `.use` takes several report ids; every other command one argument.
        if argument == .reportID {
            let chosen = Set(arguments.dropLast(current.isEmpty ? 0 : 1))
            return matching(
                vocabulary.reportIDs.filter { !chosen.contains($0) } + (chosen.isEmpty ? ["all"] : []),
                prefix: current)
        }
        guard arguments.count <= 1, arguments.first.map({ $0 == current }) ?? true else { return [] }
        switch argument {
        case .none, .some(.noArgument), .some(.reportID): return []
        case .some(.words(let words)): return matching(words, prefix: current)
        case .some(.topic): return matching(vocabulary.helpTopics, prefix: current)
        case .some(.path):
            let folderEnd =
                current.lastIndex(of: "/").map { current.index(after: $0) }
                ?? current.startIndex
            let folder = String(current[..<folderEnd])
            let namePrefix = String(current[folderEnd...])
            return matching(vocabulary.listDirectory(folder), prefix: namePrefix).map { folder + $0 }
        }
    }

    private static func matching(_ candidates: [String], prefix: String) -> [String] {
        unique(candidates.filter { $0.hasPrefix(prefix) })
    }

    private static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
