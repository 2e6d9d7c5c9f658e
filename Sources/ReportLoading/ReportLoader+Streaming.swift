// FoundationEssentials, not Foundation: the full framework (ICU included) doubles start-up time.
import FoundationEssentials
import ReportExtraction
import ReportModel

extension ReportLoader {
    /// The reports at `path`, as `load(path:)` reads them, handed to `consumer` one file at a
    /// time and each measure as it is extracted: `extract` writes a corpus of any size in the
    /// memory of one report.
    public static func load(path: String, into consumer: inout some ReportConsumer) throws(ReportLoadError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        // Listing succeeds only for a directory (symbolic links followed).
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return try extractFile(path, into: &consumer)
        }
        let reportNames = names.filter { name in reportExtensions.contains { name.lowercased().hasSuffix($0) } }.sorted()
        guard !reportNames.isEmpty else { throw .emptyDirectory(path) }
        for name in reportNames {
            try extractFile(path.hasSuffix("/") ? path + name : path + "/" + name, into: &consumer)
        }
    }

    /// Model JSON is read whole (its measures are all written already); any other file is
    /// extracted into the consumer.
    private static func extractFile(_ path: String, into consumer: inout some ReportConsumer) throws(ReportLoadError) {
        if path.hasSuffix(".json") { return consumer.consume(try loadFile(path)) }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.lastIndex(of: ".").map { String(fileName[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? fileName
        // The file's bytes are let go once decoded, before the extraction: they would be another
        // copy of the text.
        let text = try ReportSource.read(try bytes(of: path), path: path).text
        ReportExtractor.extract(text: text, id: stem, into: &consumer)
    }

    private static func bytes(of path: String) throws(ReportLoadError) -> [UInt8] {
        do { return try FileBytes.read(path: path) } catch {
            throw error == .tooLarge ? .tooLarge(path) : .unreadable(path)
        }
    }
}
