import ReportDocuments
import ReportExtraction

/// A report's file read into the text the extractor takes, and, for a web page, Word file or
/// PDF, the document that text was written from: its tables keep their cells and spans, which
/// the text flattens.
struct ReportSource {
    var text: String
    var document: Document?

    /// Plain text decoded as before; any other form read by what its bytes are, not by its name.
    static func read(_ bytes: [UInt8], path: String) throws(ReportLoadError) -> ReportSource {
        let document: Document?
        do { document = try DocumentReader.read(bytes, path: path) } catch {
            throw .undecodable(path: path, error.description)
        }
        guard let document else {
            do { return ReportSource(text: try ReportText.decode(bytes), document: nil) } catch {
                throw .undecodable(path: path, "\(error)")
            }
        }
        let text = DocumentText.text(document)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw .undecodable(path: path, "file holds no text to read (an empty page or a blank document)")
        }
        return ReportSource(text: text, document: document)
    }
}
