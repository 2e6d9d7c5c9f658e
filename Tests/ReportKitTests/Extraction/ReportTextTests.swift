import Foundation
import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

@Suite struct ReportTextTests {
    private let sample = "2023年,随州市办结23件。\n二、不足\n"

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func plainUTF8IsReadAsIs() throws {
        #expect(try ReportText.decode(bytes(sample)) == sample)
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try ReportText.decode([0xEF, 0xBB, 0xBF] + bytes(sample)) == sample)
    }

    @Test func windowsAndOldMacLineEndingsBecomeLF() throws {
        #expect(try ReportText.decode(bytes("一、总体\r\n办结23件。\r\n")) == "一、总体\n办结23件。\n")
        #expect(try ReportText.decode(bytes("一、总体\r办结23件。")) == "一、总体\n办结23件。")
    }

    @Test func utf16WithByteOrderMark() throws {
        var little: [UInt8] = [0xFF, 0xFE]
        for unit in sample.utf16 { little += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try ReportText.decode(little) == sample)
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in sample.utf16 { big += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try ReportText.decode(big) == sample)
    }

    @Test func gb18030IsConverted() throws {
        // 随州市 办结 in GB18030 (iconv -f UTF-8 -t GB18030).
        let gb: [UInt8] = [0xCB, 0xE6, 0xD6, 0xDD, 0xCA, 0xD0, 0xB0, 0xEC, 0xBD, 0xE1, 0x32, 0x33, 0xBC, 0xFE, 0xA1, 0xA3]
        #expect(try ReportText.decode(gb) == "随州市办结23件。")
    }

    @Test func gb18030SeedGivesTheSameFigures() throws {
        let url = try #require(
            Bundle.module.url(
                forResource: "suizhou-2023-gb18030", withExtension: "txt",
                subdirectory: "Fixtures"))
        let text = try ReportText.decode(Array(Data(contentsOf: url)))
        #expect(text == BuiltinReport.text)
        let viaGB = ReportExtractor.extract(text: text, id: "gb").measures.map(\.raw)
        #expect(viaGB == BuiltinReport.load().measures.map(\.raw))
    }

    @Test func crlfAndBOMVariantsOfTheSeedKeepTheOffsets() throws {
        let crlf = [0xEF, 0xBB, 0xBF] + bytes(BuiltinReport.text.replacingOccurrences(of: "\n", with: "\r\n"))
        let text = try ReportText.decode(crlf)
        let measures = ReportExtractor.extract(text: text, id: "crlf").measures
        #expect(measures.map(\.start) == BuiltinReport.load().measures.map(\.start))
        let direct = ReportExtractor.extract(
            text: "\u{FEFF}" + BuiltinReport.text.replacingOccurrences(of: "\n", with: "\r\n"), id: "x")
        #expect(direct.measures.map(\.end) == BuiltinReport.load().measures.map(\.end))
    }

    @Test func emptyFilesAreRefused() {
        #expect(throws: ReportTextError.empty) { try ReportText.decode([]) }
        #expect(throws: ReportTextError.empty) { try ReportText.decode([0xEF, 0xBB, 0xBF]) }
        #expect(throws: ReportTextError.empty) { try ReportText.decode(bytes(" \n\n ")) }
        #expect(ReportTextError.empty.description.hasPrefix("file is empty"))
    }

    @Test func binaryFilesAreRefusedWithTheOffset() {
        #expect(throws: ReportTextError.binary(nulOffset: 3)) { try ReportText.decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
        let controls = [UInt8](repeating: 0x01, count: 50) + bytes("abc")
        #expect(throws: ReportTextError.binary(nulOffset: nil)) { try ReportText.decode(controls) }
        #expect(
            ReportTextError.binary(nulOffset: 123).description
                .contains("file is binary, not a report's text (found NUL byte at offset 123)"))
    }

    @Test func undecodableBytesAreNamed() {
        // 0xFF is invalid in both UTF-8 and GB18030.
        let input = bytes("abcdefghi") + [0xFF, 0x41]
        #expect(throws: ReportTextError.undecodable(byte: 0xFF, offset: 9)) { try ReportText.decode(input) }
        #expect(
            ReportTextError.undecodable(byte: 0xFF, offset: 9).description
                .hasPrefix("file is not UTF-8 or GB18030 text (invalid byte 0xFF at offset 9)"))
    }

    /// The validator that lets `decode` skip the standard library's check accepts exactly what
    /// that check accepts: every lead byte with every second byte (overlong forms, surrogates,
    /// past U+10FFFF), truncated characters, odd characters among runs of Han, and mixed runs.
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var inputs: [[UInt8]] = []
        for lead in 0...255 {
            for second in 0...255 {
                inputs.append([UInt8(lead), UInt8(second), 0x80, 0x80])
                inputs.append([UInt8(lead), UInt8(second), 0x80])
                inputs.append([UInt8(lead), UInt8(second)])
            }
            inputs.append([UInt8(lead)])
        }
        // Each kind of E0 and ED character at each place among runs of Han that the five-at-a-time test reads.
        let han = Array("年".utf8)
        for odd: [UInt8] in [[0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF]] {
            for place in 0..<6 {
                for lead in 0..<3 {
                    let before = Array(repeating: han, count: place).flatMap { $0 }
                    let after = Array(repeating: han, count: 6 - place).flatMap { $0 }
                    inputs.append(Array("ab".utf8.prefix(lead)) + before + odd + after)
                }
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("年".utf8), Array("é".utf8), Array("𠀀".utf8), [0x80], [0xED, 0xA0, 0x80],
        ]
        for _ in 0..<2_000 {
            var input: [UInt8] = []
            for _ in 0..<6 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                input += pieces[Int(state >> 33) % pieces.count].prefix(Int(state >> 20) % 9 + 1)
            }
            inputs.append(input)
        }
        let disagreements = inputs.filter { input in
            let expected = String(validating: input, as: UTF8.self)
            let offset = input.withUnsafeBufferPointer(UTF8Validation.firstInvalidOffset)
            return (offset == nil) != (expected != nil) || UTF8Validation.string(input[...]) != expected
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}
