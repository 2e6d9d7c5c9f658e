import Testing

@testable import ReportDocuments

struct DocumentFormatTests {
    @Test func formatsAreToldByContent() throws {
        #expect(try DocumentFormat.of(Array("%PDF-1.7\n".utf8), fileName: "report.txt") == .pdf)
        #expect(try DocumentFormat.of([0x50, 0x4B, 0x03, 0x04, 0x14], fileName: "report") == .word)
        #expect(try DocumentFormat.of(Array("\u{FEFF}\n  <!DOCTYPE html><html>".utf8), fileName: "report.txt") == .webPage)
        #expect(try DocumentFormat.of(Array("<table><tr><td>1</td></tr></table>".utf8), fileName: "t") == .webPage)
        #expect(try DocumentFormat.of(Array("全年办结23件。".utf8), fileName: "page.shtml") == .webPage)
        #expect(try DocumentFormat.of(Array("全年办结23件，见<table>。".utf8), fileName: "report.txt") == .text)
        #expect(try DocumentFormat.of(Array("{\"report\": {}}".utf8), fileName: "model.json") == .text)
    }

    @Test func filesThatAreNoReportSayWhatTheyAre() {
        #expect(throws: DocumentError.image(format: "PNG")) {
            try DocumentFormat.of([0x89, 0x50, 0x4E, 0x47, 0x0D], fileName: "a.txt")
        }
        #expect(throws: DocumentError.image(format: "JPEG")) {
            try DocumentFormat.of([0xFF, 0xD8, 0xFF, 0xE0], fileName: "a.pdf")
        }
        #expect(throws: DocumentError.image(format: "GIF")) { try DocumentFormat.of(Array("GIF89a".utf8), fileName: "a") }
        #expect(throws: DocumentError.oldWord) { try DocumentFormat.of([0xD0, 0xCF, 0x11, 0xE0, 0xA1], fileName: "a.doc") }
        #expect(throws: DocumentError.richText) { try DocumentFormat.of(Array("{\\rtf1\\ansi 全年".utf8), fileName: "a.txt") }
        #expect(DocumentError.image(format: "PNG").description.contains("OCR"))
        #expect(DocumentError.pdftotextMissing.description.contains("poppler-utils"))
    }
}
