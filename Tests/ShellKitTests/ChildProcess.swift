import Foundation
import Testing

/// A program run to its end as a child, with its exit status, output and errors: how the tests
/// run the real `reportsh` binary (`ReportshExecutable.path`) as users, scripts and CI do.
struct ChildProcess {
    var status: Int32
    var output: String
    var errors: String

    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        directory: String? = nil, input: String = ""
    ) throws -> ChildProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ChildProcess(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    /// `reportsh ARGUMENTS` with a clean home and no colour.
    static func reportsh(_ arguments: [String]) throws -> ChildProcess {
        try run(
            try #require(ReportshExecutable.path), arguments,
            environment: ["HOME": NSTemporaryDirectory(), "NO_COLOR": "1"])
    }
}
