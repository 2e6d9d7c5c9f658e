import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The byte writer against the String writer it replaced (kept here as the reference): the model
/// JSON of `extract` must not change by a byte.
struct JSONByteWriterTests {
    /// The former `JSONValue.compactText`, verbatim in behaviour: scalars appended to a String.
    static func reference(_ value: JSONValue) -> String {
        var output = ""
        write(value, to: &output)
        return output
    }

    private static func write(_ value: JSONValue, to output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): writeString(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { output += "," }
                writeString(key, to: &output)
                output += ":"
                write(member, to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    static let trickyStrings: [String] = [
        "", "plain", "say \"hi\"", "back\\slash\\", "\\\"", "line\nbreak", "crlf\r\n", "tab\there",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "del\u{7F}", "收到行政复议申请30件",
        "“三项制度” ‹›", "emoji 📈👩‍⚖️🇨🇳", "e\u{301} combining", "\u{FEFF}bom", "end\u{1F}",
    ]

    static func measure(text: String, value: Rational, lower: Rational?, upper: Rational?) -> Measure {
        Measure(
            id: "m1", value: value, unit: text, raw: text, kind: .count, approx: text.isEmpty ? nil : text,
            lower: lower, upper: upper, decimals: 2, subject: text, section: text, heading: text,
            sentence: text, paragraph: 7, before: text, start: 0, end: -3, report: text)
    }

    @Test func builtinReportIsByteIdentical() {
        let report = BuiltinReport.load()
        var writer = JSONByteWriter()
        report.writeJSON(to: &writer)
        #expect(report.measures.count > 40)
        #expect(writer.text == Self.reference(report.json))
        #expect(report.json.compactText == Self.reference(report.json))
    }

    /// Tables, and measures in their cells, are written alike by both writers.
    @Test func aReportWithTablesIsByteIdentical() throws {
        let report = try GenreFixture("qingshi-county-govinfo-2023").report
        var writer = JSONByteWriter()
        report.writeJSON(to: &writer)
        #expect(report.tables.count == 6)
        #expect(writer.text == Self.reference(report.json))
    }

    @Test(arguments: trickyStrings) func trickyStringsAreEscapedAsBefore(text: String) {
        var writer = JSONByteWriter()
        writer.string(text)
        #expect(writer.text == Self.reference(.string(text)))
        let measure = Self.measure(text: text, value: Rational(27), lower: nil, upper: Rational(-5))
        var measureWriter = JSONByteWriter()
        measure.writeJSON(to: &measureWriter)
        #expect(measureWriter.text == Self.reference(measure.json))
    }

    /// Escapes at every position of a long run, so the eight-bytes-at-a-time scan meets each one at
    /// every offset within a word.
    @Test func escapesAreFoundAtEveryOffset() {
        for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}", " ", "\u{7F}", "办"] {
            for position in 0..<24 {
                for filler in ["a", "办", "📈"] {
                    var characters = Array(repeating: filler, count: 24)
                    characters[position] = special
                    let text = characters.joined()
                    var writer = JSONByteWriter()
                    writer.string(text)
                    #expect(writer.text == Self.reference(.string(text)), "\(special) at \(position) in \(filler)s")
                }
            }
        }
    }

    /// Strings of every length up to three words, an escape at each position: the bytes after the
    /// last whole word are tested as the eight that end the string, which overlap the word before.
    @Test func escapesAreFoundInTheLastBytesOfEveryLength() {
        for length in 1...24 {
            for position in 0..<length {
                for special in ["\"", "\\", "\n", "\u{0}"] {
                    var characters = Array(repeating: "a", count: length)
                    characters[position] = special
                    let text = characters.joined()
                    var writer = JSONByteWriter()
                    writer.string(text)
                    #expect(writer.text == Self.reference(.string(text)), "\(special) at \(position) of \(length)")
                }
            }
        }
    }

