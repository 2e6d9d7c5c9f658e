import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportModel
@testable import ReportVerification

/// "Extract once, load the JSON many times": a report read back from its model JSON has no text,
/// and must audit exactly as the report extracted from its text does.
@Suite struct AuditFromModelJSONTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let textFixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test func everyTextFixtureIsFound() {
        #expect(Self.textFixtures.count >= 10)
    }

    @Test(arguments: textFixtures)
    func auditFromTextAndFromItsJSONAgreeRowForRow(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        let fromText = ReportExtractor.extract(text: try ReportText.decode(bytes), id: "r")
        var writer = JSONByteWriter()
        fromText.writeJSON(to: &writer)
        let fromJSON = try Report(modelJSON: try JSONParser.parse(writer.text))
        #expect(fromJSON.text.isEmpty)
        #expect(fromJSON.measures == fromText.measures)
        #expect(fromJSON.tables == fromText.tables)
        let textRows = Audit.run(reports: [fromText])
        let jsonRows = Audit.run(reports: [fromJSON])
        #expect(!textRows.isEmpty)
        #expect(jsonRows == textRows)
    }
}
