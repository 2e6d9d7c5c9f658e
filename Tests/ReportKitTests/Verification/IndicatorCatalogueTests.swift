import Foundation
import Testing

@testable import ReportVerification

/// docs/indicators.md documents the catalogue the code holds: its table is the catalogue's.
struct IndicatorCatalogueTests {
    static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/indicators.md")

    /// The line after which docs/indicators.md shows the table; with `REPORTSH_UPDATE_DOCS=1` in the
    /// environment the test writes the catalogue's table there instead of comparing.
    static let tableIntro = "The table is `IndicatorCatalogue.markdownTable`"

    @Test func theDocumentShowsTheCatalogue() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let intro = try #require(text.range(of: Self.tableIntro))
        let head = text[..<intro.lowerBound] + (text[intro.lowerBound...].split(separator: "\n").first ?? "")
        let expected = head + "\n\n" + IndicatorCatalogue.markdownTable
        if ProcessInfo.processInfo.environment["REPORTSH_UPDATE_DOCS"] == "1" {
            try expected.write(to: Self.document, atomically: true, encoding: .utf8)
        }
        #expect(text == expected, "docs/indicators.md's table is not the catalogue's: run the test with REPORTSH_UPDATE_DOCS=1")
    }

    @Test func namesAreUniqueAndEveryIndicatorHasWordings() {
        let names = IndicatorCatalogue.all.map(\.name)
        #expect(Set(names).count == names.count)
        for indicator in IndicatorCatalogue.all {
            #expect(!indicator.wordings.isEmpty, "\(indicator.name)")
            #expect([.count, .percent].contains(indicator.kind), "\(indicator.name)")
        }
        #expect(Set(IndicatorCatalogue.all.compactMap(\.templateRow)).count == Indicator.TemplateRow.allCases.count)
    }
}
