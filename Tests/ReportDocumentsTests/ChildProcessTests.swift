import Testing

@testable import ReportDocuments

#if canImport(Glibc)
    import Glibc
#endif

/// How pdftotext is run: its output read whole, its end told apart (exit status or signal), and a
/// program that cannot be started reported rather than waited for.
struct ChildProcessTests {
    @Test func theOutputAndExitStatusComeBack() throws {
        let run = try ChildProcess(executable: "/bin/sh", arguments: ["-c", "echo 随州; exit 3"]).run()
        #expect(run.termination == .exited(3))
        #expect(String(decoding: run.output, as: UTF8.self) == "随州\n")
    }

    /// More than a pipe holds (64 KiB): read while the child writes, or both would wait forever.
    @Test func outputLargerThanAPipeIsReadWhole() throws {
        let run = try ChildProcess(executable: "/bin/sh", arguments: ["-c", "head -c 1000000 /dev/zero"]).run()
        #expect(run.termination == .exited(0))
        #expect(run.output.count == 1_000_000)
    }

    /// What the CPU limit does to pdftotext (SIGXCPU), here a signal the child sends itself.
    @Test func aSignalIsToldFromAnExitStatus() throws {
        let run = try ChildProcess(executable: "/bin/sh", arguments: ["-c", "kill -KILL $$"]).run()
        #expect(run.termination == .signalled(9))
        #expect(run.termination.description == "stopped by signal 9")
    }

    @Test func theChildReadsNothingFromOurStandardInput() throws {
        let run = try ChildProcess(executable: "/bin/sh", arguments: ["-c", "wc -c"]).run()
        #expect(String(decoding: run.output, as: UTF8.self).trimmingPrefix(while: { $0 == " " }) == "0\n")
    }

    /// A descriptor opened without FD_CLOEXEC (as another core's pipe is for an instant before it
    /// is marked) must not reach the child: a pipe's write end held there delays that pipe's reader.
    @Test func theChildInheritsOnlyItsStandardStreams() throws {
        let leaked = open("/dev/null", O_RDONLY)
        try #require(leaked > 2)
        defer { close(leaked) }
        let probe = "test -e /proc/self/fd/\(leaked) && echo inherited || echo closed"
        let run = try ChildProcess(executable: "/bin/sh", arguments: ["-c", probe]).run()
        #expect(String(decoding: run.output, as: UTF8.self) == "closed\n")
    }

    @Test func aProgramThatCannotStartIsAnError() {
        #expect(throws: ChildProcess.Failure.self) {
            try ChildProcess(executable: "/nonexistent/pdftotext", arguments: []).run()
        }
    }
}
