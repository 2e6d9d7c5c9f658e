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

    @Test func tableAlignsCJKAndNumbers() {
        let table = Table(columns: ["unit", "n"], rows: [[.string("个百分点"), .number(Rational(5))], [.string("件"), .number(Rational(12))]])
        #expect(TableRenderer.render(table) == "unit       n\n--------  --\n个百分点   5\n件        12\n(2 rows)\n")
    }

    @Test func jsonNumbersStayExact() {
        let table = Table(columns: ["v"], rows: [[.number(Rational(decimal: "0.1")!)], [.number(Rational(decimal: "92960000")!)]])
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
    }
}
