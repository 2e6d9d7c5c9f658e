import Foundation

@testable import ReportExtraction
@testable import ReportModel

/// A fixture's report as extraction makes it and the same report compacted, for the tests of what
/// compaction keeps.
struct CompactedFixture {
    let made: Report
    var compacted: Report

    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    init(_ name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        made = ReportExtractor.extract(text: text, id: "report")
        compacted = made
        compacted.compact()
    }
}
