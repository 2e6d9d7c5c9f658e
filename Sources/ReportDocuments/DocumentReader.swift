/// Reads a report's file into a ``Document`` by what the file is, not by its name.
public enum DocumentReader {
    /// The document in a web page, Word file or PDF; nil for plain text and JSON, which the
    /// caller reads as it always has. `path` is where the bytes came from: pdftotext reads the file.
    public static func read(_ bytes: [UInt8], path: String) throws(DocumentError) -> Document? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        switch try DocumentFormat.of(bytes, fileName: fileName) {
        case .text: return nil
        case .webPage: return try WebPageReader.read(bytes)
        case .word: return try WordReader.read(bytes)
        case .pdf: return try PDFReader.read(path: path, bytes: bytes)
        }
    }
}
