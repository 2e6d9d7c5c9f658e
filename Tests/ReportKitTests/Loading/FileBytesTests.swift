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
        #expect(FileBytes.read(path: path) == [UInt8](expected))
    }

    /// /proc files say they are empty and are not: the read goes on past the size fstat gives.
    @Test func readsPastTheSizeItWasTold() throws {
        let bytes = try #require(FileBytes.read(path: "/proc/self/maps"))
        #expect(bytes.count > 1 << 10)
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("\n"))
    }

    @Test func anEmptyFileIsNoBytes() throws {
        let path = NSTemporaryDirectory() + "file-bytes-" + UUID().uuidString
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileBytes.read(path: path) == [])
    }

    @Test func aMissingOrUnreadableFileIsNil() {
        #expect(FileBytes.read(path: Self.fixtures + "/no-such-file.txt") == nil)
        #expect(FileBytes.read(path: Self.fixtures) == nil)
    }
}
