// swift-tools-version:6.0
import PackageDescription

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
        // A Word file is a zip archive; its text is word/document.xml inside it.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Bytes → documents: web pages, Word files and PDFs read into headings, paragraphs and
        // tables; knows nothing of reports, so that what it reads can be tested on its own.
        .target(
            name: "ReportDocuments",
            dependencies: ["CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // libxml2's tolerant HTML parser and its XML reader, through a shim header.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
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
        // Input → output: the session's input loop, dot-commands, help, scripts and files.
        .target(name: "ReportShell", dependencies: ["ReportOutput", "ReportLoading"]),
        // libedit, through a shim header: its variadic calls cannot be made from Swift directly.
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The Ctrl-C flag and its signal handler: C, so that the process has exactly one of them.
        .target(name: "CInterrupt"),
        // The terminal: line editing, history, completion, Ctrl-C.
        .target(name: "ShellKit", dependencies: ["CEditLine", "CInterrupt", "ReportShell"]),
        .executableTarget(
            name: "reportsh",
            dependencies: [
                "ShellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ReportKitTests",
            dependencies: ["ReportShell"],
            // Golden cases are read beside their runner via #filePath, not bundled.
            exclude: ["Golden/Cases", "Verification/AuditGolden"],
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
