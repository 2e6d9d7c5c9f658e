// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets on the library's entry points, built and run by scripts/fuzz with
// `-sanitize=fuzzer,address`. A package of its own: each target hands its inputs to libFuzzer's
// driver from a main of its own, so none of them may join the normal build.
let dependencies: [Target.Dependency] = [
    "FuzzDriver", .product(name: "ReportKitLayers", package: "reportsh"),
]

let package = Package(
    name: "ReportKitFuzz",
    // Named, since a path dependency is otherwise known by its folder's name, which varies by checkout.
    dependencies: [.package(name: "reportsh", path: "..")],
    targets: [
        // Starts libFuzzer from each target's main.
        .target(name: "FuzzDriver"),
        // Arbitrary text through the numeral scanner and the whole extractor.
        .executableTarget(name: "FuzzExtractor", dependencies: dependencies),
        // Arbitrary text read as JSON and then as a report's model.
        .executableTarget(name: "FuzzModelJSON", dependencies: dependencies),
        // Arbitrary statements lexed, parsed and run against the built-in report.
        .executableTarget(name: "FuzzLanguage", dependencies: dependencies),
        // Arbitrary bytes decoded as a report's text (encodings, BOMs, binaries).
        .executableTarget(name: "FuzzTextDecoding", dependencies: dependencies),
        // Arbitrary bytes read as a web page or a Word file.
        .executableTarget(name: "FuzzDocuments", dependencies: dependencies),
    ],
    swiftLanguageModes: [.v5]
)

// ReportDocuments shows its Swift clients libxml2's headers, which are not found through pkg-config
// (see the main package's manifest).
for target in package.targets {
    target.swiftSettings = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]
}
