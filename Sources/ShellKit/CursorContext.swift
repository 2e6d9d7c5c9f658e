import ReportLanguage

/// Where the cursor stands in a statement, read by the language's own lexer: the tokens of the
/// current pipeline stage before the word being typed, and that word.
struct CursorContext {
    /// Tokens since the last `|` (or the line start), not counting the word being typed; a string
    /// literal is `"`.
    private(set) var segment: [String] = []
    private(set) var afterPipe = false
    private(set) var insideString = false
    /// The unfinished word at the cursor (empty after a space or operator): a name, a number, a
    /// measure id, or a name and a field (`m41.sub`).
    private(set) var word = ""

    /// Nil when the text before the cursor does not lex (a character the language does not have):
    /// there is nothing to complete.
    init?(_ text: String) {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        lexing: while true {
            do throws(Diagnostic) {
                let token = try lexer.next()
                if token.kind == .end { break lexing }
                tokens.append(token)
            } catch {
                guard error.kind == .incomplete else { return nil }
                insideString = true
                break lexing
            }
        }
        let characters = Array(text)
        var wordStart = tokens.count
        if !insideString {
            // The word is the run of tokens that touch each other and the cursor.
            var end = characters.count
            while wordStart > 0, Self.isWordPart(tokens[wordStart - 1]), Self.end(of: tokens[wordStart - 1]) == end {
                end = tokens[wordStart - 1].range.column - 1
                wordStart -= 1
            }
            if wordStart < tokens.count { word = String(characters[end...]) }
        }
        for token in tokens[..<wordStart] {
            switch token.kind {
            case .symbol("|"):
                segment = []
                afterPipe = true
            case .string: segment.append("\"")
            default: segment.append(Self.text(of: token, in: characters))
            }
        }
        if insideString { segment.append("\"") }
    }

    private static func isWordPart(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .number, .measureReference, .argument, .symbol("."): return true
        default: return false
        }
    }

    /// The offset in Characters just after the token (statements typed at a prompt are one line).
    private static func end(of token: Token) -> Int {
        token.range.column - 1 + token.range.length
    }

    private static func text(of token: Token, in characters: [Character]) -> String {
        String(characters[(token.range.column - 1)..<min(characters.count, end(of: token))])
    }
}
