import Foundation
import Testing

/// `--report` and `extract` on the built-in report as a web page, a Word file and a PDF, and on a
/// file that is no report.
struct PublishedFormsCommandLineTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("ReportKitTests/Fixtures").path

    @Test(arguments: ["suizhou-2023.html", "suizhou-2023.docx", "suizhou-2023.pdf"])
    func theShellOpensOnEachForm(name: String) throws {
        let statements = ["-c", "measures | count", "-c", "check m40 == m39 / m38"]
        let published = try ChildProcess.reportsh(["--no-init", "--report", Self.fixtures + "/" + name] + statements)
        let text = try ChildProcess.reportsh(["--no-init", "--report", Self.fixtures + "/suizhou-2023.txt"] + statements)
        #expect(published.status == 0)
        #expect(published.output.contains("47"))
        #expect(published.output.contains("✓ m40 == m39 / m38"))
        #expect(published.output == text.output)
    }

    @Test func aFileThatIsNoReportExitsTwoSayingWhatItIs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reportsh-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.pdf").path
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]).write(to: URL(fileURLWithPath: path))
        let result = try ChildProcess.reportsh(["extract", path])
        #expect(result.status == 2)
        #expect(result.errors.contains("\(path): file is a JPEG image"))
        #expect(result.output.isEmpty)
    }
}
