import FuzzDriver
import ReportExtraction

/// Extracts a report from the input read as UTF-8 (invalid bytes repaired, as any text reaches
/// the extractor only after decoding).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: inputBytes(data, size), as: UTF8.self)
    _ = ReportExtractor.extract(text: text, id: "fuzz")
    return 0
}

runFuzzer(fuzzExtractor)
