import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// Any string is a valid input: the extractor never crashes, never hangs, and every offset it
/// gives points at the raw text it claims.
@Suite struct ExtractorRobustnessTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static let pool: [Unicode.Scalar] = Array(
        "0123456789０１２３４５６７８９.,，。；;：:、%％‰|｜ \n\r\t“”《》()（）一二两三四五六七八九十百千万亿零〇点是第成倍个件项元人次多余近约超过以上下左右百分之个百分点扫一扫打印本页单位：万元"
            .unicodeScalars)

    private func check(_ text: String) {
        let report = ReportExtractor.extract(text: text, id: "fuzz")
        let scalars = Array(report.text.unicodeScalars)
        for measure in report.measures {
            #expect(measure.start >= 0 && measure.start < measure.end && measure.end <= scalars.count)
            guard measure.start >= 0, measure.start < measure.end, measure.end <= scalars.count else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[measure.start..<measure.end])
            #expect(String(view) == measure.raw)
        }
        for section in report.sections {
            #expect(section.start <= section.end && section.end <= scalars.count)
        }
    }

    @Test func randomTextFromTheGenresAlphabet() {
        var generator = SplitMix(state: 2023)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<400, using: &generator)
            var view = String.UnicodeScalarView()
            for _ in 0..<length {
                if Int.random(in: 0..<10, using: &generator) == 0 {
                    view.append(Unicode.Scalar(UInt32.random(in: 0x20...0xD7FF, using: &generator)) ?? "?")
                } else {
                    view.append(Self.pool[Int.random(in: 0..<Self.pool.count, using: &generator)])
                }
            }
            check(String(view))
        }
    }

    @Test func pathologicalRunsStayLinear() {
        let long = 60_000
        check(String(repeating: "9", count: long))
        check(String(repeating: "九", count: long))
        check(String(repeating: "一是", count: long / 2))
        check(String(repeating: "“", count: long))
        check(String(repeating: "1,", count: long / 2))
        check(String(repeating: "万", count: long))
        check(String(repeating: "|", count: long))
        check(String(repeating: "1 | ", count: long / 4))
        check(String(repeating: "99999999999999999999万亿元", count: 1000))
        check("")
        check("\n\n\n")
    }

    @Test func hugeNumbersDoNotOverflow() {
        let report = ReportExtractor.extract(text: "投资999999999999999999999999亿元，九千九百九十九万亿亿元。", id: "big")
        #expect(report.measures.count <= 2)
    }
}
