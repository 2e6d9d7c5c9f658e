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

    /// README's build links the Swift runtime in, and with it the C++ runtime and unwinder beneath
    /// it (Linker/libstdc++.so): the loader maps and binds neither libstdc++ nor libgcc_s at every
    /// start. A build with the shared Swift runtime (a debug build) loads them through it.
    @Test func theStaticBuildLoadsNoCxxRuntime() throws {
        let dynamicSection = try ChildProcess.run("/usr/bin/readelf", ["-d", try #require(ReportshExecutable.path)])
        try #require(dynamicSection.status == 0, "\(dynamicSection.errors)")
        let needed = dynamicSection.output.split(separator: "\n").filter { $0.contains("(NEEDED)") }
        guard !needed.contains(where: { $0.contains("libswiftCore") }) else { return }
        for library in ["libstdc++", "libgcc_s"] {
            #expect(!needed.contains { $0.contains(library) }, "\(library) is loaded at every start")
        }
    }

    /// A library that cannot be opened (here a broken file found first on LD_LIBRARY_PATH) fails
    /// only what needs it, with one line that names it and the package to install; a session goes on.
    @Test func aLibraryThatCannotBeOpenedFailsWhatNeedsItWithOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportsh-library-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a library".utf8).write(to: folder.appendingPathComponent("libxml2.so.2"))
        let page = folder.appendingPathComponent("page.html")
        try Data("<html><body><p>2023年，办理案件23件。</p></body></html>".utf8).write(to: page)
        let script = folder.appendingPathComponent("load.rsh")
        try Data(".bail off\n.load \(page.path)\nmeasures | count\n".utf8).write(to: script)
        let environment = ["HOME": folder.path, "NO_COLOR": "1", "LD_LIBRARY_PATH": folder.path]
        let executable = try #require(ReportshExecutable.path)
        let problem =
            "cannot open libxml2.so.2, needed to read web pages and Word files (\(folder.path)/libxml2.so.2: "

        let builtin = try ChildProcess.run(executable, ["-c", "measures | count"], environment: environment)
        #expect(builtin.status == 0)
        #expect(builtin.errors.isEmpty)

        let webPage = try ChildProcess.run(executable, [page.path, "-c", "measures | count"], environment: environment)
        #expect(webPage.status == 2)
        #expect(webPage.output.isEmpty)
        #expect(webPage.errors.contains("\(page.path): \(problem)"))
        #expect(webPage.errors.contains("); install it: apt-get install libxml2"))
        #expect(webPage.errors.split(separator: "\n").count == 1)

        let session = try ChildProcess.run(executable, [script.path], environment: environment)
        #expect(session.status == 2)
        #expect(session.output.contains("47"), "the session went on after the failed load")
        #expect(session.errors.hasPrefix("\(script.path):2:7: error: \(page.path): \(problem)"))
    }
}
