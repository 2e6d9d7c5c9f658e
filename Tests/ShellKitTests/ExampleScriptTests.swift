import Foundation
import Testing

/// The example scripts under scripts/, run the way a user runs them: `reportsh scripts/NAME.rsh`.
struct ExampleScriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var scripts: [String] {
        let folder = root.appendingPathComponent("scripts").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".rsh") }.sorted()
    }

    @Test func thereAreExampleScripts() {
        #expect(Self.scripts.contains("suizhou-2023-verify.rsh"))
    }

    @Test(arguments: scripts)
    func runsGreen(script: String) throws {
        let result = try ChildProcess.reportsh([Self.root.appendingPathComponent("scripts/\(script)").path])
        #expect(result.status == 0, "\(script): \(result.errors)\(result.output)")
        #expect(result.errors.isEmpty)
        #expect(!result.output.split(separator: "\n").contains { $0.hasPrefix("✗") })
    }

    @Test func verificationFailsWhenAFigureIsAltered() throws {
        let original = try String(
            contentsOf: Self.root.appendingPathComponent("scripts/suizhou-2023-verify.rsh"), encoding: .utf8)
        let altered = original.replacingOccurrences(of: "check 调解结案率 == 17 / 办结", with: "check 调解结案率 == 16 / 办结")
        #expect(altered != original)
        let path = NSTemporaryDirectory() + "altered-\(UUID().uuidString).rsh"
        try altered.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try ChildProcess.reportsh([path])
        #expect(result.status == 1)
        #expect(
            result.output.contains("✗ 调解结案率 = 17 / 办结: 调解结案率 == 16 / 办结: 16/23 = 69.5652…% lies outside [73.85%, 73.95%]"),
            "\(result.output)")
        // The script runs on to its end after the failed check.
        #expect(result.output.contains("✓ 审计无不符"))
    }
}
