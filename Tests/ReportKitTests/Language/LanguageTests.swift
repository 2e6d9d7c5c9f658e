import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

struct LanguageTests {
    private func value(_ source: String) throws -> String {
        var evaluator = Evaluator(reports: [])
        guard let result = try evaluator.run(try Parser.parse(source)) else { return "" }
        return result.text
    }

    @Test(arguments: [
        ("1 + 2 * 3", "7"), ("(1 + 2) * 3", "9"), ("10 - 4 - 3", "3"), ("24 / 4 / 2", "3"),
        ("-2 * 3 + 1", "-5"), ("not 1 > 2", "true"), ("not false and false", "false"),
        ("true or false and false", "true"), ("1 + 1 == 2", "true"), ("2 * 3 > 5 and 1 < 2", "true"),
        ("1 / 4 + 1 / 4 as %", "50.00%"),
    ])
    func precedence(source: String, expected: String) throws {
        #expect(try value(source) == expected)
    }

    @Test(arguments: [
        ("1 / 8 as %", "12.50%"), ("1 / 800 as %", "0.13%"), ("-1 / 800 as %", "-0.13%"),
        ("1 / 8 as %1", "12.5%"), ("3 / 16 as %1", "18.8%"), ("4 / 23 as %", "17.39%"), ("17.45% as %1", "17.5%"),
        ("round(0.125, 2)", "0.13"), ("round(2 / 3, 0)", "1"), ("1 as %0", "100%"),
    ])
    func percentRoundsHalfUp(source: String, expected: String) throws {
        #expect(try value(source) == expected)
    }

    @Test func literalsWithChineseMultipliers() throws {
        #expect(try value("1.8万") == "18000")
        #expect(try value("0.5亿") == "50000000")
        #expect(try value("17.4% == 0.174") == "true")
        #expect(try value("“纠错” ~ \"纠\"") == "true")
    }

    @Test func tokensCarryTheirRange() throws {
        let tokens = try Lexer.tokens("let 办结 = m41\n  | take 2")
        #expect(tokens[1].kind == .identifier("办结"))
        #expect(tokens[1].range == SourceRange(line: 1, column: 5, length: 2))
        #expect(tokens[4].range == SourceRange(line: 2, column: 3, length: 1))
    }

    @Test func incompleteInputIsItsOwnKind() {
        #expect(StatementReader.isIncomplete("measures |"))
        #expect(StatementReader.isIncomplete("(1 + 2"))
        #expect(StatementReader.isIncomplete("find \"纠错"))
        #expect(!StatementReader.isIncomplete("1 +* 2"))
        #expect(!StatementReader.isIncomplete("measures | count"))
    }

    @Test func scriptsSplitIntoStatementsWithTheirLines() throws {
        var reader = StatementReader()
        var statements = try "#!/usr/bin/env reportsh\n\nmeasures |\n  count # n\n4 / 23\n"
            .split(separator: "\n", omittingEmptySubsequences: false).compactMap { try reader.add(String($0)) }
        if let last = reader.finish() { statements.append(last) }
        #expect(statements.map(\.line) == [3, 5])
        #expect(statements.first?.text == "measures |\n  count # n")
    }

    /// Lines that leave a statement open (inside a string, after `|` or `,`) are gathered without
    /// parsing it all again; a comment's `|` does not count; a statement has a size bound.
    @Test func longStatementsAreGatheredAndBounded() throws {
        var reader = StatementReader()
        let lines = [
            "measures |", "take 5 |", "select id,", "  value", "find \"a", "b", "c\" | count", "measures | count # |", "1",
        ]
        let statements = try lines.compactMap { try reader.add($0) }
        #expect(
            statements.map(\.text) == [
                "measures |\ntake 5 |\nselect id,\n  value", "find \"a\nb\nc\" | count",
                "measures | count # |", "1",
            ])
        var bounded = StatementReader()
        _ = try bounded.add("\"" + String(repeating: "x", count: StatementTooLong.maximumSize / 2))
        #expect(throws: StatementTooLong()) { try bounded.add(String(repeating: "x", count: StatementTooLong.maximumSize / 2)) }
    }

    /// Brackets, chains of one operator, prefix operators and calls share one nesting bound:
    /// what evaluation recurses through. Up to it a statement runs; past it, one clear error.
    @Test(
        arguments: [
            ("+", { (n: Int) in Array(repeating: "1", count: n).joined(separator: " + ") }),
            ("*", { (n: Int) in Array(repeating: "1", count: n).joined(separator: " * ") }),
            ("and", { (n: Int) in Array(repeating: "true", count: n).joined(separator: " and ") }),
            ("==", { (n: Int) in Array(repeating: "1", count: n).joined(separator: " == ") }),
            ("-", { (n: Int) in String(repeating: "-", count: n - 1) + "1" }),
            ("(", { (n: Int) in String(repeating: "(", count: n - 1) + "1" + String(repeating: ")", count: n - 1) }),
        ] as [(String, @Sendable (Int) -> String)])
    func nestingIsBoundedTheSameForEveryForm(name: String, source: (Int) -> String) throws {
        let limit = Parser.maximumDepth
        let sink = CollectingSink()
        let session = Session(reports: [], sink: sink)
        #expect(session.run(source: source(limit), origin: "<command>") == .ok, "\(name): \(sink.diagnostics)")
        for depth in [limit + 1, 2_000] {
            #expect(session.run(source: source(depth), origin: "<command>") == .error)
            #expect(sink.diagnostics.contains("error: the expression nests too deeply"), "\(name) × \(depth)")
        }
    }

    @Test func caretsCountDisplayCells() {
        let diagnostic = Diagnostic("unknown name '值'", at: SourceRange(line: 1, column: 6, length: 1))
        #expect(
            DiagnosticMessage(diagnostic, origin: "<command>", source: "办结 + 值").text(colour: false)
                == "<command>:1:6: error: unknown name '值'\n办结 + 值\n       ^^\n")
    }

    @Test func unknownNamesSuggestTheNearest() {
        #expect(EditDistance.suggestion(for: "vlaue", among: ["value", "unit"]) == "; did you mean 'value'?")
        #expect(EditDistance.suggestion(for: "xyz", among: ["value", "unit"]) == "")
    }

    @Test func sessionStopsAtTheFirstErrorUnlessKeepGoing() {
        let sink = CollectingSink()
        let session = Session(reports: [], sink: sink)
        session.mode = .csv
        #expect(session.run(source: "1\nnope\n2", origin: "a.rsh") == .error)
        #expect(sink.results == "value\n1\n")
        #expect(sink.diagnostics.hasPrefix("a.rsh:2:1: error: unknown name 'nope'"))
        session.keepGoing = true
        #expect(session.run(source: "nope\n3", origin: "b.rsh") == .error)
        #expect(sink.results.hasSuffix("value\n3\n"))
    }
}

struct LanguageLimitTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let source = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(throws: Diagnostic.self) { try Parser.parse(source) }
        let negations = String(repeating: "-", count: 5000) + "1"
        #expect(throws: Diagnostic.self) { try Parser.parse(negations) }
    }

    @Test func letAloneIsIncomplete() {
        #expect(StatementReader.isIncomplete("let"))
        #expect(StatementReader.isIncomplete("let 办结 ="))
    }
}
