import ReportModel

/// Splits statement text into tokens; `#` starts a comment that runs to the end of the line.
public struct Lexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    public init(_ source: String) {
        characters = Array(source)
    }

    public static func tokens(_ source: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        // More open brackets than the parser's nesting bound are an error before the rest is read:
        // a script of megabytes of `(` fails at once instead of filling memory with tokens.
        var openBrackets = 0
        while true {
            let token = try lexer.next()
            if token.kind == .symbol("(") {
                openBrackets += 1
                if openBrackets > Parser.maximumDepth { throw Parser.tooDeep(at: token.range) }
            } else if token.kind == .symbol(")") {
                openBrackets -= 1
            }
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    package static let unterminatedString = "unterminated string"

    private static let multipliers: [Character: Int] = ["千": 3, "万": 4, "亿": 8]
    private static let twoCharacterSymbols: Set<String> = ["==", "!=", "<=", ">="]
    private static let oneCharacterSymbols: Set<Character> = [
        "|", "(", ")", ",", ".", "+", "-", "*", "/", "<", ">", "~", "=", "%",
    ]

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private mutating func advance() {
        if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    public mutating func next() throws(Diagnostic) -> Token {
        skipSpaceAndComments()
        let start = (line: line, column: column)
        func range(_ length: Int) -> SourceRange { SourceRange(line: start.line, column: start.column, length: length) }
        guard let first = current else { return Token(kind: .end, range: range(1)) }
        let startIndex = index
        if first.isASCII && first.isNumber { return try number(start: range) }
        if first == "\"" || first == "“" { return try string(opening: first, start: range) }
        if first == "$" {
            advance()
            let name = identifierText()
            guard !name.isEmpty else { throw Diagnostic("expected an argument name after '$'", at: range(1), kind: .syntax) }
            return Token(kind: .argument(name), range: range(index - startIndex))
        }
        if first.isLetter || first == "_" {
            if let (report, id) = measureReference() {
                return Token(kind: .measureReference(report: report, id: id), range: range(index - startIndex))
            }
            let name = identifierText()
            return Token(kind: .identifier(name), range: range(name.count))
        }
        if index + 1 < characters.count {
            // Not String(characters[index...index + 1]): that generic initialiser's first use looks its
            // types up at run time, 0.2 M instructions of a one-shot run.
            let pair = String(characters[index]) + String(characters[index + 1])
            if Self.twoCharacterSymbols.contains(pair) {
                advance(); advance()
                return Token(kind: .symbol(pair), range: range(2))
            }
        }
        if Self.oneCharacterSymbols.contains(first) {
            advance()
            return Token(kind: .symbol(String(first)), range: range(1))
        }
        // SQL writes its strings in single quotes, and users of sqlite3 and duckdb type them here.
        if first == "'" {
            throw Diagnostic("strings take double quotes (\"件\"), not single ones", at: range(1), kind: .syntax)
        }
        throw Diagnostic("unexpected character '\(first)'", at: range(1), kind: .syntax)
    }

    private mutating func skipSpaceAndComments() {
        while let character = current {
            if character == "#" {
                while let rest = current, rest != "\n" { _ = rest; advance() }
            } else if character.isWhitespace {
                advance()
            } else {
                return
            }
        }
    }

    private mutating func identifierText() -> String {
        var name = ""
        while let character = current, Self.isIdentifierCharacter(character) {
            name.append(character)
            advance()
        }
        return name
    }

    /// `REPORT.mN`, where REPORT is a report id made of letters, digits, `_` and inner hyphens
    /// (`suizhou-2023`): read as one token, or nothing read at all. Without the hyphens it would
    /// be a name, a subtraction and a field; no name or field of the language has this form.
    private mutating func measureReference() -> (report: String, id: String)? {
        let saved = (index, line, column)
        var report = identifierText()
        while current == "-", index + 1 < characters.count, Self.isIdentifierCharacter(characters[index + 1]) {
            advance()
            report += "-" + identifierText()
        }
        if current == ".", index + 2 < characters.count, characters[index + 1] == "m",
            characters[index + 2].isASCII, characters[index + 2].isNumber
        {
            advance()
            let id = identifierText()
            if id.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) { return (report, id) }
        }
        (index, line, column) = saved
        return nil
    }

    private static func isIdentifierCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    private mutating func number(start range: (Int) -> SourceRange) throws(Diagnostic) -> Token {
        let startIndex = index
        var digits = ""
        while let character = current, (character.isASCII && character.isNumber) || character == "." {
            if character == ".", digits.contains(".") { break }
            if character == ".",
                !(index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber)
            {
                break
            }
            digits.append(character)
            advance()
        }
        guard var value = Rational(decimal: digits) else {
            throw Diagnostic("number '\(digits)' is too large", at: range(digits.count), kind: .syntax)
        }
        do {
            if let character = current, let exponent = Self.multipliers[character] {
                advance()
                value = try value.multiplied(by: Rational(significand: 1, exponent: exponent))
            }
            var isPercent = false
            if current == "%" {
                advance()
                isPercent = true
                value = try value.divided(by: .hundred)
            }
            return Token(kind: .number(value, isPercent: isPercent), range: range(index - startIndex))
        } catch {
            throw Diagnostic("number is too large", at: range(index - startIndex), kind: .syntax)
        }
    }

    private mutating func string(opening: Character, start range: (Int) -> SourceRange) throws(Diagnostic) -> Token {
        let closing: Character = opening == "“" ? "”" : "\""
        let startIndex = index
        advance()
        var text = ""
        while let character = current, character != closing {
            if character == "\\", opening == "\"", index + 1 < characters.count {
                advance()
            }
            if let escaped = current { text.append(escaped) }
            advance()
        }
        guard current == closing else {
            throw Diagnostic(Self.unterminatedString, at: range(index - startIndex), kind: .incomplete)
        }
        advance()
        return Token(kind: .string(text), range: range(index - startIndex))
    }
}
