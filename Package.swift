// swift-tools-version:6.0
import PackageDescription

// libxml2's headers include each other as <libxml/…>, from the folder Debian's libxml2-dev (as every
// Linux distribution) installs them in; every module that sees CLibXML2's header needs it.
let libxml2Headers = ["-I/usr/include/libxml2"]

// A folder searched first by the release link, holding the linker script that makes `-lstdc++`
// (which the static Swift standard library's link line asks for) take the static archive.
let staticCxxRuntime = Context.packageDirectory + "/Linker"

// The targets are the layers, each depending only on those below it, so the compiler rejects a
// wrong-way import. Data flows up: file → text → model → verdicts → values → rendered text →
// the shell's statements → the terminal. Only ShellKit and the executable touch a terminal, so
// everything beneath them is tested with plain strings.
let package = Package(
    name: "reportsh",
    products: [
        .executable(name: "reportsh", targets: ["reportsh"]),
        .library(name: "ReportShell", targets: ["ReportShell"]),
        .library(name: "ShellKit", targets: ["ShellKit"]),
        // The layers beneath the shell, for the fuzz targets in Fuzz/ (a package of its own, so
        // that their libFuzzer entry points stay out of the normal build).
        .library(
            name: "ReportKitLayers",
            targets: ["ReportModel", "ReportExtraction", "ReportDocuments", "ReportLoading", "ReportLanguage"]
        ),
    ],
    dependencies: [
        // The command line (subcommands, --help, usage errors) is argument-parser's job.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Bytes → documents: web pages, Word files and PDFs read into headings, paragraphs and
        // tables; knows nothing of reports, so that what it reads can be tested on its own.
        .target(
            name: "ReportDocuments",
            dependencies: ["CLibXML2", "CMiniZip"]
        ),
        // libxml2's tolerant HTML parser and its XML reader, through a shim header. The C libraries
        // (this, minizip, sqlite3, libedit) are not linked but opened at their first use
        // (CSharedLibrary): a one-shot run never needs them, and loading them at every start (with
        // ICU, liblzma and libtinfo behind them) cost more than its work. Their headers come from
        // Debian's -dev packages (scripts/install-deps); not through pkg-config, whose flags link the
        // library.
        .target(
            name: "CLibXML2",
            dependencies: ["CSharedLibrary"],
            cSettings: [.unsafeFlags(libxml2Headers)]
        ),
        .target(name: "CSharedLibrary"),
        // minizip (zlib's), for the zip archive a Word file is. Not ZIPFoundation, which brings the
        // whole of Foundation (ICU and CoreFoundation included) into every start of the binary; not
        // libzip, whose Debian build loads OpenSSL's libcrypto at every start (about 1.5 ms) for the
        // encrypted archives that reports never are. minizip needs only zlib, which libxml2 loads.
        .target(name: "CMiniZip", dependencies: ["CSharedLibrary"]),
        // Exact numbers, measures, reports, and the model JSON they are written to and read from.
        .target(name: "ReportModel"),
        // Text → model: decoding, numerals, qualifiers, units, outline, subjects.
        .target(name: "ReportExtraction", dependencies: ["ReportModel", "ReportDocuments"]),
        // Files → model: documents flattened to text, model JSON, folders, the built-in report.
        .target(name: "ReportLoading", dependencies: ["ReportExtraction"]),
        // Model → verdicts: intervals, rounding, check, solve, audit. Reads the model alone (and the
        // genre's words for growth and change, which extraction also reads).
        .target(name: "ReportVerification", dependencies: ["ReportExtraction"]),
        // Statements → values: lexer, parser, evaluator.
        .target(name: "ReportLanguage", dependencies: ["ReportVerification"]),
        // Values → text: table, csv, tsv, json, jsonl, markdown; display width; colour.
        .target(name: "ReportOutput", dependencies: ["ReportLanguage"]),
        // Values → a database: every source a table of a SQLite file, for sqlite3, DuckDB, pandas.
        .target(name: "ReportExport", dependencies: ["ReportLanguage", "CSQLite"]),
        // The sqlite3 C library, through a shim header. Not GRDB, though it is on the package list:
        // GRDB imports Foundation, whose loading is what a one-shot run must not pay for (start-up
        // is held to sqlite3's), and writing a database needs only open, prepare, bind and step.
        .target(name: "CSQLite", dependencies: ["CSharedLibrary"]),
        // Input → output: the session's input loop, dot-commands, help, scripts and files.
        .target(name: "ReportShell", dependencies: ["ReportOutput", "ReportExport", "ReportLoading"]),
        // libedit, through a shim header: its variadic calls cannot be made from Swift directly.
        .target(name: "CEditLine", dependencies: ["CSharedLibrary"]),
        // The Ctrl-C flag and its signal handler: C, so that the process has exactly one of them.
        .target(name: "CInterrupt"),
        // The terminal: line editing, history, completion, Ctrl-C.
        .target(name: "ShellKit", dependencies: ["CEditLine", "CInterrupt", "ReportShell"]),
        .executableTarget(
            name: "reportsh",
            dependencies: [
                "ShellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // At a fixed address the loader has no relative relocations to apply at every start
            // (40,000 pointers in the Swift metadata, about 100 pages written). The C++ runtime and
            // the unwinder beneath the Swift runtime are linked in from their static archives
            // (Linker/libstdc++.so says how): loading libstdc++ and libgcc_s and binding their
            // symbols was 1.7 M of the 5.5 M instructions of a one-shot `-c`, and 40 page faults.
            linkerSettings: [
                .unsafeFlags(
                    ["-Xclang-linker", "-no-pie", "-Xclang-linker", "-static-libgcc", "-L", staticCxxRuntime],
                    .when(configuration: .release))
            ]
        ),
        .testTarget(
            name: "ReportKitTests",
            dependencies: ["ReportShell"],
            // Golden cases are read beside their runner via #filePath, not bundled; so are the
            // recorded outputs of `extract` (read by ShellKitTests, which runs the binary).
            exclude: ["Golden/Cases", "Golden/Extract", "Verification/AuditGolden"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ReportDocumentsTests",
            dependencies: ["ReportDocuments"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ShellKitTests", dependencies: ["ShellKit"]),
        .testTarget(name: "ReportshTests", dependencies: ["reportsh"]),
    ],
    swiftLanguageModes: [.v5]
)

// Release builds reach a generic type's metadata through accessor functions, not through its
// mangled name: at run time a name is demangled and each of its generic requirements looked up by
// a scan of every conformance record in the binary (thousands), the first time each type is used,
// which is much of what a one-shot `reportsh -c` does (scripts/bench-query: 12.2 → 10.4 M
// instructions). The accessors cost about 0.1 MB of code.
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .unsafeFlags(
                ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
        ]
}

let cTargets: Set = ["CSharedLibrary", "CLibXML2", "CMiniZip", "CSQLite", "CEditLine", "CInterrupt"]
for target in package.targets where !cTargets.contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(libxml2Headers.flatMap { ["-Xcc", $0] })]
}
