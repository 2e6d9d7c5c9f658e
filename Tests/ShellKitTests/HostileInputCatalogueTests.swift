import Foundation
import ReportLoading
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a hostile user tries, run against the real binary: each case gives its exit status and a
/// clear message. The child runs under a CPU-time and an address-space bound set in it before
/// `reportsh` starts, so a hang or a blow-up fails its case at once instead of stalling the run.
/// One case at a time: several reading 256 MiB at once would crowd the machine's other tests.
@Suite(.serialized) struct HostileInputCatalogueTests {
    @Test(arguments: HostileInput.cases)
    func endsWithItsStatusAndMessage(_ input: HostileInput) throws {
        let folder = NSTemporaryDirectory() + "reportsh-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try input.setUp(folder)
        let child = try BoundedChild.run(
            input.arguments.map { $0.replacingOccurrences(of: "{dir}", with: folder) },
            standardInput: input.standardInput?.replacingOccurrences(of: "{dir}", with: folder),
            in: folder)
        #expect(child.signal == nil, "\(input.name): killed by signal \(child.signal ?? 0)")
        #expect(child.status == input.status, "\(input.name): exit \(child.status)\n\(child.errors.prefix(300))")
        #expect((child.output + child.errors).contains(input.message), "\(input.name): \(child.errors.prefix(300))")
        try input.check(folder)
    }
}

/// One hostile input: the command line, the files it needs, and what it must end with.
struct HostileInput: Sendable, CustomTestStringConvertible {
    var name: String
    /// `{dir}` stands for the case's own temporary folder.
    var arguments: [String]
    /// A file (or device) to read standard input from; none reads an empty input.
    var standardInput: String? = nil
    var status: Int32
    /// Part of what the binary writes, errors or results.
    var message: String
    var setUp: @Sendable (String) throws -> Void = { _ in }
    /// What must hold of the folder afterwards.
    var check: @Sendable (String) throws -> Void = { _ in }

    var testDescription: String { name }

    static let cases: [HostileInput] = crashes + hangs + files + handledWell

