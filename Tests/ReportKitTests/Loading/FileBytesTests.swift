import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportShell
@testable import ReportVerification

struct FileBytesTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures").path

    @Test(arguments: ["suizhou-2023.txt", "suizhou-2023-gb18030.txt", "sample-model.json"])
    func readsAFileWhole(name: String) throws {
        let path = Self.fixtures + "/" + name
        let expected = try #require(FileManager.default.contents(atPath: path))
        #expect(try FileBytes.read(path: path) == [UInt8](expected))
    }

    /// /proc files say they are empty and are not: the read goes on past the size fstat gives.
    @Test func readsPastTheSizeItWasTold() throws {
        let bytes = try FileBytes.read(path: "/proc/self/maps")
        #expect(bytes.count > 1 << 10)
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\n"))
    }

    @Test func anEmptyFileIsNoBytes() throws {
        let path = NSTemporaryDirectory() + "file-bytes-" + UUID().uuidString
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path: path) == [])
    }

    @Test func aMissingOrUnreadableFileIsUnreadable() {
        #expect(throws: FileBytes.Failure.unreadable) { try FileBytes.read(path: Self.fixtures + "/no-such-file.txt") }
        #expect(throws: FileBytes.Failure.unreadable) { try FileBytes.read(path: Self.fixtures) }
    }

    /// A device that never ends is read up to the limit and no further.
    @Test func endlessInputStopsAtTheLimit() {
        #expect(throws: FileBytes.Failure.tooLarge) { try FileBytes.read(path: "/dev/zero", limit: 100_000) }
    }

    @Test func aFileOfExactlyTheLimitIsRead() throws {
        let path = NSTemporaryDirectory() + "file-bytes-" + UUID().uuidString
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 65, count: 1000)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path: path, limit: 1000).count == 1000)
        #expect(throws: FileBytes.Failure.tooLarge) { try FileBytes.read(path: path, limit: 999) }
    }

    /// A FIFO that nobody writes to reads as empty instead of waiting for a writer.
    @Test func aFIFOWithoutAWriterIsEmpty() throws {
        let path = NSTemporaryDirectory() + "file-bytes-fifo-" + UUID().uuidString
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path: path) == [])
    }
}
