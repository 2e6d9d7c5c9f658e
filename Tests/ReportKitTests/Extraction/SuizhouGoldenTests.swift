import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The built-in report against its hand truth: every figure found, exactly, and nothing else.
@Suite struct SuizhouGoldenTests {
    struct TruthMeasure {
        var raw: String
        /// The value as the JSON text writes it, never through a binary float.
        var value: String
        var unit: String
        var qualifier: String?
        var decimals: Int
        var start: Int
        var end: Int
    }

    static func truth() throws -> (measures: [TruthMeasure], skipped: [(raw: String, start: Int, end: Int)]) {
        let url = try #require(
            Bundle.module.url(
                forResource: "suizhou-2023.truth", withExtension: "json",
                subdirectory: "Fixtures"))
        let data = try Data(contentsOf: url)
        let json = try #require(String(data: data, encoding: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let measures = try #require(object["measures"] as? [[String: Any]])
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        let values = try valueLiterals(json)
        try #require(values.count == measures.count)
        let truth = try zip(measures, values).map { item, value in
            TruthMeasure(
                raw: try #require(item["raw"] as? String), value: value,
                unit: try #require(item["unit"] as? String), qualifier: item["qualifier"] as? String,
                decimals: try #require(item["decimals"] as? Int), start: try #require(item["start"] as? Int),
                end: try #require(item["end"] as? Int))
        }
        let skips = try skipped.map { item in
            (
                raw: try #require(item["raw"] as? String), start: try #require(item["start"] as? Int),
                end: try #require(item["end"] as? Int)
            )
        }
        return (truth, skips)
    }

    /// The `"value":` literals of the measures array, in order, as written in the JSON text.
    private static func valueLiterals(_ json: String) throws -> [String] {
        let measuresStart = try #require(json.range(of: "\"measures\""))
        let measuresEnd = try #require(json.range(of: "\"skipped\""))
        let section = json[measuresStart.upperBound..<measuresEnd.lowerBound]
        return section.components(separatedBy: "\"value\":").dropFirst().map { rest in
            String(rest.drop { $0 == " " }.prefix { $0.isNumber || $0 == "." || $0 == "-" })
        }
    }

    @Test func everyTruthFigureIsFoundExactlyAndNothingElse() throws {
        let (truth, _) = try Self.truth()
        let measures = BuiltinReport.load().measures
        let found = Dictionary(measures.map { ("\($0.start)-\($0.end)", $0) }, uniquingKeysWith: { first, _ in first })
        var matched = 0
        for expected in truth {
            guard let measure = found["\(expected.start)-\(expected.end)"] else {
                Issue.record("missing \(expected.raw) at \(expected.start)")
                continue
            }
            #expect(measure.raw == expected.raw)
            #expect(measure.value == Rational(decimal: expected.value), "\(expected.raw)")
            #expect(measure.value.description == expected.value, "\(expected.raw)")
            #expect(measure.unit == expected.unit, "\(expected.raw)")
            #expect(measure.approx == expected.qualifier, "\(expected.raw)")
            #expect(measure.decimals == expected.decimals, "\(expected.raw)")
            matched += 1
        }
        let recall = matched * 100 / truth.count
        let precision = measures.isEmpty ? 0 : matched * 100 / measures.count
        #expect(recall == 100)
        #expect(precision == 100)
        #expect(measures.map(\.id) == (1...measures.count).map { "m\($0)" })
        #expect(measures.allSatisfy { $0.report == BuiltinReport.id })
    }

    @Test func offsetsPointAtTheRawText() {
        let report = BuiltinReport.load()
        let scalars = Array(report.text.unicodeScalars)
        for measure in report.measures {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[measure.start..<measure.end])
            #expect(String(view) == measure.raw)
        }
    }

    @Test func noSkippedNumeralBecomesAFigure() throws {
        let (_, skipped) = try Self.truth()
        let measures = BuiltinReport.load().measures
        for item in skipped {
            let overlapping = measures.filter { $0.start < item.end && item.start < $0.end }
            #expect(overlapping.isEmpty, "\(item.raw) at \(item.start)")
        }
    }

    @Test func theAdministrativeReviewFiguresHaveTheirSubjects() {
        let measures = BuiltinReport.load().measures
        func subject(_ start: Int) -> String? { measures.first { $0.start == start }?.subject }
        #expect(subject(1575) == "收到行政复议申请")
        #expect(subject(1581) == "受理")
        #expect(subject(1587) == "办结")
        #expect(subject(1606) == "撤销、确认违法、责令履行案件")
        #expect(subject(1615) == "直接纠错率")
        #expect(subject(1626) == "调解结案率")
        #expect(subject(1726) == "标的额")
        #expect(subject(182) == "市直部门")
    }

    @Test func figuresSitInTheirSections() throws {
        let measures = BuiltinReport.load().measures
        let handled = try #require(measures.first { $0.start == 1587 })
        #expect(handled.section == "一/(五)/一是")
        #expect(handled.heading == "主要举措和成效 › 维护社会和谐稳定,纠纷化解更加高效 › 深化行政复议体制改革")
        #expect(handled.sentence.hasPrefix("2023年市政府共收到行政复议申请30件"))
        #expect(handled.lower == Rational(23) && handled.upper == Rational(23))
        let rate = try #require(measures.first { $0.raw == "50%以上" })
        #expect(rate.lower == Rational(50) && rate.upper == nil)
    }

    @Test func theOutlineNestsAsTheTextDoes() throws {
        let report = BuiltinReport.load()
        let sections = Dictionary(report.sections.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(sections["preamble"]?.start == 0)
        #expect(sections["preamble"]?.end == 102)
        #expect(sections["一"]?.title == "主要举措和成效")
        #expect(sections["一"]?.level == 1)
        #expect(sections["一/(一)"]?.title == "推进数字政务建设,比较优势更加明显")
        #expect(sections["一/(一)"]?.level == 2)
        #expect(sections["一/(五)/一是"]?.title == "深化行政复议体制改革")
        #expect(sections["一/(五)/一是"]?.level == 3)
        #expect(sections["二/四是"]?.title == "聚焦关键少数")
        #expect(sections["二/四是"]?.level == 2)
        #expect(sections["三"]?.title == "存在不足及下一年度安排")
        let furniture = try #require(report.text.range(of: "扫一扫"))
        let furnitureOffset = report.text.unicodeScalars.distance(
            from: report.text.unicodeScalars.startIndex,
            to: furniture.lowerBound)
        #expect(report.sections.allSatisfy { $0.end <= furnitureOffset })
    }

    @Test func titleRegionAndYearComeFromTheText() {
        let report = BuiltinReport.load()
        #expect(report.region == "随州市")
        #expect(report.year == 2023)
        #expect(report.title == "随州市2023年法治政府建设年度报告")
    }
}
