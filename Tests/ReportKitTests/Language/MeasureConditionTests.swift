import Testing

@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell

/// A `where` over measures is compiled into tests on the measures' fields; a `where` over a table
/// evaluates the condition on each row's values. Both must keep the same rows and fail with the
/// same errors, for every kind of condition.
@Suite struct MeasureConditionTests {
    /// The built-in report twice, under two ids; in the second, a few units are written in other
    /// Unicode forms of the same text (Å as A and a ring; 豈 as its compatibility ideograph).
    private static let reports: [Report] = {
        let report = BuiltinReport.load()
        var other = report
        other.id = "again"
        other.measures = report.measures.enumerated().map { index, measure in
            var copy = measure
            copy.report = "again"
            if index % 7 == 1 { copy.unit = "A\u{30A}" }
            if index % 7 == 2 { copy.unit = "\u{F900}" }
            return copy
        }
        return [report, other]
    }()

    private static let conditions: [String] = [
        "unit == \"件\"", "unit != \"件\"", "\"件\" == unit", "unit == \"件\" and value >= 100",
        "value >= 100 and unit == \"件\"", "unit == \"件\" or kind == \"percent\"", "not (unit == \"件\")",
        "not unit == \"件\"", "unit == \"\u{C5}\"", "unit != \"\u{C5}\"", "unit == \"\u{8C48}\"", "unit == \"A\u{30A}\"",
        "value > 50%", "value < 0.5", "50% < value", "100 <= value", "value == 27", "value != 27", "-value < -100",
        "lower == null", "lower != null", "null == lower", "approx == null", "approx != null", "null != approx",
        "approx == \"多\"", "approx < \"多\"", "approx >= \"\"", "lower > 10", "upper <= 1000", "lower < null",
        "null >= value", "kind == \"percent\"", "kind != \"count\"", "decimals == 1", "decimals > 0",
        "start < 500 and end > 100", "report == \"again\"", "report != \"again\"", "id == \"m1\"", "id < \"m2\"",
        "raw ~ \"%\"", "sentence ~ \"纠错\"", "subject ~ \"案件\"", "heading ~ \"一\"", "section ~ \"/\"", "\"件\" ~ unit",
        "unit ~ \"件\" or unit ~ \"%\"", "unit == 5", "unit != true", "value == \"27\"", "value != null",
        "(value > 1) == true", "value * 2 > 100", "value + 1 > lower", "value / 0 > 1", "round(value, 0) == 27",
        "value as % > 0.5", "true", "false", "1 == 1", "unit == \"件\" or true", "false and unit == \"件\"",
        "_ == null", "suizhou-2023.m1.unit == unit", "value > suizhou-2023.m1", "value == 100 or value == 27",
        // Errors, which must come from the same row with the same message.
        "lower > \"a\"", "approx > 1", "unit > 5", "value < true", "approx ~ \"多\"", "value ~ \"1\"", "value",
        "unit", "null", "unit == \"件\" and 1", "1 and unit == \"件\"", "unit == \"件\" and value > \"x\"",
        "value > \"x\" and unit == \"件\"", "unit == \"件\" or value > \"x\"", "unit == $missing", "unit == m1",
        "value > unknownname", "unti == \"件\"", "round(value) == 27", "floor(value) > 1", "value.unit == \"件\"",
        "not value", "-unit == 1", "unit as % > 1", "value > 1 and lower > \"a\"", "value > 10000 and lower > \"a\"",
        "value < 1 or lower > \"a\"", "unit == \"件\" or lower > \"a\"",
        "suizhou-2023.m9999 == value", "nosuchreport.m1 == value",
    ]

    /// The csv results and diagnostics of statements run one after the other.
    private func output(_ statements: [String]) -> String {
        let captured = CapturedSession(reports: Self.reports)
        captured.session.mode = .csv
        for statement in statements { captured.run(statement) }
        return captured.results + captured.diagnostics
    }

    @Test(arguments: conditions)
    func aConditionKeepsTheRowsOfTheTable(condition: String) {
        // A table of every field under a name as long as `measures`, so that carets match.
        let table = "let measured = measures | select " + Table.measureColumns.joined(separator: ", ")
        for stages in ["select id, report", "count", "take 3 | select id, report", "where value > 1 | count"] {
            let direct = output(["measures | where \(condition) | \(stages)"])
            let throughTable = output([table, "measured | where \(condition) | \(stages)"])
            #expect(direct == throughTable.replacingOccurrences(of: "measured", with: "measures"), "\(condition) | \(stages)")
        }
    }

    @Test func theTestCasesReachEveryBranch() {
        // Guards the table above: conditions that keep rows, keep none, and fail.
        #expect(output(["measures | where unit == \"\u{C5}\" | count"]) != "value\n0\n")
        #expect(output(["measures | where unit == \"\u{8C48}\" | count"]) != "value\n0\n")
        #expect(output(["measures | where approx != null | count"]) != "value\n0\n")
        #expect(output(["measures | where lower > \"a\""]).contains("cannot compare"))
    }
}

@Suite struct TextEqualityTests {
    @Test func equalsAsSwiftComparesText() {
        let texts = [
            "件", "个", "A\u{30A}", "\u{C5}", "\u{F900}", "\u{8C48}", "percent", "PERCENT", "", "个百分点",
            "一个很长的单位名称超过十六个字节", "一个很长的单位名称超过十六个字节 ", "e\u{301}\u{327}", "e\u{327}\u{301}",
        ]
        for constant in texts {
            let equality = TextEquality(constant)
            // Twice: the second answer is the remembered one.
            for _ in 0..<2 {
                for text in texts { #expect(equality.matches(text) == (text == constant), "\(constant) == \(text)") }
            }
        }
    }

    @Test func keepsAnsweringOnceFull() {
        let equality = TextEquality("件")
        for number in 0..<500 { #expect(!equality.matches("件\(number)")) }
        #expect(equality.matches("件"))
        #expect(!equality.matches("件0"))
    }
}
