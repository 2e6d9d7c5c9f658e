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
}