    /// A string written in a place of its own is copied from the bytes kept there only while it is
    /// the same: the same string again, an equal one in other storage, then another, an empty one,
    /// one that needs escapes, and the first again after the chunk it was written into was flushed.
    @Test func aStringRepeatedInItsPlaceIsWrittenAsAnyOther() {
        let sentence = String(repeating: "全年办结行政复议案件27件，", count: 4)
        let texts = [
            sentence, sentence, String(sentence.unicodeScalars.map(Character.init)), sentence + "。", "",
            "\"引号\"\n" + sentence, sentence, "短", sentence,
        ]
        var chunks: [[UInt8]] = []
        var writer = JSONByteWriter(chunkSize: 64) { chunks.append(Array($0)) }
        var expected = ""
        for (index, text) in texts.enumerated() {
            var text = text
            text.withUTF8 { utf8 in
                let places: [RepeatedMember] = [.heading, .sentence, .section, .report]
                writer.string(utf8: utf8, repeatedIn: places[index % places.count])
                writer.string(utf8: utf8, repeatedIn: .heading)
            }
            expected += Self.reference(.string(text)) + Self.reference(.string(text))
            writer.flushIfFull()
        }
        writer.flush()
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == expected)
        #expect(chunks.count > 1)
    }

    @Test func controlCharactersUseLowercaseHex() {
        var writer = JSONByteWriter()
        writer.string("\u{1}\u{1B}\u{8}\u{C}")
        #expect(writer.text == #""\u0001\u001b\u0008\u000c""#)
    }

    /// Each kind's member, written as one literal, is the member its name escaped would be.
    @Test(arguments: MeasureKind.allCases) func kindMembersAreTheirNamesWritten(kind: MeasureKind) {
        var writer = JSONByteWriter()
        writer.raw(kind.jsonMember)
        #expect(writer.text == ",\"kind\":" + Self.reference(.string(kind.rawValue)))
    }

    static let decimals: [Rational] = {
        let fractions: [(Int128, Int128)] = [
            (174, 10), (-1, 2), (0, 1), (1, 3), (-4, 23), (92_960_000, 1), (1, 1 << 40), (3, 1 << 100),
            (Int128.max, 1), (-Int128.max, 1), (Int128.max, 7), (1, Int128.max), (123_456_789, 1_000_000_000),
            (10_000_000_000_000_000_000, 1), (-99_999_999_999_999_999_999, 1), (1, 10_000_000_000_000_000_000_000_000),
        ]
        return fractions.compactMap { try? Rational(numerator: $0.0, denominator: $0.1) }
    }()

    @Test(arguments: decimals) func decimalsAreWrittenAsBefore(value: Rational) {
        var writer = JSONByteWriter()
        writer.decimal(value)
        #expect(writer.text == Self.reference(.decimal(value)))
    }

    /// Every count of digits, both sides of each power of ten, and the ends of Int.
    static let integers: [Int] = {
        var values = [0, 1, 9, -1, -9, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 10
        while true {
            values += [power - 1, power, power + 1, -power, -(power - 1)]
            let (next, overflow) = power.multipliedReportingOverflow(by: 10)
            if overflow { break }
            power = next
        }
        return values
    }()

    @Test func integersAreWrittenAsSwiftWritesThem() {
        for value in Self.integers {
            var writer = JSONByteWriter()
            writer.integer(value)
            #expect(writer.text == String(value))
        }
    }

    @Test func decimalForms() throws {
        func text(_ numerator: Int128, _ denominator: Int128) throws -> String {
            var writer = JSONByteWriter()
            writer.decimal(try Rational(numerator: numerator, denominator: denominator))
            return writer.text
        }
        #expect(try text(174, 10) == "17.4")
        #expect(try text(-1, 2) == "-0.5")
        #expect(try text(4, 23) == "0.1739130434")
        #expect(try text(1, 1 << 40) == "0.0000000000")
        #expect(try text(10_000_000_000_000_000_000, 1) == "10000000000000000000")
        #expect(try text(10_000_000_000_000_000_007, 1) == "10000000000000000007")
    }

    /// A bound equal to the value is the value's bytes copied, a whole number or not; any other
    /// bound is written as itself.
    @Test(arguments: decimals) func boundsAreWrittenAsTheirValues(value: Rational) {
        var writer = JSONByteWriter()
        writer.raw("[")
        let start = writer.written
        writer.decimal(value)
        let valueBytes = start..<writer.written
        writer.raw(",")
        writer.decimal(value, sameAs: value, writtenAt: valueBytes)
        writer.raw(",")
        writer.decimal(.one, sameAs: value, writtenAt: valueBytes)
        writer.raw("]")
        let text = Self.reference(.decimal(value))
        #expect(writer.text == "[\(text),\(text),\(Self.reference(.decimal(.one)))]")
    }

    @Test func chunksConcatenateToTheWholeAndStaySmall() {
        let report = BuiltinReport.load()
        var chunks: [[UInt8]] = []
        var writer = JSONByteWriter(chunkSize: 512) { chunks.append(Array($0)) }
        report.writeJSON(to: &writer)
        writer.flush()
        var whole = JSONByteWriter()
        report.writeJSON(to: &whole)
        #expect(chunks.count > 10)
        #expect(chunks.flatMap { $0 } == whole.bytes)
        // A chunk ends at the first measure boundary after 512 bytes; no measure is near 4 KB.
        #expect(chunks.allSatisfy { $0.count < 4096 })
        #expect(writer.bytes.isEmpty)
    }
}
