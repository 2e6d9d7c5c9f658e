/// What a file is, told from its first bytes as `file(1)` would, so that a report saved under the
/// wrong name, or none, still loads. The name's extension only settles a web page whose start is
/// not markup.
public enum DocumentFormat: Sendable, Equatable {
    case pdf
    /// A zip archive, read as a Word file (`.docx`).
    case word
    case webPage
    /// Anything else: plain text, or the model JSON that `extract` writes.
    case text

    private static let webPageExtensions: Set<String> = ["html", "htm", "shtml", "xhtml"]
    /// How a page's markup may start, looked for only where the file's first visible character is `<`.
    private static let markupStarts = [
        "<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<title", "<div", "<p>", "<p ",
    ]

    /// The format, or an error for files that are no report at all (an image, an old binary Word file).
    public static func of(_ bytes: [UInt8], fileName: String) throws(DocumentError) -> DocumentFormat {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .word }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { throw .image(format: "PNG") }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { throw .image(format: "JPEG") }
        if bytes.starts(with: Array("GIF8".utf8)) { throw .image(format: "GIF") }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            throw .image(format: "TIFF")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .oldWord }
        if bytes.starts(with: Array("{\\rtf".utf8)) { throw .richText }
        let name = fileName.lowercased()
        if let dot = name.lastIndex(of: "."), webPageExtensions.contains(String(name[name.index(after: dot)...])) {
            return .webPage
        }
        return startsWithMarkup(bytes) ? .webPage : .text
    }

    private static func startsWithMarkup(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return false }
        // ASCII lower-cased: the markup's names are ASCII whatever the page's charset.
        let head = String(
            decoding: bytes[start..<min(bytes.count, start + 1024)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 },
            as: UTF8.self)
        return markupStarts.contains { head.contains($0) }
    }
}
