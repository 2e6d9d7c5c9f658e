/// Reads JSON into ``JSONValue``, keeping numbers as their text so no figure passes through
/// binary floating point. Errors give the line and column (in Characters, from 1).
public struct JSONParser {
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// How deeply arrays and objects may nest. The model is four levels deep; the limit keeps a
    /// hostile file (tens of thousands of `[`) from exhausting the stack of this recursive reader.
    public static let maximumDepth = 256

    /// The text as UTF-8: a byte per ASCII character, where an array of Characters took sixteen.
    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func failure(_ message: String) -> Failure {
        let lineStart = bytes[..<index].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = bytes[..<lineStart].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
        return Failure(line: line, column: column, message: message)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
            index += 1
        }
    }

    private mutating func expect(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard current == byte else { throw failure("expected '\(word)'") }
            index += 1
        }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        skipSpace()
        switch current {
        case UInt8(ascii: "{"): return try nested { parser throws(Failure) in try parser.object() }
        case UInt8(ascii: "["): return try nested { parser throws(Failure) in try parser.array() }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte): return number()
        case nil: throw failure("unexpected end of JSON")
        default: throw failure("unexpected character '\(currentCharacter)'")
        }
    }

    /// The whole character at the reading position, for a message.
    private var currentCharacter: String {
        String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).first.map(String.init) ?? ""
    }

    private mutating func nested(_ body: (inout JSONParser) throws(Failure) -> JSONValue) throws(Failure) -> JSONValue {
        guard depth < Self.maximumDepth else {
            throw failure("arrays and objects nest more than \(Self.maximumDepth) deep")
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func object() throws(Failure) -> JSONValue {
        index += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if current == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let name = try string()
            skipSpace()
            try expect(":")
            members.append((name, try value()))
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            elements.append(try value())
            skipSpace()
            if current == UInt8(ascii: ",") { index += 1; continue }
            try expect("]")
            return .array(elements)
        }
    }

    private mutating func number() -> JSONValue {
        let start = index
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "+-.eE".utf8.contains(byte) {
            index += 1
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var text: [UInt8] = []
        while let byte = current, byte != UInt8(ascii: "\"") {
            guard byte == UInt8(ascii: "\\") else { text.append(byte); index += 1; continue }
            let escapeStart = index
            index += 1
            guard let escaped = current else { break }
            index += 1
            switch escaped {
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "u"):
                let scalar = try escapedScalar(startingAt: escapeStart)
                text.append(contentsOf: String(scalar).utf8)
            default: text.append(escaped)
            }
        }
        guard current == UInt8(ascii: "\"") else { throw failure("unterminated string") }
        index += 1
        return String(decoding: text, as: UTF8.self)
    }

    /// The scalar of a `\uXXXX` escape (two of them for a surrogate pair), read after its `\u`.
    /// A surrogate without its partner is not text, so it is refused rather than replaced.
    private mutating func escapedScalar(startingAt escapeStart: Int) throws(Failure) -> Unicode.Scalar {
        guard let code = hexQuad() else { throw failure("invalid \\u escape") }
        if (0xDC00...0xDFFF).contains(code) {
            index = escapeStart
            throw failure("\\u escape of a low surrogate without a high one before it")
        }
        guard (0xD800...0xDBFF).contains(code) else { return Unicode.Scalar(code) ?? "\u{FFFD}" }
        guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
            index = escapeStart
            throw failure("\\u escape of a high surrogate without a low one after it")
        }
        let lowStart = index
        index += 2
        guard let low = hexQuad(), (0xDC00...0xDFFF).contains(low) else {
            index = lowStart
            throw failure("\\u escape after a high surrogate is not a low surrogate")
        }
        return Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count, bytes[index..<index + 4].allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
            let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { return nil }
        index += 4
        return code
    }
}
