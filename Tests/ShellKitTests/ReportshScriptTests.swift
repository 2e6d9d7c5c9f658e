import Foundation
import Testing

@testable import ShellKit

/// The real binary run on scripts, pipes and init files, as CI and cron jobs run it.
@Suite struct ReportshScriptTests {
    let folder = NSTemporaryDirectory() + "reportsh-scripts-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/config/reportsh", withIntermediateDirectories: true)
    }

    func write(_ text: String, to name: String) throws -> String {
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `sh -c COMMAND` with `$REPORTSH` set to the binary and the init file in our folder.
    func shell(_ command: String, input: String = "") throws -> ChildProcess {
        let binary = try #require(ReportshExecutable.path)
        return try ChildProcess.run(
            "/bin/sh", ["-c", command],
            environment: [
                "REPORTSH": binary, "HOME": folder, "XDG_CONFIG_HOME": folder + "/config",
                "PATH": "/usr/bin:/bin",
            ],
            directory: folder, input: input)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    @Test func aScriptErrorOnLine40ExitsWithStatus2() throws {
        defer { cleanUp() }
        let lines = ["#!/usr/bin/env reportsh"] + Array(repeating: "let x = 1", count: 38) + ["measures | sort vaule", "1 + 1"]
        _ = try write(lines.joined(separator: "\n") + "\n", to: "forty.rsh")
        let run = try shell("\"$REPORTSH\" forty.rsh")
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("forty.rsh:40:17: error: unknown field 'vaule'; did you mean 'value'?\n"))
        #expect(run.output.isEmpty)
        let keepGoing = try shell("\"$REPORTSH\" --keep-going forty.rsh")
        #expect(keepGoing.status == 2)
        #expect(keepGoing.output.contains("    2\n"))
    }

    @Test func scriptsThatCannotRunSayWhyOnOneLine() throws {
        defer { cleanUp() }
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: folder + "/tool.rsh"))
        try Data([0xB8, 0xB4, 0xD2, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: folder + "/gbk.rsh"))
        for (name, problem) in [
            ("none.rsh", "No such file or directory"), ("tool.rsh", "is binary, not a script"),
            ("gbk.rsh", "is not UTF-8 text (line 1)"),
        ] {
            let run = try shell("\"$REPORTSH\" \(name)")
            #expect(run.status == 2)
            #expect(run.errors.hasPrefix("reportsh: cannot run '\(name)': \(problem)"), "\(run.errors)")
            #expect(run.errors.split(separator: "\n").count == 1)
        }
    }

    @Test func pipedInputRunsAsAScriptFromStdin() throws {
        defer { cleanUp() }
        let run = try shell("\"$REPORTSH\" -f csv", input: "measures |\n  count\n.mode tsv\nreports | select id\nnosuch\n1\n")
        #expect(run.output == "value\n47\nid\nsuizhou-2023\n")
        #expect(run.errors.hasPrefix("<stdin>:5:1: error: unknown name 'nosuch'"))
        #expect(run.status == 2)
        let commands = try shell("\"$REPORTSH\" -c nosuch -c '1 + 1'; \"$REPORTSH\" -c '.bail off' -c nosuch -c '2 + 2'")
        #expect(commands.status == 2)
        #expect(!commands.output.contains("    2\n"))
        #expect(commands.output.contains("    4\n"))
        let history = try shell("ls -a \"$HOME\"")
        #expect(!history.output.contains(".local"))
    }

    @Test func theInitFileRunsFirstUnlessNoInit() throws {
        defer { cleanUp() }
        _ = try write(".mode csv\nlet 受理 = 27\n", to: "config/reportsh/init.rsh")
        let withInit = try shell("\"$REPORTSH\" -c '受理 + 1'")
        #expect(withInit.output == "value\n28\n")
        let without = try shell("\"$REPORTSH\" --no-init -c '受理 + 1'")
        #expect(without.status == 2)
        #expect(without.errors.contains("unknown name '受理'"))
        _ = try write("nosuch\n", to: "config/reportsh/init.rsh")
        let broken = try shell("\"$REPORTSH\" -c '1 + 1'")
        #expect(broken.status == 2)
        #expect(broken.errors.hasPrefix(folder + "/config/reportsh/init.rsh:1:1: error: "))
        #expect(broken.output.isEmpty)
    }

    @Test func aSavedSessionRerunsWithTheSameOutput() throws {
        defer { cleanUp() }
        let session =
            "let 办结 = m38\nmeasures | where subject ~ \"复议\" | select id, raw\n.mode markdown\n4 / 办结 as %\n.save saved.rsh\n"
        let original = try shell("\"$REPORTSH\" --no-init", input: session)
        #expect(original.status == 0)
        let rerun = try shell("\"$REPORTSH\" --no-init saved.rsh")
        #expect(rerun.status == 0)
        #expect(rerun.output == original.output)
        #expect(rerun.output.contains("| 17.39% |"))
        let executable = try shell("chmod +x saved.rsh && head -1 saved.rsh")
        #expect(executable.output == "#!/usr/bin/env reportsh\n")
    }

    @Test func aSaveThatFailsMidWriteLeavesTheOldFile() throws {
        defer { cleanUp() }
        _ = try write("old\n", to: "keep.rsh")
        // A file-size limit of 1 KiB makes the write fail part-way (EFBIG; SIGXFSZ ignored).
        let statements = (1...100).map { "let long_name_number_\($0) = \($0)" }.joined(separator: "\n")
        let run = try shell("trap '' XFSZ; ulimit -f 1; \"$REPORTSH\" --no-init", input: statements + "\n.save keep.rsh\n")
        #expect(run.status == 2)
        #expect(run.errors.contains("error: cannot write 'keep.rsh': File too large"))
        let listing = try shell("ls -a; cat keep.rsh")
        #expect(listing.output == ".\n..\nconfig\nkeep.rsh\nold\n")
    }
}