    /// Inputs that crashed the binary with a signal.
    static let crashes: [HostileInput] = [
        HostileInput(
            name: "40,000 nested [ in a model", arguments: ["extract", "{dir}/deep.json"], status: 2,
            message: "deep.json:1:257: invalid model JSON: arrays and objects nest more than 256 deep",
            setUp: {
                try write(String(repeating: "[", count: 40_000) + String(repeating: "]", count: 40_000), "deep.json", in: $0)
            }),
        HostileInput(
            name: "100,000 nested { through --report", arguments: ["--report", "{dir}/deep.json", "-c", "1"], status: 2,
            message: "arrays and objects nest more than 256 deep",
            setUp: {
                try write(
                    String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000), "deep.json",
                    in: $0)
            }),
        HostileInput(
            name: "a chain of 1,200 + by -c", arguments: ["-c", chain("1", "+", 1_200)], status: 2,
            message: "error: the expression nests too deeply"),
        HostileInput(
            name: "a chain of 1,500 * by -c", arguments: ["-c", chain("1", "*", 1_500)], status: 2,
            message: "error: the expression nests too deeply"),
        HostileInput(
            name: "a chain of 1,500 and by -c", arguments: ["-c", chain("true", "and", 1_500)], status: 2,
            message: "error: the expression nests too deeply"),
        HostileInput(
            name: "a chain of 1,500 == by -c", arguments: ["-c", chain("1", "==", 1_500)], status: 2,
            message: "error: the expression nests too deeply"),
        HostileInput(
            name: "a chain of 1,200 + in a script", arguments: ["{dir}/chain.rsh"], status: 2,
            message: "chain.rsh:1:799: error: the expression nests too deeply",
            setUp: { try write(chain("1", "+", 1_200) + "\n", "chain.rsh", in: $0) }),
        HostileInput(
            name: "a chain of 1,200 + on stdin", arguments: ["--no-init"], standardInput: "{dir}/chain.rsh", status: 2,
            message: "<stdin>:1:799: error: the expression nests too deeply",
            setUp: { try write(chain("1", "+", 1_200) + "\n", "chain.rsh", in: $0) }),
        HostileInput(
            name: "decimals of Int64.max, then check", arguments: ["--report", "{dir}/m.json", "-c", "check m2 == 4 / 23"],
            status: 2, message: "measures[1].decimals: 9223372036854775807 is out of range (0…18)",
            setUp: { try write(model(["decimals": "9223372036854775807"]), "m.json", in: $0) }),
        HostileInput(
            name: "decimals of Int64.min, then audit", arguments: ["--report", "{dir}/m.json", "-c", "audit"],
            status: 2, message: "measures[1].decimals: -9223372036854775808 is out of range (0…18)",
            setUp: { try write(model(["decimals": "-9223372036854775808"]), "m.json", in: $0) }),
        HostileInput(
            name: "decimals of a billion", arguments: ["--report", "{dir}/m.json", "-c", "audit"],
            status: 2, message: "measures[1].decimals: 1000000000 is out of range (0…18)",
            setUp: { try write(model(["decimals": "1000000000"]), "m.json", in: $0) }),
        HostileInput(
            name: "extract /dev/zero", arguments: ["extract", "/dev/zero"], status: 2,
            message: "/dev/zero: larger than 256 MiB, the most a report file may hold"),
        HostileInput(
            name: "--report /dev/zero", arguments: ["--report", "/dev/zero", "-c", "1"], status: 2,
            message: "/dev/zero: larger than 256 MiB"),
        HostileInput(
            name: ".load /dev/zero", arguments: ["-c", ".load /dev/zero"], status: 2,
            message: "/dev/zero: larger than 256 MiB"),
    ]

    /// Inputs that ran for minutes or without end.
    static let hangs: [HostileInput] = [
        HostileInput(
            name: "solve with 18 decimals", arguments: ["-c", "solve 33.333333333333333333%"], status: 0,
            message: "33.333333333333333333% ← 1/3"),
        HostileInput(
            name: "solve with 18 decimals of 23", arguments: ["-c", "solve 33.333333333333333333% of 23"], status: 0,
            message: "no count of 23 gives 33.333333333333333333%"),
        HostileInput(
            name: "solve beyond exact arithmetic", arguments: ["-c", "solve 99.999999999999999999%"], status: 2,
            message: "error: too many digits to solve exactly"),
        HostileInput(
            name: "solve of 10^22", arguments: ["-c", "solve 73.9% of 10000000000000000000000"], status: 0,
            message: "73.9% of 10000000000000000000000 → 7385000000000000000000,"),
        HostileInput(
            name: "endless stdin", arguments: ["--no-init"], standardInput: "/dev/zero", status: 2,
            message: "<stdin>:1:1: error: the statement is longer than 1 MiB"),
        HostileInput(
            name: "5 MB of ( in a script", arguments: ["{dir}/open.rsh"], status: 2,
            message: "open.rsh:1:1: error: the statement is longer than 1 MiB",
            setUp: { try write(String(repeating: "(", count: 5_000_000), "open.rsh", in: $0) }),
        HostileInput(
            name: "1 MB of ( less a byte in a script", arguments: ["{dir}/open.rsh"], status: 2,
            message: "open.rsh:1:201: error: the expression nests too deeply",
            setUp: { try write(String(repeating: "(", count: (1 << 20) - 1), "open.rsh", in: $0) }),
        HostileInput(
            name: "an unterminated string and 200,000 lines", arguments: ["--no-init"], standardInput: "{dir}/lines.rsh",
            status: 2, message: "error: unterminated string",
            setUp: { try write("find \"a\n" + String(repeating: "x\n", count: 200_000), "lines.rsh", in: $0) }),
        HostileInput(
            name: "a pipeline of 20,000 lines", arguments: ["--no-init"], standardInput: "{dir}/lines.rsh",
            status: 0, message: "47",
            setUp: {
                try write("measures |\n" + String(repeating: "sort id |\n", count: 20_000) + "count\n", "lines.rsh", in: $0)
            }),
        HostileInput(
            name: "audit of a 1 MB report", arguments: ["--report", "{dir}/long.txt", "-c", "audit | count"], status: 0,
            message: "(1 row)",
            setUp: { folder in
                let text = BuiltinReport.load().text + "\n"
                try write(String(repeating: text, count: (1 << 20) / text.utf8.count), "long.txt", in: folder)
            }),
        HostileInput(
            name: "a FIFO that nobody writes", arguments: ["extract", "{dir}/fifo"], status: 2,
            message: "fifo: file is empty", setUp: { #expect(mkfifo($0 + "/fifo", 0o600) == 0) }),
        HostileInput(
            name: ".output onto a FIFO that nobody reads", arguments: ["-c", ".output {dir}/fifo", "-c", "1"], status: 2,
            message: "no process reads from the FIFO", setUp: { #expect(mkfifo($0 + "/fifo", 0o600) == 0) }),
    ]

    /// Writing onto something that is not a regular file: into it, never a rename over it. (A
    /// device would be the real case; replacing one is what a failure would do, so a FIFO stands in.)
    static let files: [HostileInput] = [
        HostileInput(
            name: ".save onto a FIFO with a reader", arguments: ["-c", "1 + 1", "-c", ".save {dir}/fifo"], status: 0,
            message: "2",
            setUp: { folder in
                #expect(mkfifo(folder + "/fifo", 0o600) == 0)
                // Held open for reading (and never read) until the check: a writer opens at once.
                #expect(open(folder + "/fifo", O_RDONLY | O_NONBLOCK) >= 0)
            },
            check: { folder in
                var status = stat()
                #expect(stat(folder + "/fifo", &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
                closeDescriptors(openOn: folder + "/fifo")
            })
    ]

    /// Bad input the binary already handled well.
    static let handledWell: [HostileInput] = [
        HostileInput(
            name: "a file not UTF-8", arguments: ["--report", "{dir}/latin.txt", "-c", "1"], status: 2,
            message: "is not UTF-8 or GB18030 text",
            setUp: { try Data([0x41, 0xFF, 0xFE, 0xFF, 0x42]).write(to: URL(fileURLWithPath: $0 + "/latin.txt")) }),
        HostileInput(
            name: "a binary file", arguments: ["extract", "{dir}/binary.txt"], status: 2,
            message: "file is binary",
            setUp: { try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]).write(to: URL(fileURLWithPath: $0 + "/binary.txt")) }),
        HostileInput(
            name: "an empty file", arguments: ["extract", "{dir}/empty.txt"], status: 2,
            message: "file is empty", setUp: { try write("", "empty.txt", in: $0) }),
        HostileInput(
            name: "an empty folder", arguments: ["--report", "{dir}", "-c", "1"], status: 2,
            message: "the directory holds no report"),
        HostileInput(
            name: "a missing file", arguments: ["extract", "{dir}/none.txt"], status: 2,
            message: "none.txt: no such file or directory"),
        // An unreadable file cannot be tested here: the tests may run as root, who reads anything.
        HostileInput(
            name: "a script not UTF-8", arguments: ["{dir}/latin.rsh"], status: 2,
            message: "is not UTF-8 text (line 1)",
            setUp: { try Data([0x31, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: $0 + "/latin.rsh")) }),
        HostileInput(
            name: "an empty folder on the command line", arguments: ["{dir}"], status: 2,
            message: "is neither a report nor a script; tried as a report"),
        HostileInput(
            name: "truncated JSON", arguments: ["extract", "{dir}/cut.json"], status: 2,
            message: "cut.json:1:24: invalid model JSON: expected a member name",
            setUp: { try write("{\"report\": {\"id\": \"x\", ", "cut.json", in: $0) }),
        HostileInput(
            name: "a mistyped member", arguments: ["extract", "{dir}/m.json"], status: 2,
            message: "measures[1].value: expected a decimal number",
            setUp: { try write(model(["value": "\"four\""]), "m.json", in: $0) }),
        HostileInput(
            name: "lower above the value", arguments: ["extract", "{dir}/m.json"], status: 2,
            message: "measures[1].lower: 5 is above the value 4", setUp: { try write(model(["lower": "5"]), "m.json", in: $0) }),
        HostileInput(
            name: "a duplicate id", arguments: ["extract", "{dir}/m.json"], status: 2,
            message: "measures[1].id: 'm1' is the id of an earlier measure",
            setUp: { try write(model(["id": "\"m1\""]), "m.json", in: $0) }),
        HostileInput(
            name: "a NUL in text", arguments: ["extract", "{dir}/m.json"], status: 2,
            message: "measures[1].raw: contains a NUL character",
            setUp: { try write(model(["raw": "\"4\\u0000件\""]), "m.json", in: $0) }),
        HostileInput(
            name: "a lone surrogate", arguments: ["extract", "{dir}/m.json"], status: 2,
            message: "\\u escape of a high surrogate without a low one after it",
            setUp: { try write(model(["raw": "\"\\ud800\""]), "m.json", in: $0) }),
        HostileInput(
            name: "an end before the start", arguments: ["extract", "{dir}/m.json"], status: 2,
            message: "measures[1].end: 1 is before the start 5",
            setUp: { try write(model(["start": "5", "end": "1"]), "m.json", in: $0) }),
        HostileInput(
            name: "a huge literal", arguments: ["-c", "1" + String(repeating: "0", count: 60)], status: 2,
            message: "is too large"),
        HostileInput(
            name: "deep brackets",
            arguments: ["-c", String(repeating: "(", count: 1_000) + "1" + String(repeating: ")", count: 1_000)],
            status: 2, message: "error: the expression nests too deeply"),
        HostileInput(name: "division by zero", arguments: ["-c", "1 / 0"], status: 2, message: "error: division by zero"),
        HostileInput(
            name: "take without a whole number", arguments: ["-c", "measures | take \"a\""], status: 2,
            message: "error: 'take' needs a whole number"),
        HostileInput(
            name: "sort by an unknown field", arguments: ["-c", "measures | sort nosuch"], status: 2,
            message: "error: unknown field 'nosuch'"),
        HostileInput(
            name: "where without a condition", arguments: ["-c", "measures | where 1"], status: 2,
            message: "error: 'where' needs a true/false condition"),
        HostileInput(
            name: "sum of text", arguments: ["-c", "measures | sum raw"], status: 2, message: "error: field 'raw' is not a number"
        ),
        HostileInput(
            name: "group without an aggregate", arguments: ["-c", "measures | group unit"], status: 2,
            message: "error: expected '|' and an aggregate"),
        HostileInput(
            name: "chart of an unknown field", arguments: ["-c", "measures | chart nosuch"], status: 2,
            message: "error: unknown field 'nosuch'"),
        HostileInput(
            name: "find without a string", arguments: ["-c", "find 1"], status: 2,
            message: "error: expected a string after 'find'"),
        HostileInput(
            name: "check without a comparison", arguments: ["-c", "check 1"], status: 2,
            message: "error: 'check' needs a comparison"),
        HostileInput(
            name: "solve of no base", arguments: ["-c", "solve 73.9% of 0"], status: 2,
            message: "error: 'solve … of N' needs a positive whole number"),
        HostileInput(
            name: "solve of a plain number", arguments: ["-c", "solve 1 of 5"], status: 2,
            message: "error: 'solve' needs a percentage"),
    ]

    /// Closes what this process holds open on `path` (read from /proc/self/fd).
    static func closeDescriptors(openOn path: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + name),
                target == path, let descriptor = Int32(name)
            else { continue }
            close(descriptor)
        }
    }

    static func chain(_ operand: String, _ binaryOperator: String, _ count: Int) -> String {
        Array(repeating: operand, count: count).joined(separator: " \(binaryOperator) ")
    }

    static func write(_ text: String, _ name: String, in folder: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    /// A model of two counts, the second with some members' JSON replaced.
    static func model(_ changed: [String: String]) -> String {
        func measure(_ id: String, _ changes: [String: String]) -> String {
            let members: [(String, String)] = [
                ("id", "\"\(id)\""), ("value", "4"), ("unit", "\"件\""), ("raw", "\"4件\""), ("kind", "\"count\""),
                ("approx", "null"), ("lower", "4"), ("upper", "4"), ("decimals", "0"), ("subject", "\"办结\""),
                ("section", "\"preamble\""), ("heading", "\"\""), ("sentence", "\"办结4件。\""), ("paragraph", "0"),
                ("before", "\"办结\""), ("start", "2"), ("end", "4"),
            ]
            return "{" + members.map { "\"\($0.0)\":\(changes[$0.0] ?? $0.1)" }.joined(separator: ",") + "}"
        }
        return "{\"report\":{\"id\":\"m\",\"title\":\"t\",\"region\":null,\"year\":null},"
            + "\"sections\":[{\"path\":\"preamble\",\"title\":\"\",\"level\":0,\"start\":0,\"end\":8}],"
            + "\"measures\":[\(measure("m1", [:])),\(measure("m2", changed))]}"
    }
}

