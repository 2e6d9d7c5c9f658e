import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Every dot-command through a captured sink.
@Suite struct DotCommandTests {
    static let qingshan = Bundle.module.path(forResource: "Fixtures/qingshan-2022", ofType: "txt") ?? ""

    @Test func helpListsEveryCommandWithItsUsage() {
        let captured = CapturedSession()
        #expect(captured.run(".help") == .ok)
        for command in DotCommand.allCases {
            #expect(captured.results.contains(command.usage + " "), "\(command.name) missing from .help")
        }
    }

    @Test func helpTopicExplainsWithAnExample() {
        let captured = CapturedSession()
        captured.run(".help where\n.help .mode\n.help mode\n.help check\n.help chart\n.help round")
        #expect(captured.results.contains("| where CONDITION"))
        #expect(captured.results.components(separatedBy: ".mode [MODE]").count - 1 == 2)
        #expect(captured.results.contains("check m40 == m39 / m38"))
        #expect(captured.results.contains("| chart"))
        #expect(captured.results.contains("round(4 / 23, 3)"))
        #expect(captured.results.components(separatedBy: "example:").count - 1 >= 6)
        #expect(captured.diagnostics.isEmpty)
    }

    @Test func everyHelpTopicHasText() {
        for topic in HelpText.topics { #expect(HelpText.text(for: topic)?.isEmpty == false, "\(topic)") }
        for stage in ["where", "sort", "take", "select", "count", "sum", "avg", "min", "max", "group", "chart"] {
            #expect(HelpText.topics.contains(stage))
        }
    }

    @Test func helpOnAnUnknownTopicSuggestsOne() {
        let captured = CapturedSession()
        #expect(captured.run(".help wher", origin: "<stdin>") == .error)
        #expect(
            captured.diagnostics.hasPrefix(
                "<stdin>:1:7: error: no help on 'wher'; did you mean 'where'?\n.help wher\n      ^^^^\n"))
    }

