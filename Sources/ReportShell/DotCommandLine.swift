import ReportLanguage

/// A dot-command line split into its words, each with its place for carets. Words are separated by
/// spaces; a word in double quotes may hold spaces, with `\"` and `\\` inside.
public struct DotCommandLine: Sendable, Equatable {
    public struct Word: Sendable, Equatable {
        public var text: String
        public var range: SourceRange
    }

    /// `.mode`, as written.
    public var command: Word
    public var arguments: [Word]

    /// Splits `line` (which starts, after blanks, with `.`); an unterminated quote is an error.
    public static func parse(_ line: String) throws(Diagnostic) -> DotCommandLine {
        var words: [Word] = []
        var current: String?
        var start = 0
        var quoteStart: Int?
        var escaping = false
        let characters = Array(line)
        func finish(at end: Int) {
            if let text = current {
                words.append(Word(text: text, range: SourceRange(line: 1, column: start + 1, length: end - start)))
            }
            current = nil
        }
        for (index, character) in characters.enumerated() {
            if quoteStart != nil {
                if escaping {
                    current?.append(character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else if character == "\"" {
                    quoteStart = nil
                } else {
                    current?.append(character)
                }
                continue
            }
            if character == " " || character == "\t" {
                finish(at: index)
            } else {
                if current == nil { current = ""; start = index }
                if character == "\"" { quoteStart = index } else { current?.append(character) }
            }
        }
        if let quoteStart {
            throw Diagnostic("unterminated quote", at: SourceRange(line: 1, column: quoteStart + 1, length: 1))
        }
        finish(at: characters.count)
        guard let command = words.first else {
            throw Diagnostic("expected a dot-command", at: SourceRange(line: 1, column: 1, length: 1))
        }
        return DotCommandLine(command: command, arguments: Array(words.dropFirst()))
    }

    /// `word` as one dot-command argument: quoted when it holds a space, quote or backslash.
    public static func quoted(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" }) else {
            return word
        }
        return "\"" + word.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
