import ReportExtraction
import ReportLanguage
import ReportLoading
import ReportModel
import ReportOutput
import ReportShell
import ReportVerification
import Testing

@testable import ShellKit

@Suite struct CompleterTests {
    let vocabulary = CompletionVocabulary(
        measures: [
            .init(id: "m38", subject: "收到行政复议申请", raw: "27件"),
            .init(id: "m41", subject: "办结", raw: "23件"),
            .init(id: "m44", subject: "行政复议直接纠错率", raw: "17.4%"),
            .init(id: "m5", subject: "培训", raw: "3000多名"),
        ],
        letNames: ["办结数", "total"],
        reportIDs: ["suizhou-2023", "suizhou-2024"],
        listDirectory: { folder in
            switch folder {
            case "": return ["scripts/", "report.rsh", "readme.txt"]
            case "scripts/": return ["audit.rsh", "check.rsh"]
            default: return []
            }
        })

    func complete(_ line: String) -> [String] {
        Completer.completions(line: line, cursor: line.unicodeScalars.count, vocabulary: vocabulary)
    }

    @Test func lineStartOffersSourcesLetAndDotCommands() {
        let offered = complete("")
        #expect(offered.contains("measures"))
        #expect(offered.contains("let"))
        #expect(offered.contains(".help"))
        #expect(!offered.contains("where"))
        #expect(complete("me") == ["measures"])
        #expect(complete("  au") == ["audit"])
    }

    @Test func afterPipeOffersStages() {
        #expect(complete("measures | ") == vocabulary.stages)
        #expect(complete("measures | so") == ["sort"])
        #expect(complete("measures | where unit == \"件\" | c") == ["count", "chart"])
        #expect(complete("measures |wh") == ["where"])
    }

    @Test func afterWhereSelectSortOfferFields() {
        #expect(complete("measures | where ") == vocabulary.fields)
        #expect(complete("measures | where su") == ["subject"])
        #expect(complete("measures | where value > 3 and un") == ["unit"])
        #expect(complete("measures | select id, ra") == ["raw"])
        #expect(complete("measures | sort va") == ["value"])
        #expect(complete("measures | sort value ") == ["asc", "desc"])
        #expect(complete("measures | group ") == vocabulary.fields)
    }

    @Test func indicatorsOfferTheirOwnFields() {
        #expect(complete("indicators | where ind") == ["indicator"])
        #expect(complete("indicators | sort year, per") == ["period"])
        #expect(complete("indicators | sort indicator ") == ["asc", "desc"])
        #expect(complete("measures | where ind").isEmpty)
    }

    @Test func nothingWhereNoWordFits() {
        #expect(complete("measures | take ") == [])
        #expect(complete("measures | where unit ") == [])
        #expect(complete("measures ") == [])
        #expect(complete("find \"复") == [])
        #expect(complete("measures | where heading ~ \"复") == [])
    }

    @Test func afterComparisonOffersValues() {
        #expect(complete("measures | where value > m4") == ["m41", "m44"])
        #expect(complete("measures | where value > 3 ") == ["and", "or"])
        #expect(complete("check 17.4% == m44 / 办") == ["办结数", "m41"])
        #expect(complete("let x = to") == ["total"])
        #expect(complete("let ") == [])
        #expect(complete("solve 73.9% of m4") == ["m41", "m44"])
    }

    @Test func chineseWordFindsMeasuresBySubject() {
        #expect(complete("复议") == ["m38", "m44"])
        #expect(complete("check 17.4% == 纠错") == ["m44"])
        #expect(complete("let 比 = 办结") == ["办结数", "m41"])
        #expect(complete("不存在") == [])
    }

    @Test func fieldOfAMeasureAfterDot() {
        #expect(complete("m41.su") == ["m41.subject"])
        #expect(complete("check m41.") == vocabulary.fields.map { "m41." + $0 })
    }

    @Test func dotCommandsAndTheirArguments() {
        #expect(complete(".he") == [".help"])
        #expect(complete(".mode ") == ["table", "csv", "tsv", "json", "jsonl", "markdown", "line"])
        #expect(complete(".mode js") == ["json", "jsonl"])
        #expect(complete(".timer o") == ["on", "off"])
        #expect(complete(".bail of") == ["off"])
        #expect(complete(".use sui") == ["suizhou-2023", "suizhou-2024"])
        #expect(complete(".quit ") == [])
        #expect(complete(".mode csv ") == [])
        #expect(complete(".nosuch ") == [])
    }

    @Test func pathsForFileCommands() {
        #expect(complete(".read ") == ["scripts/", "report.rsh", "readme.txt"])
        #expect(complete(".read re") == ["report.rsh", "readme.txt"])
        #expect(complete(".save scripts/a") == ["scripts/audit.rsh"])
        #expect(complete(".output scripts/") == ["scripts/audit.rsh", "scripts/check.rsh"])
        #expect(complete(".load nowhere/x") == [])
    }

    @Test func cursorInsideTheLineCompletesTheWordBeforeIt() {
        let line = "measures | wh | take 5"
        #expect(Completer.completions(line: line, cursor: 13, vocabulary: vocabulary) == ["where"])
        #expect(Completer.word(in: line, cursor: 13) == "wh")
    }

