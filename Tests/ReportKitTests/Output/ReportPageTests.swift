import Testing

@testable import ReportExtraction
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportVerification

/// The annotated page read as text: one mark per measure carrying audit's verdict, text escaped,
/// and the forms without text (model JSON) and with several reports (an index).
struct ReportPageTests {
    static func marks(in html: String) -> [Substring] {
        html.split(separator: "<mark ").dropFirst().map { $0.prefix { $0 != ">" } }
    }

    static func attribute(_ name: String, of mark: Substring) -> String? {
        let padded = " " + mark
        guard let start = padded.range(of: " \(name)=\"") else { return nil }
        return String(padded[start.upperBound...].prefix { $0 != "\"" })
    }

    @Test func everyMeasureHasOneMarkWithItsVerdict() throws {
        let report = BuiltinReport.load()
        let audit = Audit.run(reports: [report])
        let html = ReportPage(reports: [report], audit: audit).html
        let marks = Self.marks(in: html)
        #expect(marks.compactMap { Self.attribute("data-measure", of: $0) } == report.measures.map(\.id))
        for row in audit {
            let mark = try #require(marks.first { Self.attribute("data-measure", of: $0) == row.claim })
            #expect(Self.attribute("data-verdict", of: mark) == row.verdict.rawValue)
            #expect(Self.attribute("class", of: mark)?.contains("v-\(row.verdict.rawValue)") == true)
        }
        let judged = Set(audit.map(\.claim))
        for mark in marks where !judged.contains(Self.attribute("data-measure", of: mark) ?? "") {
            #expect(Self.attribute("data-verdict", of: mark) == nil)
            #expect(Self.attribute("class", of: mark)?.contains("plain") == true)
        }
    }

    @Test func aMarkHoldsTheTextAtItsOffsets() {
        let report = BuiltinReport.load()
        let html = ReportPage(reports: [report], audit: []).html
        for measure in report.measures.prefix(10) {
            #expect(html.contains("data-measure=\"\(measure.id)\" data-tip="))
            #expect(html.contains(">\(HTML.escape(measure.raw))</mark>"), "\(measure.id) \(measure.raw)")
        }
    }

    @Test func textAndTipsAreEscaped() {
        let report = ReportExtractor.extract(
            text: "测试报告\n一、<b>工作</b>\n办结\"案件\"23件，纠错4件，纠错率17.4%。<script>alert(1)</script>\n", id: "x<y")
        let html = ReportPage(reports: [report], audit: Audit.run(reports: [report])).html
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>工作"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;案件&quot;"))
        #expect(!html.contains("id=\"x<y"))
        #expect(Self.marks(in: html).count == report.measures.count)
    }

    @Test func aReportFromModelJSONShowsItsSentences() throws {
        let extracted = BuiltinReport.load()
        let report = try Report(modelJSON: JSONParser.parse(extracted.json.compactText))
        #expect(report.text.isEmpty)
        let html = ReportPage(reports: [report], audit: Audit.run(reports: [report])).html
        #expect(html.contains("loaded from its model JSON, which holds no text"))
        #expect(Self.marks(in: html).compactMap { Self.attribute("data-measure", of: $0) } == report.measures.map(\.id))
    }

    @Test func aCorpusGetsAnIndexLinkingToEachReport() {
        let first = ReportExtractor.extract(text: "一、概况\n受理23件，办结4件，办结率17.4%。\n", id: "first")
        let second = ReportExtractor.extract(text: "一、概况\n受理20件，办结5件，办结率30%。\n", id: "second")
        let audit = Audit.run(reports: [first, second])
        let html = ReportPage(reports: [first, second], audit: audit).html
        #expect(html.contains("<table class=\"index\">"))
        #expect(html.contains("href=\"#first\"") && html.contains("id=\"first\""))
        #expect(html.contains("href=\"#second\"") && html.contains("id=\"second\""))
        #expect(html.contains("id=\"second.m3\" class=\"fig v-mismatch\""))
        #expect(html.contains("id=\"first.m3\" class=\"fig v-reproduced\""))
        #expect(ReportPage.defaultFileName(for: [first, second]) == "reports.html")
    }

    @Test func aCorpusPageMarksTheContradictionsAcrossItsReports() throws {
        let reports = try CrossReportAuditTests.corpus()
        let page = ReportPage(auditing: reports)
        let crossReport = page.audit.filter { $0.check == .crossReport }
        let mismatches = crossReport.filter { $0.verdict == .mismatch }
        #expect(Set(mismatches.map { "\($0.report).\($0.claim)" }) == CrossReportAuditTests.planted)
        let html = page.html
        for report in reports {
            let section = try #require(html.range(of: "id=\"\(HTML.anchor(report.id))\""))
            let marks = Self.marks(in: String(html[section.upperBound...]))
            for row in crossReport where row.report == report.id && row.verdict == .mismatch {
                let mark = try #require(marks.first { Self.attribute("data-measure", of: $0) == row.claim })
                #expect(Self.attribute("data-verdict", of: mark) == "mismatch")
            }
        }
    }

    @Test func tableRowsBecomeTablesWithTheirCellsMarked() {
        let report = ReportExtractor.extract(text: "一、收支\n项目 | 2022年 | 2023年\n收入 | 120万元 | 135万元\n", id: "t")
        let html = ReportPage(reports: [report], audit: []).html
        #expect(html.contains("<table class=\"cells\">"))
        #expect(html.contains("<td>项目</td>"))
        #expect(Self.marks(in: html).count == report.measures.count)
        #expect(report.measures.count >= 2)
    }
}
