import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportModel
@testable import ReportShell

/// The sources `tables` and `cells`, and the audit's `check` field, in the language.
@Suite struct TableSourcesTests {
    static let text = """
        三、收到和处理政府信息公开申请情况
        本列数据 |  | 自然人 | 商业企业 | 总计
        一、本年新收政府信息公开申请数量 |  | 10 | 2 | 12
        二、上年结转政府信息公开申请数量 |  | 1 | 0 | 1
        三、本年度办理结果 | （一）予以公开 | 6 | 1 | 7
         | （二）部分公开 | 3 | 1 | 4
         | （七）总计 | 9 | 2 | 11
        四、结转下年度继续办理 |  | 2 | 0 | 2

        """

    /// The statement's result in csv, from a session of its own.
    private func result(_ statement: String) -> String? {
        let captured = CapturedSession(reports: [ReportExtractor.extract(text: Self.text, id: "r")])
        captured.session.mode = .csv
        return captured.run(statement) == .ok ? captured.results : nil
    }

    @Test func tablesListsEachTable() {
        #expect(result("tables") == "id,report,section,title,rows,cols\nt1,r,三,三、收到和处理政府信息公开申请情况,7,5\n")
    }

    @Test func cellsAddUpByTheirPaths() {
        #expect(result("cells | where col_path ~ \"商业企业\" | sum value") == "value\n6\n")
        #expect(
            result("cells | where row_path ~ \"（七）\" and col == 4 | select row, col, raw, measure")
                == "row,col,raw,measure\n5,4,11,m15\n")
    }

    /// `check` is a statement where a statement starts and the audit's field inside an expression.
    @Test func checkIsAnAuditField() {
        #expect(result("audit | where check == \"identity\" | count") == "value\n3\n")
        #expect(result("audit | where verdict == \"mismatch\" | count") == "value\n0\n")
        // 总计 of each of the 6 rows, （七）总计 of each of the 3 columns; 一 + 二 = 三（七）+ 四 in each column
        #expect(result("audit | group check | count") == "check,count\ntotal,9\nidentity,3\n")
    }
}
