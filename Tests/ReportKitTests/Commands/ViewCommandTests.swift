import Foundation
import Testing

@testable import ReportLoading
@testable import ReportShell

/// `.view` writes the page of the reports in use, and nothing that `.save` replays.
struct ViewCommandTests {
    @Test func viewWritesThePageOfTheReportsInUse() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let captured = CapturedSession()
        let page = folder.file("page.html")
        #expect(captured.run(".view \(page)\nmeasures | count") == .ok)
        #expect(captured.diagnostics.isEmpty)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "data-measure=").count - 1 == BuiltinReport.load().measures.count)
        #expect(!captured.session.log.script.contains(".view"))
    }

    @Test func aPageThatCannotBeWrittenIsAnErrorAtItsName() throws {
        let captured = CapturedSession()
        #expect(captured.run(".view /no/such/folder/page.html") == .error)
        #expect(
            captured.diagnostics.hasPrefix("test.rsh:1:7: error: cannot write '/no/such/folder/page.html'"),
            "\(captured.diagnostics)")
    }
}
