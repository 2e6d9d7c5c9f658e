// FoundationEssentials, not Foundation: the full framework (ICU included) doubles start-up time.
import FoundationEssentials
import ReportExtraction
import ReportModel

/// Why reports could not be loaded; the command line prints `description` and exits 2.
public enum ReportLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String)
    case tooLarge(String)
    case undecodable(path: String, String)
    case emptyDirectory(String)
    case invalidJSON(path: String, JSONParser.Failure)
    case invalidModelIn(path: String, String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or directory"
        case .unreadable(let path): return "\(path): cannot read the file"
        case .tooLarge(let path):
            return "\(path): larger than \(FileBytes.maximumSize >> 20) MiB, the most a report file may hold"
        case .undecodable(let path, let problem): return "\(path): \(problem)"
        case .emptyDirectory(let path):
            return "\(path): the directory holds no report (.txt, .json, .html, .htm, .shtml, .docx or .pdf)"
        case .invalidJSON(let path, let failure):
            return "\(path):\(failure.line):\(failure.column): invalid model JSON: \(failure.message)"
        case .invalidModelIn(let path, let problem): return "\(path): invalid model JSON: \(problem)"
        }
    }
}

/// Loads reports from files: plain text, web pages, Word files and PDFs (run through the
/// extractor), model JSON written by `extract`, or a folder of them in name order.
public enum ReportLoader {
    /// The names a folder's reports end with; a single file is read by its content, whatever its name.
    static let reportExtensions = [".txt", ".json", ".html", ".htm", ".shtml", ".docx", ".pdf"]

    public static func load(path: String) throws(ReportLoadError) -> [Report] {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        // Listing succeeds only for a directory (symbolic links followed).
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [try loadFile(path)] }
        let reportNames = names.filter { name in reportExtensions.contains { name.lowercased().hasSuffix($0) } }.sorted()
        guard !reportNames.isEmpty else { throw .emptyDirectory(path) }
        var reports: [Report] = []
        for name in reportNames {
            reports.append(try loadFile(path.hasSuffix("/") ? path + name : path + "/" + name))
        }
        return reports
    }

    static func loadFile(_ path: String) throws(ReportLoadError) -> Report {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path: path) } catch {
            throw error == .tooLarge ? .tooLarge(path) : .unreadable(path)
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.lastIndex(of: ".").map { String(fileName[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? fileName
        if path.hasSuffix(".json") {
            let text = String(decoding: bytes, as: UTF8.self)
            let json: JSONValue
            do { json = try JSONParser.parse(text) } catch { throw .invalidJSON(path: path, error) }
            do { return try Report(modelJSON: json) } catch { throw .invalidModelIn(path: path, error.problem) }
        }
        return ReportExtractor.extract(text: try ReportSource.read(bytes, path: path).text, id: stem)
    }
}
