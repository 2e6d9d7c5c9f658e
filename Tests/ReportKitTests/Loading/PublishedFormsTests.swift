import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The built-in report as a site publishes it — a web page, a Word file, a PDF — gives the same
/// figures as its text: the readers lose nothing of the article and add nothing of the page.
struct PublishedFormsTests {
    static let fixtures = ReportLoaderTests.fixtures.path

    static func report(_ name: String) throws -> Report {
        let reports = try ReportLoader.load(path: fixtures + "/" + name)
        try #require(reports.count == 1)
        return reports[0]
    }

    /// Everything a figure is but where it sits: the title line the page adds moves every offset.
    static func figures(_ report: Report) -> [String] {
        report.measures.map { measure in
            [
                measure.raw, measure.value.description, measure.unit, measure.approx ?? "", "\(measure.decimals)",
                measure.subject, measure.section, measure.heading, measure.sentence,
            ].joined(separator: "\u{1F}")
        }
    }

    @Test(arguments: ["suizhou-2023.html", "suizhou-2023.docx", "suizhou-2023.pdf"])
    func eachFormGivesTheFiguresOfTheText(name: String) throws {
        let text = try Self.report("suizhou-2023.txt")
        let published = try Self.report(name)
        #expect(published.id == "suizhou-2023")
        #expect(published.measures.count == 47)
        #expect(Self.figures(published) == Self.figures(text))
        #expect(published.title == "随州市2023年法治政府建设年度报告")
        #expect(published.region == text.region && published.year == text.year)
    }

    @Test func theSourceKeepsTheDocumentBesideItsText() throws {
        let path = Self.fixtures + "/suizhou-2023.docx"
        let source = try ReportSource.read(try FileBytes.read(path: path), path: path)
        #expect(source.document?.title == "随州市2023年法治政府建设年度报告")
        #expect(source.text.hasPrefix("随州市2023年法治政府建设年度报告\n2023年,随州市坚持"))
        let text = try ReportSource.read(try FileBytes.read(path: Self.fixtures + "/suizhou-2023.txt"), path: "a.txt")
        #expect(text.document == nil)
    }

    /// A folder holding the report in every form loads each of them.
    @Test func aFolderLoadsEveryForm() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reportsh-forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for form in ["txt", "html", "docx", "pdf"] {
            try FileManager.default.copyItem(
                atPath: Self.fixtures + "/suizhou-2023.\(form)", toPath: directory.path + "/\(form).\(form)")
        }
        let reports = try ReportLoader.load(path: directory.path)
        #expect(reports.map(\.id) == ["docx", "html", "pdf", "txt"])
        #expect(Set(reports.map { Self.figures($0) }).count == 1)
    }

    @Test func aFileThatIsNoReportIsAClearError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reportsh-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let image = directory.appendingPathComponent("scan.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]).write(to: image)
        #expect(
            throws: ReportLoadError.undecodable(
                path: image.path,
                "file is a PNG image, not a report's text; run it through OCR "
                    + "or give the report as text, a web page, a Word file or a PDF")
        ) {
            try ReportLoader.load(path: image.path)
        }
    }

    /// A GBK page: its navigation, publishing line and footer are full of numbers, and none of them
    /// becomes a figure; its table's cells do.
    @Test func aPagesFurnitureGivesNoFigures() throws {
        let page = ReportLoaderTests.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ReportDocumentsTests/Fixtures/govinfo-gbk.html").path
        let report = try #require(try ReportLoader.load(path: page).first)
        let raws = Set(report.measures.map(\.raw))
        for furniture in ["2718", "0915", "7812345", "725800", "2345678", "12004567", "123456", "1024", "768", "18号"] {
            #expect(!report.measures.contains { $0.raw.contains(furniture) }, "\(furniture)")
        }
        #expect(raws.contains("15件"))
        #expect(report.measures.contains { $0.raw == "12" && $0.subject.contains("自然人") && $0.subject.contains("本年新收") })
        #expect(report.measures.contains { $0.raw == "3" && $0.subject.contains("三、本年度办理结果") && $0.subject.contains("部分公开") })
        #expect(report.title == "白河县司法局2023年政府信息公开工作年度报告")
    }
}