/// `reportsh` run as a child under bounds: the shell sets them with `ulimit` (setrlimit in the
/// child) and then becomes `reportsh` by `exec`. A child that waits without using CPU (on a FIFO)
/// escapes those, so it is killed once `wallSeconds` pass: a stall guard, not a measure of speed.
/// Output and errors go to files, so a child that writes a lot to both never blocks on a pipe.
struct BoundedChild {
    /// CPU seconds: far beyond any case in a debug build, far below a hang.
    static let cpuSeconds = 30
    static let wallSeconds = 120
    /// Address space in KiB (2 GiB): reading up to the 256 MiB file limit fits, the 4 GB a device
    /// once asked for does not.
    static let memoryKiB = 2 << 20

    var status: Int32
    var signal: Int32?
    var output: String
    var errors: String

    static func run(_ arguments: [String], standardInput: String?, in folder: String) throws -> BoundedChild {
        let binary = try #require(ReportshExecutable.path)
        let script = "ulimit -t \(cpuSeconds) && ulimit -v \(memoryKiB) && exec \"$0\" \"$@\""
        let child = try SpawnedChild.run(
            "/bin/sh", ["-c", script, binary] + arguments,
            environment: ["HOME": folder, "XDG_CONFIG_HOME": folder, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"],
            directory: folder, input: .file(standardInput ?? "/dev/null"), deadline: .seconds(wallSeconds))
        let (status, signal): (Int32, Int32?)
        switch child.ending {
        case .exited(let code): (status, signal) = (code, nil)
        case .signalled(let number): (status, signal) = (-1, number)
        }
        return BoundedChild(
            status: status, signal: signal, output: String(decoding: child.output, as: UTF8.self),
            errors: String(decoding: child.errors, as: UTF8.self))
    }
}
