import CLibXML2
import CMiniZip

/// Reads a report's file into a ``Document`` by what the file is, not by its name.
public enum DocumentReader {
    /// The document in a web page, Word file or PDF; nil for plain text and JSON, which the
    /// caller reads as it always has. `path` is where the bytes came from: pdftotext reads the file.
    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> Document? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        switch try DocumentFormat.of(bytes, fileName: fileName) {
        case .text: return nil
        case .webPage:
            try requireLibrary(reportsh_libxml2_problem)
            return try WebPageReader.read(bytes)
        case .word:
            try requireLibrary(reportsh_libxml2_problem)
            try requireLibrary(reportsh_minizip_problem)
            return try WordReader.read(bytes)
        case .pdf: return try PDFReader.read(path: path, bytes: bytes)
        }
    }

    /// A library opened at its first use that cannot be opened fails this file alone (in a
    /// session, the `.load`), where a call into it would end the process.
    private static func requireLibrary(_ problem: () -> UnsafePointer<CChar>?) throws(DocumentError) {
        if let problem = problem() { throw .libraryMissing(String(cString: problem)) }
    }
}
