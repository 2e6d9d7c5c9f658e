import Foundation

/// File-name completion's view of the disk.
public enum DirectoryListing {
    /// The entries of `folder` (`""` is the current folder), folders marked with a trailing `/`,
    /// hidden ones left out; an unreadable folder has none.
    @Sendable
    public static func entries(_ folder: String) -> [String] {
        let manager = FileManager.default
        let expanded = folder.isEmpty ? "." : (folder as NSString).expandingTildeInPath
        guard let names = try? manager.contentsOfDirectory(atPath: expanded) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            let full = (expanded as NSString).appendingPathComponent(name)
            return manager.fileExists(atPath: full, isDirectory: &isFolder) && isFolder.boolValue
                ? name + "/" : name
        }
    }
}
