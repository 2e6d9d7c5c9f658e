#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The report files a path names: the file itself, or every report file under a folder, at any
/// depth, in the order of their paths.
///
/// In a folder, a file is taken by its name: the forms reportsh reads, and the forms a report is
/// published in that it cannot read (`.doc`, `.rtf`), so that those are reported rather than
/// silently missing from the corpus. Everything else (images, spreadsheets, archives) is passed
/// over without a word, as are hidden files and folders (`.git`, `.DS_Store`, editors' backups).
/// A folder reached twice through symbolic links is read once.
package struct ReportFiles: Sendable {
    package struct File: Sendable, Equatable {
        package var path: String
        /// The path below the folder named (the file's own name for a single file).
        package var relativePath: String
        package var size: Int
        /// The report's id when its text is extracted: the file's stem, qualified by its
        /// folders when another file of the load has the same stem.
        package var id: String
    }

    package var files: [File]
    package var totalSize: Int { files.reduce(0) { $0 + $1.size } }

    private static let reportExtensions: Set<String> = [
        "txt", "json", "html", "htm", "shtml", "xhtml", "docx", "pdf", "doc", "rtf",
    ]

    /// The files of `path`, or nil when `path` is a single file (read by its content, whatever its name).
    package static func inFolder(_ path: String) throws(ReportLoadError) -> ReportFiles? {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .notFound(path) }
        guard (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var found: [(relative: String, size: Int)] = []
        var visited: Set<[UInt64]> = [Self.identity(status)]
        walk(path, relative: "", into: &found, visited: &visited)
        let root = path.hasSuffix("/") ? String(path.dropLast()) : path
        found.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
        let ids = Self.ids(for: found.map(\.relative))
        return ReportFiles(
            files: zip(found, ids).map { entry, id in
                File(path: root + "/" + entry.relative, relativePath: entry.relative, size: entry.size, id: id)
            })
    }

    private static func walk(
        _ directory: String, relative: String, into found: inout [(relative: String, size: Int)],
        visited: inout Set<[UInt64]>
    ) {
        guard let stream = opendir(directory) else { return }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(stream)
        for name in names {
            let path = directory + "/" + name
            let below = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if visited.insert(identity(status)).inserted {
                    walk(path, relative: below, into: &found, visited: &visited)
                }
            case S_IFREG:
                if let dot = name.lastIndex(of: "."), reportExtensions.contains(name[name.index(after: dot)...].lowercased()) {
                    found.append((below, Int(status.st_size)))
                }
            default:
                break
            }
        }
    }

    private static func identity(_ status: stat) -> [UInt64] {
        [UInt64(status.st_dev), UInt64(status.st_ino)]
    }

    /// Stems as ids; where several files share a stem, each is named by its path instead, with
    /// `-` between folders (`hubei/suizhou/2023.txt` → `hubei-suizhou-2023`), and its extension
    /// when that is still not enough. Paths are unique, so the last form always is.
    static func ids(for relativePaths: [String]) -> [String] {
        func stem(_ path: String) -> String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
            return String(name[..<dot])
        }
        func qualified(_ path: String, withExtension: Bool) -> String {
            var parts = path.split(separator: "/").map(String.init)
            if !withExtension, let last = parts.last { parts[parts.count - 1] = stem(last) }
            return parts.joined(separator: "-").replacing(".", with: "-")
        }
        var candidates = relativePaths.map(stem)
        for form in [false, true] {
            var counts: [String: Int] = [:]
            for candidate in candidates { counts[candidate, default: 0] += 1 }
            guard counts.values.contains(where: { $0 > 1 }) else { break }
            candidates = zip(candidates, relativePaths).map { candidate, path in
                counts[candidate, default: 0] > 1 ? qualified(path, withExtension: form) : candidate
            }
        }
        return candidates
    }
}
