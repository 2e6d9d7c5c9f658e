#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File-name completion's view of the disk.
public enum DirectoryListing {
    /// The entries of `folder` (`""` is the current folder, `~/` the home folder), folders marked
    /// with a trailing `/`, hidden ones left out; an unreadable folder has none.
    @Sendable
    public static func entries(_ folder: String) -> [String] {
        var expanded = folder.isEmpty ? "." : folder
        if expanded == "~" || expanded.hasPrefix("~/"), let home = getenv("HOME") {
            expanded = String(cString: home) + expanded.dropFirst()
        }
        guard let directory = opendir(expanded) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        let base = expanded.hasSuffix("/") ? expanded : expanded + "/"
        return names.sorted().map { name in
            var status = stat()
            let isFolder = stat(base + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            return isFolder ? name + "/" : name
        }
    }
}
