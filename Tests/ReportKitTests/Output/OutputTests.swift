import Testing

@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

struct OutputTests {
    @Test func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("办结") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("한글") == 4)
        #expect(DisplayWidth.of("かな") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("，。") == 4)
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(DelimitedRenderer.quote("plain", separator: ",") == "plain")
        #expect(DelimitedRenderer.quote("a,b", separator: ",") == "\"a,b\"")
        #expect(DelimitedRenderer.quote("say \"hi\"", separator: ",") == "\"say \"\"hi\"\"\"")
        #expect(DelimitedRenderer.quote("two\nlines", separator: ",") == "\"two\nlines\"")
        #expect(DelimitedRenderer.quote("a\tb", separator: "\t") == "\"a\tb\"")
    }

    @Test func csvWritesNullAsNothingAndEmptyTextQuoted() {
        let table = Table(columns: ["approx", "note"], rows: [[.null, .string("")], [.string("余"), .null]])
        #expect(OutputMode.csv.render(table) == "approx,note\n,\"\"\n余,\n")
        #expect(OutputMode.tsv.render(table, nullText: "NULL") == "approx\tnote\nNULL\t\"\"\n余\tNULL\n")
    }

    @Test func tableAlignsCJKAndNumbers() {
        let table = Table(
            columns: ["unit", "n"], rows: [[.string("个百分点"), .number(Rational(5))], [.string("件"), .number(Rational(12))]])
        #expect(TableRenderer.render(table) == "unit       n\n--------  --\n个百分点   5\n件        12\n(2 rows)\n")
    }

    @Test func jsonNumbersStayExact() {
        let table = Table(
            columns: ["v"], rows: [[.number(Rational(decimal: "0.1")!)], [.number(Rational(decimal: "92960000")!)]])
        #expect(OutputMode.json.render(table) == "[{\"v\":0.1},{\"v\":92960000}]\n")
    }

    @Test func jsonParserKeepsNumberText() throws {
        let value = try JSONParser.parse("{\"a\": [17.40, null, true, \"\\u4e07\"]}")
        #expect(value == .object([("a", .array([.number("17.40"), .null, .bool(true), .string("万")]))]))
    }

    @Test func jsonParserReportsLineAndColumn() {
        #expect(throws: JSONParser.Failure(line: 2, column: 3, message: "expected a member name")) {
            try JSONParser.parse("{\n  ]")
        }
        #expect(throws: JSONParser.Failure(line: 1, column: 10, message: "unexpected character '万'")) {
            try JSONParser.parse("[\"万\", 1, 万]")
        }
    }

    /// Nesting is bounded (a hostile file of tens of thousands of `[` is an error at the first one
    /// too deep, not a stack overflow); the bound itself still reads.
    @Test func jsonParserBoundsNesting() throws {
        let limit = JSONParser.maximumDepth
        _ = try JSONParser.parse(String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
        let message = "arrays and objects nest more than \(limit) deep"
        #expect(throws: JSONParser.Failure(line: 1, column: limit + 1, message: message)) {
            try JSONParser.parse(String(repeating: "[", count: 40_000) + String(repeating: "]", count: 40_000))
        }
        #expect(throws: JSONParser.Failure(line: 1, column: 5 * limit + 1, message: message)) {
            try JSONParser.parse(String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000))
        }
    }

    @Test func jsonParserRefusesLoneSurrogates() throws {
        #expect(try JSONParser.parse("\"\\ud83d\\ude00\"") == .string("😀"))
        for text in ["\"\\ud800\"", "\"\\ud800x\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\u12\"", "\"\\u+123\""] {
            #expect(throws: JSONParser.Failure.self, "\(text)") { try JSONParser.parse(text) }
        }
    }
}
