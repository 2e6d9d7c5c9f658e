#if canImport(Glibc)
import Glibc
#endif

/// What libFuzzer calls with each input; the pointer is nil when the input is empty.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ target: FuzzTarget
) -> CInt

/// Hands the command line to libFuzzer and exits with its status. SwiftPM points `main` at the
/// target's top-level code, which runs this, so the fuzzer starts after the target's globals are
/// set up; the target still names its function LLVMFuzzerTestOneInput, which libFuzzer's own
/// `main` refers to.
public func runFuzzer(_ target: FuzzTarget) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}

/// The input as a byte buffer, empty for the nil pointer of an empty input.
public func inputBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: data, count: size)
}
