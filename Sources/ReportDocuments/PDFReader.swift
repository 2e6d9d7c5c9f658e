#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a PDF through poppler's `pdftotext -layout`, which keeps each printed line and the
/// columns of tables in place; ``PDFLayout`` rebuilds the paragraphs and tables from that.
enum PDFReader {
    /// CPU seconds pdftotext may take: a broken or hostile file must not hang a shell.
    private static let cpuSeconds = 120

    static func read(path: String, bytes: [UInt8]) throws(DocumentError) -> Document {
        guard let pdftotext = executable(named: "pdftotext") else { throw .pdftotextMissing }
        let output: (termination: ChildProcess.Termination, output: [UInt8])
        do { output = try run(pdftotext, path: path) } catch { throw .pdftotextFailed(error.description) }
        guard output.termination == .exited(0) else {
            if isEncrypted(bytes) { throw .encryptedPDF }
            throw .pdftotextFailed(output.termination.description)
        }
        let document = PDFLayout.document(String(decoding: output.output, as: UTF8.self))
        guard !document.blocks.isEmpty else { throw .pdfWithoutText }
        return document
    }

    private static func executable(named name: String) -> String? {
        let directories = (getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// The limit is set by the shell in the child, before it becomes pdftotext.
    private static func run(_ pdftotext: String, path: String) throws(ChildProcess.Failure) -> (
        termination: ChildProcess.Termination, output: [UInt8]
    ) {
        let script = "ulimit -t \(cpuSeconds); exec \"$0\" -q -layout -enc UTF-8 \"$1\" -"
        return try ChildProcess(executable: "/bin/sh", arguments: ["-c", script, pdftotext, path]).run()
    }

    /// An encryption dictionary in the trailer: the file needs a password to be read.
    private static func isEncrypted(_ bytes: [UInt8]) -> Bool {
        let marker = Array("/Encrypt".utf8)
        guard bytes.count >= marker.count else { return false }
        return (0...(bytes.count - marker.count)).contains {
            bytes[$0] == marker[0] && bytes[$0..<$0 + marker.count].elementsEqual(marker)
        }
    }
}
