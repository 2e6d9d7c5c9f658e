import ArgumentParser
import ReportOutput

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's arguments as text. Swift's `CommandLine.arguments` repairs bytes that are not
/// UTF-8 into U+FFFD; a statement or path would then silently differ from what was typed, so such
/// an argument is refused, as a script with such bytes is.
enum CommandLineArguments {
    static func read() throws(UsageFailure) -> [String] {
        var arguments: [String] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: pointer, count: strlen(pointer))
                .withMemoryRebound(to: UInt8.self) { Array($0) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw UsageFailure("argument \(index) is not UTF-8 text; pass statements and paths as UTF-8")
            }
            arguments.append(text)
        }
        return arguments
    }
}

extension OutputMode: ExpressibleByArgument {}
