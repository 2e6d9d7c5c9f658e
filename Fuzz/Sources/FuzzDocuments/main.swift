import FuzzDriver
import ReportDocuments

/// Reads the input as a web page or a Word file (by its first bytes; a name ending in .html
/// makes any other bytes a web page). PDFs are left out: pdftotext runs as a child process.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDocuments(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(inputBytes(data, size))
    guard (try? DocumentFormat.of(bytes, fileName: "fuzz.html")) != .pdf else { return 0 }
    _ = try? DocumentReader.read(bytes, path: "fuzz.html")
    return 0
}

runFuzzer(fuzzDocuments)
