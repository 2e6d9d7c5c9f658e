import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportModel

/// A compacted report keeps its sections as spans of its text and of one pool: they read as they
/// were made, and changing one changes no other.
struct CompactOutlineTests {
    static let texts = [
        "suizhou-2023.txt", "qingshi-county-govinfo-2023.txt", "linjiang-pdf-2023.txt", "qingshan-2022.txt",
        "yunxi-county-2023.txt", "shuili-ministry-2023.txt",
    ]

    @Test(arguments: texts)
    func compactedSectionsReadAsTheyWereMade(name: String) throws {
        let fixture = try CompactedFixture(name)
        let made = fixture.made
        var report = fixture.compacted
        #expect(!made.sections.isEmpty)
        #expect(report.compactOutline != nil && report.plainSections.isEmpty)
        #expect(report.sections == made.sections)
        #expect(report.sectionCount == made.sections.count && made.sectionCount == made.sections.count)
        // Every title stands in the text, so the pool holds the paths alone.
        #expect(report.compactOutline?.titlesInPool == 0)
        report.compact()
        #expect(report.sections == made.sections)
    }

    @Test func changingASectionChangesNoOther() throws {
        let fixture = try CompactedFixture("suizhou-2023.txt")
        let made = fixture.made.sections
        var report = fixture.compacted
        report.sections[1].title = "改"
        report.sections[2].end += 1
        #expect(report.sections[1].title == "改" && report.sections[2].end == made[2].end + 1)
        #expect(report.sections[0] == made[0] && report.sections[3...] == made[3...])
        #expect(report.compactOutline == nil)
    }

    /// Titles that do not stand in the text are kept in the pool; a section whose offsets do not
    /// fit 32 bits leaves the outline as it was made.
    @Test func sectionsOutsideTheTextAreKeptAsTheyAre() {
        let sections = [
            Section(path: Section.preamblePath, title: "", level: 0, start: 0, end: 3),
            Section(path: "一", title: "不在文中", level: 1, start: 3, end: 9),
            Section(path: "一/(一)", title: "总体情况", level: 2, start: 5, end: 9),
        ]
        var report = Report(id: "r", title: "", region: nil, year: nil, text: "前言\n一、总体情况", sections: sections, measures: [])
        report.compact()
        #expect(report.sections == sections && report.compactOutline?.titlesInPool == 1)
        let far = Section(path: "一", title: "远", level: 1, start: Int(UInt32.max) + 1, end: Int(UInt32.max) + 2)
        var large = Report(id: "r", title: "", region: nil, year: nil, text: "", sections: [far], measures: [])
        large.compact()
        #expect(large.sections == [far] && large.compactOutline == nil)
    }
}

/// Extraction hands its outline over as places in the text; read through the report, its sections
/// are the ones the outline's own strings make.
struct ExtractedOutlineTests {
    @Test(arguments: CompactOutlineTests.texts)
    func sectionsReadAsTheOutlineMakesThem(name: String) throws {
        let fixture = try CompactedFixture(name)
        let text = ScalarText(fixture.made.text)
        let outline = Outline(text, lines: TextLines(text))
        #expect(fixture.made.compactOutline != nil && !outline.sections.isEmpty)
        #expect(fixture.made.sections == outline.materialised(text))
    }
}