    @Test func wordIsWhatACompletionReplaces() {
        #expect(Completer.word(in: "check 17.4% == 复议", cursor: 17) == "复议")
        #expect(Completer.word(in: "measures | where ", cursor: 17) == "")
        #expect(Completer.word(in: ".read scripts/a", cursor: 15) == "scripts/a")
        #expect(Completer.word(in: "a==m4", cursor: 5) == "m4")
    }

    @Test func listingShowsMeasuresWithTheirSubjects() {
        let listing = CompletionListing.render(["m38", "m44"], vocabulary: vocabulary, width: 80)
        #expect(listing == "m38  收到行政复议申请  27件\nm44  行政复议直接纠错率  17.4%\n")
        let words = CompletionListing.render(["where", "sort", "take"], vocabulary: vocabulary, width: 14)
        #expect(words == "where  sort\ntake\n")
        #expect(CompletionListing.commonPrefix(["json", "jsonl"]) == "json")
        #expect(CompletionListing.commonPrefix(["m38", "m44"]) == "m")
        #expect(CompletionListing.displayWidth("办结a") == 5)
    }

    @Test func vocabularyFromReportMeasures() {
        let measure = Measure(
            id: "m41", value: Rational(23), unit: "件", raw: "23件", kind: .count,
            approx: nil, lower: Rational(23), upper: Rational(23), decimals: 0,
            subject: "办结行政复议案件", section: "一", heading: "法治", sentence: "办结23件。", paragraph: 0, before: "办结",
            start: 0, end: 3, report: "suizhou-2023")
        let fromReport = CompletionVocabulary(measures: [measure], letNames: ["率"], reportIDs: ["suizhou-2023"])
        #expect(fromReport.measures == [.init(id: "m41", subject: "办结行政复议案件", raw: "23件", report: "suizhou-2023")])
        #expect(Completer.completions(line: "复议", cursor: 2, vocabulary: fromReport) == ["m41"])
        #expect(Completer.completions(line: ".use s", cursor: 6, vocabulary: fromReport) == ["suizhou-2023"])
    }
}

@Suite struct DotCommandCompletionTests {
    let vocabulary = CompletionVocabulary(reportIDs: ["suizhou-2023", "qingshan-2022"], listDirectory: { _ in [] })

    func complete(_ line: String) -> [String] {
        Completer.completions(line: line, cursor: line.unicodeScalars.count, vocabulary: vocabulary)
    }

    @Test func everyDotCommandOfTheShellIsOffered() {
        #expect(complete(".") == DotCommand.allCases.map(\.name).sorted())
    }

    @Test func useTakesSeveralReportsOrAll() {
        #expect(complete(".use ") == ["suizhou-2023", "qingshan-2022", "all"])
        #expect(complete(".use a") == ["all"])
        #expect(complete(".use suizhou-2023 ") == ["qingshan-2022"])
        #expect(complete(".use suizhou-2023 q") == ["qingshan-2022"])
    }

    @Test func helpOffersEveryTopic() {
        #expect(complete(".help wh") == ["where"])
        #expect(complete(".help .ti") == [".timer"])
        #expect(complete(".help ch") == ["check", "chart"])
    }

    @Test func measuresOfSeveralReportsAreOfferedQualified() {
        let two = CompletionVocabulary(
            measures: [
                .init(id: "m4", subject: "办结", raw: "23件", report: "a"),
                .init(id: "m4", subject: "办结", raw: "28件", report: "suizhou-2023"),
                .init(id: "m40", subject: "纠错率", raw: "17.4%", report: "suizhou-2023"),
            ], letNames: [], reportIDs: ["a", "suizhou-2023"])
        func complete(_ line: String) -> [String] {
            Completer.completions(line: line, cursor: line.unicodeScalars.count, vocabulary: two)
        }
        #expect(complete("1 + a.") == ["a.m4"])
        #expect(complete("1 + suizhou-2023.m4") == ["suizhou-2023.m4", "suizhou-2023.m40"])
        #expect(complete("1 + 办结") == ["a.m4", "suizhou-2023.m4"])
        #expect(Completer.word(in: "1 + suizhou-2023.m4", cursor: 19) == "suizhou-2023.m4")
    }

    @Test func theWordAtTheCursorIsReadByTheLanguagesLexer() {
        #expect(Completer.word(in: "measures | where m41.sub", cursor: 24) == "m41.sub")
        #expect(Completer.word(in: "m41-m4", cursor: 6) == "m4")
        #expect(Completer.word(in: "1 + ", cursor: 4) == "")
        #expect(complete("find \"复") == [])
        #expect(complete("measures | where m41.sub") == ["m41.subject"])
    }

    @Test func defaultWordsAreTheLanguagesOwn() {
        let defaults = CompletionVocabulary()
        #expect(defaults.stages == StageName.allCases.map(\.rawValue))
        #expect(defaults.sources == SourceName.allCases.map(\.rawValue))
        #expect(defaults.fields == Table.measureColumns)
        #expect(defaults.fields.contains("start") && defaults.fields.contains("end"))
        for stage in defaults.stages {
            let statement =
                "measures | " + stage
                + (["where", "take"].contains(stage) ? " 1" : ["count", "chart"].contains(stage) ? "" : " value")
            let parsed = Result { () throws(Diagnostic) in try Parser.parse(statement + (stage == "group" ? " | count" : "")) }
            #expect((try? parsed.get()) != nil, "\(stage) does not parse as a stage")
        }
    }
}
