import Foundation

/// Reads a PDF through poppler's `pdftotext -layout`, which keeps each printed line and the
/// columns of tables in place; ``PDFLayout`` rebuilds the paragraphs and tables from that.
enum PDFReader {
    /// CPU seconds pdftotext may take: a broken or hostile file must not hang a shell.
    private static let cpuSeconds = 120

    static func read(path: String, bytes: [UInt8]) throws(DocumentError) -> Document {
        guard let pdftotext = executable(named: "pdftotext") else { throw .pdftotextMissing }
        let output: (status: Int32, text: String)
        do { output = try run(pdftotext, path: path) } catch { throw .pdftotextFailed("\(error)") }
        guard output.status == 0 else {
            if isEncrypted(bytes) { throw .encryptedPDF }
            throw .pdftotextFailed("exit status \(output.status)")
        }
        let document = PDFLayout.document(output.text)
        guard !document.blocks.isEmpty else { throw .pdfWithoutText }
        return document
    }

    private static func executable(named name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The limit is set by the shell in the child, between fork and exec.
    private static func run(_ pdftotext: String, path: String) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -t \(cpuSeconds); exec \"$0\" -q -layout -enc UTF-8 \"$1\" -", pdftotext, path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
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
