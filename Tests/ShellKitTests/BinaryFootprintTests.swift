import Foundation
import Testing

/// What the reportsh binary holds is paid for at every start (relocations, page faults, the
/// runtime's scans of its conformance records): Foundation, with its ICU and CoreFoundation, is kept
/// out of it (scripts/bench-query measures the rest).
struct BinaryFootprintTests {
    /// Foundation's mangled module name is in every binary that links it, statically (its symbols
    /// and metadata) or dynamically (the symbols it imports); FoundationEssentials' is
    /// `20FoundationEssentials`.
    @Test func theBinaryLinksNoFoundation() throws {
        let binary = try Data(contentsOf: URL(fileURLWithPath: try #require(ReportshExecutable.path)))
        #expect(binary.range(of: Data("10Foundation".utf8)) == nil)
    }

    /// libxml2, minizip, sqlite3 and libedit (with ICU, liblzma and libtinfo behind them) are opened
    /// when first called, not by the loader at every start: none is a library the binary needs.
    @Test func theBinaryLoadsNoCLibraryAtStart() throws {
        let dynamicSection = try ChildProcess.run("/usr/bin/readelf", ["-d", try #require(ReportshExecutable.path)])
        try #require(dynamicSection.status == 0, "\(dynamicSection.errors)")
        let needed = dynamicSection.output.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        #expect(!needed.isEmpty)
        for library in ["libxml2", "libminizip", "libsqlite3", "libedit"] {
            #expect(!needed.contains { $0.contains(library) }, "\(library) is loaded at every start")
        }
    }
}
