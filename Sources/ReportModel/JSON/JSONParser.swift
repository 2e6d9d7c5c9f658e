/// Reads JSON into ``JSONValue``, keeping numbers as their text so no figure passes through
/// binary floating point. Errors give the line and column (in Characters, from 1).
public struct JSONParser {
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    private let characters: [Character]
    private var index = 0

    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        var parser = JSONParser(characters: Array(text))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.characters.count else { throw parser.failure("unexpected text after the JSON value") }
        return value
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    private func failure(_ message: String) -> Failure {
        var line = 1, column = 1
        for character in characters.prefix(index) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Failure(line: line, column: column, message: message)
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private mutating func skipSpace() {
        while let character = current, character == " " || character == "\n" || character == "\t" || character == "\r" || character == "\r\n" {
            index += 1
        }
    }

    private mutating func expect(_ word: String) throws(Failure) {
        for character in word {
            guard current == character else { throw failure("expected '\(word)'") }
            index += 1
        }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        skipSpace()
        switch current {
        case "{": return try object()
        case "[": return try array()
        case "\"": return .string(try string())
        case "t": try expect("true"); return .bool(true)
        case "f": try expect("false"); return .bool(false)
        case "n": try expect("null"); return .null
        case let character? where character == "-" || (character.isASCII && character.isNumber): return try number()
        case nil: throw failure("unexpected end of JSON")
        default: throw failure("unexpected character '\(current.map(String.init) ?? "")'")
        }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        index += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if current == "}" { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard current == "\"" else { throw failure("expected a member name") }
            let name = try string()
            skipSpace()
            try expect(":")
            members.append((name, try value()))
            skipSpace()
            if current == "," { index += 1; continue }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if current == "]" { index += 1; return .array(elements) }
        while true {
            elements.append(try value())
            skipSpace()
            if current == "," { index += 1; continue }
            try expect("]")
            return .array(elements)
        }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        var text = ""
        while let character = current, character.isASCII, character.isNumber || "+-.eE".contains(character) {
            text.append(character)
            index += 1
        }
        return .number(text)
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var text = ""
        while let character = current, character != "\"" {
            index += 1
            guard character == "\\" else { text.append(character); continue }
            guard let escaped = current else { break }
            index += 1
            switch escaped {
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            case "b": text.append("\u{8}")
            case "f": text.append("\u{C}")
            case "u":
                guard index + 4 <= characters.count, let code = UInt32(String(characters[index..<index + 4]), radix: 16) else {
                    throw failure("invalid \\u escape")
                }
                index += 4
                if (0xD800...0xDBFF).contains(code), index + 6 <= characters.count, characters[index] == "\\", characters[index + 1] == "u",
                   let low = UInt32(String(characters[index + 2..<index + 6]), radix: 16), (0xDC00...0xDFFF).contains(low) {
                    index += 6
                    let combined = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    text.unicodeScalars.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                } else {
                    text.unicodeScalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                }
            default: text.append(escaped)
            }
        }
        guard current == "\"" else { throw failure("unterminated string") }
        index += 1
        return text
    }
}
