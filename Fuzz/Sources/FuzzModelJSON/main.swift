import FuzzDriver
import ReportModel

/// Parses the input as JSON and, when it parses, reads it as a report's model; both may reject
/// it with an error, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzModelJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: inputBytes(data, size), as: UTF8.self)
    guard let json = try? JSONParser.parse(text) else { return 0 }
    _ = try? Report(modelJSON: json)
    return 0
}

runFuzzer(fuzzModelJSON)
