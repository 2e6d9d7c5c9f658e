import ReportExtraction
import ReportModel

/// The report reportsh opens when none is given: 随州市's 2023 法治政府建设年度报告.
///
/// Its text is compiled into the binary (see `BuiltinReportText.swift`) and its figures come from
/// running the extractor on that text, exactly as for any report a user loads.
public enum BuiltinReport {
    public static let id = "suizhou-2023"

    public static func load() -> Report {
        ReportExtractor.extract(text: text, id: id)
    }
}
