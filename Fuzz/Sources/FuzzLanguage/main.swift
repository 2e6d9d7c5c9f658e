import FuzzDriver
import ReportLanguage
import ReportLoading
import ReportModel

/// Extracted once: every input runs against the same report, as a session's statements do.
private let builtinReport = BuiltinReport.load()

/// Parses the input as a statement and runs it against the built-in report.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLanguage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = String(decoding: inputBytes(data, size), as: UTF8.self)
    guard let statement = try? Parser.parse(source) else { return 0 }
    var evaluator = Evaluator(reports: [builtinReport])
    _ = try? evaluator.run(statement)
    return 0
}

runFuzzer(fuzzLanguage)
