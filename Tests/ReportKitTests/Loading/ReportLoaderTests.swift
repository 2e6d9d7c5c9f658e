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
        #expect(throws: ReportLoadError.invalidJSON(path: broken.path, JSONParser.Failure(line: 1, column: 12, message: "unexpected character '}'"))) {
            try ReportLoader.load(path: broken.path)
        }
    }
}

struct ReportFolderTests {
    @Test func aFolderLoadsEveryReportInNameOrderAndRowsCarryTheirReport() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reportsh-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixtures = ReportLoaderTests.fixtures
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("sample-model.json"), to: directory.appendingPathComponent("b.json"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("suizhou-2023.txt"), to: directory.appendingPathComponent("a.txt"))
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
