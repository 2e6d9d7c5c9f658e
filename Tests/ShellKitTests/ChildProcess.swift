import Foundation
import Testing

/// A program run to its end as a child, with its exit status, output and errors: how the tests
/// run the real `reportsh` binary (`ReportshExecutable.path`) as users, scripts and CI do.
struct ChildProcess {
    /// The exit status, or 128 + the signal that ended it, as a shell reports it.
    var status: Int32
    /// Standard output as written, for comparisons no decoding may blur.
    var outputBytes: Data
    var errorBytes: Data

    var output: String { String(decoding: outputBytes, as: UTF8.self) }
    var errors: String { String(decoding: errorBytes, as: UTF8.self) }

    /// A child that runs past `longestRun` is killed, and the test fails saying where it stood.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        directory: String? = nil, input: String = "", longestRun: Duration = HangWatchdog.longestRun
    ) throws -> ChildProcess {
        let child = try SpawnedChild.run(
            executable, arguments, environment: environment, directory: directory, input: .bytes(Data(input.utf8)),
            deadline: longestRun)
        if let stoodAt = child.overran {
            Issue.record("the child \(arguments) ran over \(longestRun) and was killed; it stood at: \(stoodAt)")
        }
        let status: Int32
        switch child.ending {
        case .exited(let code): status = code
        case .signalled(let signal): status = 128 + signal
        }
        return ChildProcess(status: status, outputBytes: child.output, errorBytes: child.errors)
    }

    /// `reportsh ARGUMENTS` with a clean home and no colour.
    static func reportsh(_ arguments: [String]) throws -> ChildProcess {
        try run(
            try #require(ReportshExecutable.path), arguments,
            environment: ["HOME": NSTemporaryDirectory(), "NO_COLOR": "1"])
    }
}
