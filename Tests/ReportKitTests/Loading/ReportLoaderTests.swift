import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

struct ReportLoaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    @Test func modelJSONRoundTripsExactly() throws {
        let reports = try ReportLoader.load(path: Self.fixtures.appendingPathComponent("sample-model.json").path)
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(report.measures.count == 12)
        #expect(report.measures[3].value == Rational(decimal: "17.4"))
        #expect(report.measures[11].upper == nil)
        let again = try Report(modelJSON: JSONParser.parse(report.json.compactText))
        #expect(again.json == report.json)
    }

    @Test func plainTextIsExtractedWithItsStemAsId() throws {
        let reports = try ReportLoader.load(path: Self.fixtures.appendingPathComponent("suizhou-2023.txt").path)
        #expect(reports.map(\.id) == ["suizhou-2023"])
        #expect(reports.first?.measures.allSatisfy { $0.report == "suizhou-2023" } == true)
    }

    @Test func errorsAreClear() throws {
        #expect(throws: ReportLoadError.notFound("/no/such/file")) { try ReportLoader.load(path: "/no/such/file") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reportsh-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: ReportLoadError.emptyDirectory(directory.path)) { try ReportLoader.load(path: directory.path) }
        let broken = directory.appendingPathComponent("broken.json")
        try Data("{\"report\": }".utf8).write(to: broken)
        #expect(
            throws: ReportLoadError.invalidJSON(
                path: broken.path, JSONParser.Failure(line: 1, column: 12, message: "unexpected character '}'"))
        ) {
            try ReportLoader.load(path: broken.path)
        }
    }
}

/// A model JSON is checked as it loads: every figure it holds must be one the extractor could
/// have written, or the error names the member.
struct ModelValidationTests {
    @Test(arguments: [
        ("decimals", JSONValue.number("9223372036854775807"), "measures[1].decimals: 9223372036854775807 is out of range (0…18)"),
        ("decimals", .number("-1"), "measures[1].decimals: -1 is out of range (0…18)"),
        ("lower", .number("1000000000"), "measures[1].lower: 1000000000 is above the value"),
        ("upper", .number("-1"), "measures[1].upper: -1 is below the value"),
        ("id", .string("m1"), "measures[1].id: 'm1' is the id of an earlier measure"),
        ("raw", .string("a\u{0}b"), "measures[1].raw: contains a NUL character"),
        ("start", .number("-5"), "measures[1].start: -5 is out of range (at least 0)"),
        ("end", .number("0"), "measures[1].end: 0 is before the start"),
    ])
    func aDamagedMeasureIsRefusedWithItsPath(member: String, value: JSONValue, message: String) throws {
        let path = ReportLoaderTests.fixtures.appendingPathComponent("sample-model.json").path
        guard
            case .object(var document) = try JSONParser.parse(
                String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)),
            let measuresIndex = document.firstIndex(where: { $0.0 == "measures" }),
            case .array(var measures) = document[measuresIndex].1, case .object(var measure) = measures[1],
            let memberIndex = measure.firstIndex(where: { $0.0 == member })
        else {
            Issue.record("sample-model.json is not a model")
            return
        }
        measure[memberIndex].1 = value
        measures[1] = .object(measure)
        document[measuresIndex].1 = .array(measures)
        do {
            _ = try Report(modelJSON: .object(document))
            Issue.record("loaded with \(member) = \(value)")
        } catch {
            #expect(error.problem.hasPrefix(message), "\(error)")
        }
    }
}

struct ReportFolderTests {
    @Test func aFolderLoadsEveryReportInNameOrderAndRowsCarryTheirReport() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reportsh-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixtures = ReportLoaderTests.fixtures
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("sample-model.json"), to: directory.appendingPathComponent("b.json"))
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("suizhou-2023.txt"), to: directory.appendingPathComponent("a.txt"))
        let reports = try ReportLoader.load(path: directory.path)
        #expect(reports.map(\.id) == ["a", "sample-2023"])
        let sink = CollectingSink()
        let session = Session(reports: reports, sink: sink)
        session.mode = .csv
        #expect(session.run(source: "measures | group report | count", origin: "<command>") == .ok)
        let counts = sink.results.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(counts == ["a", "sample-2023"])
    }
}
