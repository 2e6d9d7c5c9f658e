import Foundation
import Testing

/// The example scripts under scripts/, run the way a user runs them: `reportsh scripts/NAME.rsh`.
struct ExampleScriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var scripts: [String] {
        let folder = root.appendingPathComponent("scripts").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".rsh") }.sorted()
    }

    /// `REPORTSH_BINARY` when set (scripts/test points it at the release build users run), else
    /// the built executable beside the test bundle in the build folder.
    static var executable: String? {
        if let binary = ProcessInfo.processInfo.environment["REPORTSH_BINARY"] { return binary }
        guard let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        if folder.path.hasSuffix(".xctest") { folder = folder.deletingLastPathComponent() }
        let candidate = folder.appendingPathComponent("reportsh").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = arguments
        process.environment = ["HOME": NSTemporaryDirectory(), "NO_COLOR": "1"]
        process.standardInput = FileHandle.nullDevice
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    @Test func thereAreExampleScripts() {
        #expect(Self.scripts.contains("suizhou-2023-verify.rsh"))
    }

    @Test(arguments: scripts)
    func runsGreen(script: String) throws {
        let result = try Self.run([Self.root.appendingPathComponent("scripts/\(script)").path])
        #expect(result.status == 0, "\(script): \(result.errors)\(result.output)")
        #expect(result.errors.isEmpty)
        #expect(!result.output.split(separator: "\n").contains { $0.hasPrefix("✗") })
    }

    @Test func verificationFailsWhenAFigureIsAltered() throws {
        let original = try String(contentsOf: Self.root.appendingPathComponent("scripts/suizhou-2023-verify.rsh"), encoding: .utf8)
        let altered = original.replacingOccurrences(of: "check 调解结案率 == 17 / 办结", with: "check 调解结案率 == 16 / 办结")
        #expect(altered != original)
        let path = NSTemporaryDirectory() + "altered-\(UUID().uuidString).rsh"
        try altered.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.run([path])
        #expect(result.status == 1)
        #expect(result.output.contains("✗ 调解结案率 = 17 / 办结: 调解结案率 == 16 / 办结: 16/23 = 69.5652…% lies outside [73.85%, 73.95%]"),
                "\(result.output)")
        // The script runs on to its end after the failed check.
        #expect(result.output.contains("✓ 审计无不符"))
    }
}