    @Test func unknownDotCommandSuggestsTheNearest() {
        let captured = CapturedSession()
        #expect(captured.run("1\n.mdoe csv", origin: "s.rsh") == .error)
        #expect(
            captured.diagnostics == "s.rsh:2:1: error: unknown dot-command '.mdoe'; did you mean '.mode'?\n.mdoe csv\n^^^^^\n")
        let far = CapturedSession()
        far.run(".zzzzzz")
        #expect(far.diagnostics.contains("unknown dot-command '.zzzzzz'; .help lists them"))
    }

    @Test func modeShowsAndSetsAndRejectsUnknownModes() {
        let captured = CapturedSession()
        captured.run(".mode\n.mode json\n.mode\n4 / 2")
        #expect(captured.results == "mode table\nmode json\n[{\"value\":2}]\n")
        #expect(captured.run(".mode jsn", origin: "<stdin>") == .error)
        #expect(
            captured.diagnostics.contains(
                "error: expected one of table, csv, tsv, json, jsonl, markdown, line, got 'jsn'; did you mean 'json'?"))
        #expect(captured.session.mode == .json)
    }

    @Test func argumentCountsAreChecked() {
        let captured = CapturedSession()
        captured.session.keepGoing = true
        captured.run(".mode csv tsv\n.show now\n.read\n.timer on off", origin: "<stdin>")
        #expect(captured.diagnostics.contains("1:11: error: .mode takes one argument; usage: .mode [MODE]"))
        #expect(captured.diagnostics.contains("2:7: error: .show takes no argument; usage: .show"))
        #expect(captured.diagnostics.contains("3:1: error: .read needs an argument; usage: .read FILE"))
        #expect(captured.diagnostics.contains("4:11: error: .timer takes one argument"))
        #expect(captured.session.mode == .table)
    }

    @Test func timerPrintsRunTimeOnDiagnosticsOnly() {
        let captured = CapturedSession()
        captured.run(".timer\n.timer on\n1 + 1\n.timer off\n2 + 2")
        #expect(captured.results.hasPrefix("timer off\n"))
        #expect(!captured.results.contains("Run Time"))
        let times = captured.diagnostics.split(separator: "\n")
        #expect(times.count == 1)
        #expect(times.first?.wholeMatch(of: #/Run Time: \d+\.\d{3} s/#) != nil)
    }

    @Test func bailShowsAndSets() {
        let captured = CapturedSession()
        captured.run(".bail\n.bail off\n.bail")
        #expect(captured.results == "bail on\nbail off\n")
        #expect(captured.session.keepGoing)
    }

    @Test func showListsEverySetting() {
        let captured = CapturedSession()
        captured.session.evaluator.arguments = ["year": "2023"]
        captured.run(".mode csv\n.timer on\nlet 办结 = m38\n.show")
        for line in [
            "mode      csv", "output    stdout", "once      (none)", "bail      on", "timer     on",
            "reports   all: suizhou-2023", "names     办结", "arguments $year=2023",
        ] {
            #expect(captured.results.contains(line + "\n"), "\(line)")
        }
    }

    @Test func loadAddsReportsAndUseRestrictsTheSources() throws {
        let captured = CapturedSession()
        #expect(captured.run(".load \(Self.qingshan)\n.use\nreports | count") == .ok)
        #expect(captured.results.contains("using all reports: suizhou-2023 qingshan-2022\n"))
        #expect(captured.results.hasSuffix("    2\n(1 row)\n"))
        #expect(captured.run(".use qingshan-2022\n.use\nmeasures | group report | count\n.mode csv\n.reports") == .ok)
        #expect(captured.results.contains("using qingshan-2022\n"))
        #expect(captured.results.contains("qingshan-2022  "))
        #expect(!captured.results.contains("suizhou-2023  "))
        #expect(captured.results.contains("suizhou-2023,"))
        #expect(captured.results.contains(",false,(built in)\n"))
        #expect(captured.run(".use all\nreports | count") == .ok)
        #expect(captured.results.hasSuffix("value\n2\n"))
    }

    @Test func loadAndUseErrorsPointAtTheArgument() {
        let captured = CapturedSession()
        captured.session.keepGoing = true
        captured.run(
            ".load /no/such/report.txt\n.use suizhou-2032\n.load \(Self.qingshan)\n.load \(Self.qingshan)", origin: "<stdin>")
        #expect(captured.diagnostics.contains("<stdin>:1:7: error: /no/such/report.txt: no such file or directory"))
        #expect(
            captured.diagnostics.contains("<stdin>:2:6: error: no report 'suizhou-2032' is loaded; did you mean 'suizhou-2023'?"))
        #expect(captured.diagnostics.contains("<stdin>:4:7: error: a report with id 'qingshan-2022' is already loaded"))
        #expect(captured.session.loaded.count == 2)
    }

    @Test func historyListsTheShellsEntriesOrSaysThereAreNone() {
        let captured = CapturedSession()
        captured.run(".history")
        #expect(captured.results == "no history: statements are kept only in the interactive shell\n")
        let shell = CapturedSession()
        shell.session.historyEntries = { (1...10).map { "\($0) + 1" } + ["measures |\ncount"] }
        shell.run(".history")
        #expect(shell.results.hasPrefix(" 1  1 + 1\n 2  2 + 1\n"))
        #expect(shell.results.hasSuffix("10  10 + 1\n11  measures |\n    count\n"))
    }

    @Test func announcementsOnlyWhenAsked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let quiet = CapturedSession()
        quiet.run(".load \(Self.qingshan)\n.save \(folder.file("a.rsh"))")
        #expect(quiet.diagnostics.isEmpty)
        let shell = CapturedSession()
        shell.session.settings.announces = true
        shell.run(".load \(Self.qingshan)\n.save \(folder.file("b.rsh"))")
        #expect(shell.diagnostics.contains("loaded qingshan-2022: "))
        #expect(shell.diagnostics.contains("saved 1 statement to \(folder.file("b.rsh"))"))
    }

    @Test func quotedArgumentsMayHoldSpaces() throws {
        let line = try DotCommandLine.parse(#".save "my file.rsh" "x\"y""#)
        #expect(line.command.text == ".save")
        #expect(line.arguments.map(\.text) == ["my file.rsh", "x\"y"])
        #expect(line.arguments.map(\.range.column) == [7, 21])
        #expect(DotCommandLine.quoted("my file.rsh") == "\"my file.rsh\"")
        #expect(DotCommandLine.quoted("plain") == "plain")
        #expect(throws: Diagnostic.self) { try DotCommandLine.parse(".read \"open") }
    }
}
