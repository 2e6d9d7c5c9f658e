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
        directory: String? = nil, input: String = "", longestRun: DispatchTimeInterval = HangWatchdog.longestRun
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
        try launch(process)
        let watchdog = HangWatchdog(process, arguments: arguments, longestRun: longestRun)
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.finish()
        return ChildProcess(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    /// Foundation's spawn closes every descriptor the test process has open at that moment; one
    /// that a test running in parallel closes in between makes the spawn fail with EBADF before
    /// the child has run at all, so the launch is simply tried again.
    static func launch(_ process: Process, attempts: Int = 5) throws {
        for attempt in 1... {
            do {
                return try process.run()
            } catch let error as NSError {
                let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
                guard attempt < attempts, underlying?.domain == NSPOSIXErrorDomain, underlying?.code == Int(EBADF) else {
                    throw error
                }
            }
        }
    }

    /// `reportsh ARGUMENTS` with a clean home and no colour.
    static func reportsh(_ arguments: [String]) throws -> ChildProcess {
        try run(
            try #require(ReportshExecutable.path), arguments,
            environment: ["HOME": NSTemporaryDirectory(), "NO_COLOR": "1"])
    }
}
