import Testing

@testable import ReportShell

/// A null shows as nothing in table and CSV modes, as in sqlite3, or as `.nullvalue` says.
struct NullValueTests {
    @Test func nullIsEmptyInTablesUntilNullvalueNamesIt() {
        let captured = CapturedSession()
        #expect(captured.run("measures | where approx != null | take 1 | select id, approx, upper") == .ok)
        #expect(captured.run("measures | where approx == null | take 1 | select id, approx") == .ok)
        #expect(captured.run(".nullvalue NULL\nmeasures | where approx == null | take 1 | select id, approx\n.nullvalue") == .ok)
        #expect(captured.run(".mode csv\nmeasures | where approx == null | take 1 | select id, approx") == .ok)
        #expect(captured.diagnostics.isEmpty)
        let results = captured.results
        #expect(results.contains("id  approx\n--  ------\nm1\n(1 row)\n"))
        #expect(results.contains("id  approx\n--  ------\nm1  NULL\n(1 row)\n"))
        #expect(results.contains("nullvalue NULL\n"))
        #expect(results.hasSuffix("id,approx\nm1,NULL\n"))
        #expect(captured.session.log.script.contains(".nullvalue NULL"))
    }
}
