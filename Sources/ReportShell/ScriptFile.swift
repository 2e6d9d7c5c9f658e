import ReportLoading

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a script (`reportsh FILE`, `.read FILE`, the init file, piped stdin): UTF-8 text, with
/// or without a byte-order mark. A file that is missing, a folder, binary or not UTF-8 is refused
/// with one line that says so, before any of it runs.
public enum ScriptFile {
    public static func read(path: String) throws(ScriptFileError) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { throw ScriptFileError(path: path, problem: String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            throw ScriptFileError(path: path, problem: "is a folder, not a script")
        }
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path: path) } catch {
            throw ScriptFileError(
                path: path,
                problem: error == .tooLarge
                    ? "larger than \(FileBytes.maximumSize >> 20) MiB, the most a script may hold" : "cannot read the file")
        }
        return try decode(bytes, origin: path)
    }

    /// The text of a script's bytes; `origin` names it in the error.
    public static func decode(_ bytes: [UInt8], origin: String) throws(ScriptFileError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let zero = body.firstIndex(of: 0) {
            throw ScriptFileError(
                path: origin, problem: "is binary, not a script (a zero byte at line \(line(of: zero, in: body)))")
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidByte(in: body)
            throw ScriptFileError(path: origin, problem: "is not UTF-8 text (line \(line(of: bad, in: body))); save it as UTF-8")
        }
        return text
    }

    /// One line of piped input, checked as it arrives; the error is reported at that line.
    public static func decodeLine(_ bytes: [UInt8]) throws(ScriptFileError) -> String {
        if bytes.contains(0) {
            throw ScriptFileError(path: "<stdin>", problem: "a zero byte: the input is binary, not a script")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ScriptFileError(path: "<stdin>", problem: "the line is not UTF-8 text")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    private static func line(of index: Int, in bytes: ArraySlice<UInt8>) -> Int {
        bytes[..<index].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// Validates line by line, so the error can name the line.
    private static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int {
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") || index == bytes.endIndex - 1 {
            let end = index + 1
            if String(validating: bytes[lineStart..<end], as: UTF8.self) == nil { return lineStart }
            lineStart = end
        }
        return bytes.startIndex
    }
}

/// A script that cannot be run at all.
public struct ScriptFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "cannot run '\(path)': \(problem)" }

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }
}
