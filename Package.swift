// swift-tools-version:6.0
import PackageDescription

// ReportKit does all the work and never touches a terminal, so every part of it is testable
// with plain strings; the reportsh executable only parses argv and wires ReportKit to stdio.
let package = Package(
    name: "reportsh",
    products: [
        .executable(name: "reportsh", targets: ["reportsh"]),
        .library(name: "ReportKit", targets: ["ReportKit"]),
        .library(name: "ShellKit", targets: ["ShellKit"]),
    ],
    dependencies: [
        // The command line (subcommands, --help, usage errors) is argument-parser's job.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // A Word file is a zip archive; its text is word/document.xml inside it.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "ReportKit", dependencies: ["ReportDocuments"]),
        // libxml2's tolerant HTML parser and its XML reader, through a shim header.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Web pages, Word files and PDFs read into headings, paragraphs and tables; knows nothing
        // of reports, so that what it reads can be tested on its own.
        .target(
            name: "ReportDocuments",
            dependencies: ["CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // libedit, through a shim header: its variadic calls cannot be made from Swift directly.
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The Ctrl-C flag and its signal handler: C, so that the process has exactly one of them.
        .target(name: "CInterrupt"),
        .target(name: "ShellKit", dependencies: ["CEditLine", "CInterrupt", "ReportKit"]),
        .executableTarget(
            name: "reportsh",
            dependencies: [
                "ReportKit",
                "ShellKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ReportKitTests",
            dependencies: ["ReportKit"],
            // Golden cases are read beside their runner via #filePath, not bundled.
            exclude: ["Golden/Cases"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ReportDocumentsTests",
            dependencies: ["ReportDocuments"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ShellKitTests", dependencies: ["ShellKit", "ReportKit"]),
    ],
    swiftLanguageModes: [.v5]
)
