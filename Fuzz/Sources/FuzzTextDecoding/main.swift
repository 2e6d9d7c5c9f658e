import FuzzDriver
import ReportExtraction

/// Decodes the input as a report file's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTextDecoding(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = try? ReportText.decode(Array(inputBytes(data, size)))
    return 0
}

runFuzzer(fuzzTextDecoding)
