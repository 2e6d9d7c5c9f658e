import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell

/// Every report numbers its figures m1…mN, so with several reports loaded a bare id is ambiguous:
/// it is an error that names the qualified ids, and `REPORT.mN` always says which.
@Suite struct QualifiedMeasureTests {
    static let text = "全年收到行政复议申请27件,办结23件。\n"
    static let other = "全年收到行政复议申请30件,办结28件。\n"

    private func session(_ reports: [(text: String, id: String)]) -> CapturedSession {
        let captured = CapturedSession(reports: reports.map { ReportExtractor.extract(text: $0.text, id: $0.id) })
        captured.session.mode = .csv
        return captured
    }

    @Test func aBareIdInSeveralReportsIsAnErrorNamingEachQualifiedId() {
        let captured = session([(Self.text, "a"), (Self.other, "suizhou-2023")])
        #expect(captured.run("m2") == .error)
        #expect(captured.diagnostics.contains("'m2' is in 2 reports: a.m2, suizhou-2023.m2"))
    }

    @Test func aQualifiedIdResolvesInItsReport() {
        let captured = session([(Self.text, "a"), (Self.other, "suizhou-2023")])
        #expect(captured.run("suizhou-2023.m2 - a.m2") == .ok)
        #expect(captured.results == "value\n5\n")
    }

    @Test func aReportIdThatIsNoPlainWordIsQuoted() {
        let captured = session([(Self.text, "2023 report"), (Self.other, "b")])
        #expect(captured.run("m1") == .error)
        #expect(captured.diagnostics.contains("\"2023 report\".m1, b.m1"))
        #expect(captured.run("\"2023 report\".m1.raw") == .ok)
        #expect(captured.results == "value\n27件\n")
    }

    @Test func aBareIdResolvesWhenOneReportHasIt() {
        let captured = session([(Self.text, "a")])
        #expect(captured.run("m2 - m1") == .ok)
        #expect(captured.results == "value\n-4\n")
    }

    @Test func subtractionWithoutSpacesIsStillSubtraction() {
        let captured = session([(Self.text, "a")])
        #expect(captured.run("m2-m1") == .ok)
        #expect(captured.results == "value\n-4\n")
    }

    @Test func unknownReportsAndIdsSaySo() {
        let captured = session([(Self.text, "a"), (Self.other, "b")])
        #expect(captured.run("c.m1") == .error)
        #expect(captured.diagnostics.contains("no report 'c' in use"))
        #expect(captured.run("a.m99") == .error)
        #expect(captured.diagnostics.contains("report 'a' has no measure 'm99'"))
    }

    @Test func useMakesABareIdUnambiguous() {
        let captured = session([(Self.text, "a"), (Self.other, "b")])
        #expect(captured.run(".use b\nm1.raw") == .ok)
        #expect(captured.results.hasSuffix("value\n30件\n"))
    }
}
