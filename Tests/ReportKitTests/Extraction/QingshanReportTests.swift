import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// A second report in the genre's style (a county, full-width punctuation, a title line, 1. and
/// （1） items, a flattened table with a caption unit), with expectations written by hand.
@Suite struct QingshanReportTests {
    static func report() throws -> Report {
        let url = try #require(Bundle.module.url(forResource: "qingshan-2022", withExtension: "txt", subdirectory: "Fixtures"))
        let text = try ReportText.decode(Array(Data(contentsOf: url)))
        return ReportExtractor.extract(text: text, id: "qingshan-2022")
    }

    /// raw, value, unit, kind, approx, section.
    static let expected: [(String, String, String, MeasureKind, String?, String)] = [
        ("98.6%", "98.6", "%", .percent, nil, "一/(一)/1"),
        ("3.2%", "3.2", "%", .percent, nil, "一/(一)/1"),
        ("4.5个百分点", "4.5", "个百分点", .points, nil, "一/(一)/1"),
        ("36项", "36", "项", .count, nil, "一/(一)/1"),
        ("七成以上", "7", "成", .tenths, "以上", "一/(一)/1"),
        ("1,862户", "1862", "户", .count, nil, "一/(一)/2"),
        ("2.35亿元", "235000000", "元", .amount, nil, "一/(一)/2"),
        ("1.2亿", "120000000", "元", .amount, nil, "一/(一)/2"),
        ("近3倍", "3", "倍", .multiple, "近", "一/(一)/2"),
        ("1426件", "1426", "件", .count, nil, "一/(二)/1"),
        ("386.5万元", "3865000", "元", .amount, nil, "一/(二)/1"),
        ("不足百分之十", "10", "%", .percent, "不足", "一/(二)/1"),
        ("12期", "12", "期", .count, nil, "一/(二)/2"),
        ("600余人次", "600", "人次", .count, "余", "一/(二)/2"),
        ("百分之九十八点五", "98.5", "%", .percent, nil, "一/(二)/2"),
        ("42件", "42", "件", .count, nil, "一/(三)"),
        ("38件", "38", "件", .count, nil, "一/(三)"),
        ("35件", "35", "件", .count, nil, "一/(三)"),
        ("22.9%", "22.9", "%", .percent, nil, "一/(三)"),
        ("5%以下", "5", "%", .percent, "以下", "一/(三)"),
        ("100%", "100", "%", .percent, nil, "一/(三)"),
        ("75件", "75", "件", .count, nil, "一/(三)"),
        ("16件", "16", "件", .count, nil, "一/(三)"),
        ("49.66%", "49.66", "%", .percent, nil, "一/(三)"),
        ("10.59%", "10.59", "%", .percent, nil, "一/(三)"),
        ("0", "0", "件", .count, nil, "一/(三)"),
        ("2", "2", "件", .count, nil, "一/(三)"),
        ("两个", "2", "个", .count, nil, "二/一是"),
        ("约三成", "3", "成", .tenths, "约", "二/二是"),
        ("100%", "100", "%", .percent, nil, "三/(一)/(1)"),
        ("超过九成", "9", "成", .tenths, "超过", "三/(一)/(2)"),
        ("3万4000元", "34000", "元", .amount, nil, "三/(一)/(2)"),
    ]

    @Test func everyFigureAndNothingElse() throws {
        let measures = try Self.report().measures
        #expect(measures.count == Self.expected.count)
        for (measure, expected) in zip(measures, Self.expected) {
            #expect(measure.raw == expected.0)
            #expect(measure.value.description == expected.1, "\(expected.0)")
            #expect(measure.unit == expected.2, "\(expected.0)")
            #expect(measure.kind == expected.3, "\(expected.0)")
            #expect(measure.approx == expected.4, "\(expected.0)")
            #expect(measure.section == expected.5, "\(expected.0)")
        }
    }

    @Test func tableCellsTakeTheirHeaders() throws {
        let measures = try Self.report().measures
        #expect(
            measures.filter { $0.subject.contains("·") }.map(\.subject) == [
                "行政复议·数量", "行政诉讼·数量", "行政复议·占比", "行政诉讼·占比", "行政复议·败诉", "行政诉讼·败诉",
            ])
        #expect(measures.first { $0.subject == "行政诉讼·败诉" }?.sentence == "败诉 | 0 | 2")
    }

    @Test func subjectsNameWhatIsCounted() throws {
        let subjects = try Self.report().measures.map(\.subject)
        #expect(subjects[0] == "政务服务事项网上可办率")
        #expect(subjects[10] == "罚没款")
        #expect(subjects[16] == "受理")
        #expect(subjects[18] == "纠错率")
        #expect(subjects[28] == "执法人员")
    }

    @Test func intervalsOfQualifiedFigures() throws {
        let measures = try Self.report().measures
        func bounds(_ raw: String) -> String {
            guard let measure = measures.first(where: { $0.raw == raw }) else { return "missing" }
            return "\(measure.lower?.description ?? "null")…\(measure.upper?.description ?? "null")"
        }
        #expect(bounds("近3倍") == "2.7…3")
        #expect(bounds("600余人次") == "600…700")
        #expect(bounds("约三成") == "2.5…3.5")
        #expect(bounds("不足百分之十") == "null…10")
        #expect(bounds("3万4000元") == "34000…34000")
    }

    @Test func metadataAndOutline() throws {
        let report = try Self.report()
        #expect(report.title == "关于青山县2022年法治政府建设情况的报告")
        #expect(report.region == "青山县")
        #expect(report.year == 2022)
        let paths = report.sections.map(\.path)
        #expect(
            paths == [
                "preamble", "一", "一/(一)", "一/(一)/1", "一/(一)/2", "一/(二)", "一/(二)/1", "一/(二)/2",
                "一/(三)", "二", "二/一是", "二/二是", "三", "三/(一)", "三/(一)/(1)", "三/(一)/(2)",
            ])
        #expect(report.sections.first { $0.path == "一/(一)/1" }?.title == "深化“放管服”改革")
        #expect(report.sections.first { $0.path == "三/(一)/(2)" }?.level == 3)
        #expect(report.sections.allSatisfy { !$0.title.contains("打印") })
    }
}
