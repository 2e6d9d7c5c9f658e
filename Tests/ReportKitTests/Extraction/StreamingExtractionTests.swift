import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLoading
@testable import ReportModel

/// Extraction handed over as it goes: each report begins with its outline and tables and no
/// measures, its measures follow one at a time, and it ends before the next begins, so that
/// `extract` can write a measure as soon as it is found and hold none of them.
struct StreamingExtractionTests {
    /// What a consumer was handed, in order.
    struct Recorder: ReportConsumer {
        enum Event: Equatable {
            case begin(id: String, measures: Int), measure(Measure), end
        }
        var events: [Event] = []
        var reports: [Report] = []

        mutating func begin(_ report: Report) {
            events.append(.begin(id: report.id, measures: report.measures.count))
            reports.append(report)
        }

        mutating func add(_ measure: Measure) { events.append(.measure(measure)) }

        mutating func end() { events.append(.end) }
    }

    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    @Test(arguments: ["suizhou-2023.txt", "qingshi-county-govinfo-2023.txt", "linjiang-pdf-2023.txt"])
    func aReportIsHandedOverAsTheWholeOneIsExtracted(name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        let whole = ReportExtractor.extract(text: text, id: "report")
        var recorder = Recorder()
        ReportExtractor.extract(text: text, id: "report", into: &recorder)
        let expected = [.begin(id: whole.id, measures: 0)] + whole.measures.map(Recorder.Event.measure) + [.end]
        #expect(recorder.events == expected)
        let header = try #require(recorder.reports.first)
        #expect(header.sections == whole.sections && header.tables == whole.tables && header.text == whole.text)
        #expect(header.title == whole.title && header.region == whole.region && header.year == whole.year)
    }

    /// `extract FILE` holds none of the report's measures: they come one at a time from the
    /// extractor, after a report that already has what the file's name says of it.
    @Test func aSingleFileIsHandedOverAsItIsExtracted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("恩施市司法局2023年行政复议工作报告.txt")
        try "全年收到行政复议申请27件，办结25件。\n".write(to: file, atomically: true, encoding: .utf8)
        var recorder = Recorder()
        var failures: [ReportLoadError] = []
        let count = try ReportLoader.forEachReport(path: file.path, into: &recorder, failed: { failures.append($0) })
        let whole = try #require(try ReportLoader.load(path: file.path).first)
        #expect(count == 1 && failures.isEmpty && whole.measures.count == 2)
        let expected = [.begin(id: whole.id, measures: 0)] + whole.measures.map(Recorder.Event.measure) + [.end]
        #expect(recorder.events == expected)
        let header = try #require(recorder.reports.first)
        #expect(header.region == "恩施市" && header.body == "司法局" && header.year == 2023)
        #expect(header.metadataSources == whole.metadataSources && header.metadataSources.region == .fileName)
    }

    @Test func aFolderIsHandedOverReportByReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["qingshan-2022.txt", "sample-model.json", "yunxi-county-2023.txt"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        var recorder = Recorder()
        try ReportLoader.forEachReport(path: folder.path) { result in
            if case .success(let report) = result { recorder.consume(report) }
        }
        let whole = try ReportLoader.load(path: folder.path)
        #expect(recorder.reports.map(\.id) == whole.map(\.id))
        // Every begin after the first comes right after an end: one report at a time.
        for (index, event) in recorder.events.enumerated() where index > 0 {
            if case .begin = event { #expect(recorder.events[index - 1] == .end) }
        }
        #expect(whole.count == 3 && recorder.events.filter { $0 == .end }.count == whole.count)
        #expect(recorder.events.count == whole.reduce(0) { $0 + $1.measures.count + 2 })
    }
}
