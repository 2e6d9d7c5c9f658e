import Testing

@testable import ReportExtraction
@testable import ReportLanguage
@testable import ReportLoading
@testable import ReportModel
@testable import ReportOutput
@testable import ReportShell
@testable import ReportVerification

/// The byte- and switch-level shortcuts of the extractor against the plain Unicode definitions they
/// stand for.
struct ExtractionFastPathTests {
    /// Line-ending normalisation as first written, scalar by scalar.
    static func referenceNormalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            if scalar == "\u{FEFF}" && scalars.isEmpty { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static let lineEndingCases = [
        "", "\r", "\r\n", "\n\r", "\r\r\n\n", "a\r\nb\rc\n\r\nd", "\u{FEFF}\u{FEFF}办结\r\n23件", "\u{FEFF}",
        "\r\u{FEFF}x", "x\u{FEFF}\r", "\u{FEFF}\r\n", "一、总体\r\n办结23件。\r\n", "📈\r🇨🇳\r\n", "no change at all",
    ]

    @Test(arguments: lineEndingCases) func normaliseMatchesScalarDefinition(text: String) {
        #expect(ReportText.normalise(text) == Self.referenceNormalise(text))
    }

    @Test func isSpaceIsUnicodeWhiteSpace() {
        let disagreeing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { $0.isSpace != $0.properties.isWhitespace }
        #expect(disagreeing.isEmpty)
    }

    @Test func trimmingSpacesKeepsInnerSpaces() {
        #expect("\u{3000} 办结 23件\t\n".trimmingSpaces == "办结 23件")
        #expect("办结".trimmingSpaces == "办结")
        #expect(" \u{A0}\u{2028}".trimmingSpaces == "")
    }

    @Test(arguments: ["", "a", "é ü", "办结23件", "📈🇨🇳👩‍⚖️", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "\r\n\u{FEFF}"])
    func scalarTextDecodesEveryUTF8Length(text: String) {
        #expect(Array(ScalarText(text).scalars) == Array(text.unicodeScalars))
    }

    /// Every length around the eight-byte words the scalars are counted in, every width at every offset.
    @Test func scalarTextCountsAcrossWords() {
        let characters = ["a", "é", "办", "📈", "1", "％"]
        for length in 0..<40 {
            for shift in 0..<characters.count {
                let text = (0..<length).map { characters[($0 + shift) % characters.count] }.joined()
                #expect(Array(ScalarText(text).scalars) == Array(text.unicodeScalars), "\(text)")
            }
        }
    }

    /// Scalars beyond the Basic Multilingual Plane are kept beside the two-byte ones: each range of
    /// a text that mixes them, across the checkpoints every 16 scalars, copies the same text.
    @Test func scalarTextCopiesRangesAcrossScalarsBeyondThePlane() {
        let text = "办结📈23件\u{20BB7}é, 𠮷a\u{10FFFF}\u{FFFF}\u{E000}\u{D7FF}" + String(repeating: "办📈", count: 12)
        let scalars = Array(text.unicodeScalars)
        let scalarText = ScalarText(text)
        #expect(Array(scalarText.scalars) == scalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                let expected = String(String.UnicodeScalarView(scalars[lower..<upper]))
                #expect(scalarText.string(lower..<upper) == expected, "\(lower)..<\(upper)")
                #expect(scalarText.utf8Range(lower..<upper).count == expected.utf8.count, "\(lower)..<\(upper)")
            }
        }
    }

    /// The search eight scalars at a time finds what a search one at a time finds, in every range,
    /// wherever the scalar stands within the eight, beside scalars beyond the plane; so does the
    /// search for any of three.
    @Test func scalarSearchFindsTheFirstInEveryRange() {
        let text =
            "一是\n📈是a\n\n办是是\u{20BB7}\n" + String(repeating: "x", count: 9) + "\n是|"
            + String(repeating: "y", count: 17) + "｜"
        let scalars = ScalarText(text).scalars
        for target: Unicode.Scalar in ["\n", "是", "a", "📈", "\u{20BB7}", "无", "|", "｜"] {
            for lower in 0...scalars.count {
                for upper in lower...scalars.count {
                    #expect(
                        scalars.firstIndex(of: target, in: lower..<upper) == scalars[lower..<upper].firstIndex(of: target),
                        "\(target) in \(lower)..<\(upper)")
                }
            }
        }
        for targets: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) in [("|", "｜", "\t"), ("a", "办", "无"), ("｜", "y", "\n")] {
            for lower in 0...scalars.count {
                for upper in lower...scalars.count {
                    let oneByOne = scalars[lower..<upper].firstIndex { $0 == targets.0 || $0 == targets.1 || $0 == targets.2 }
                    #expect(scalars.firstIndex(of: targets, in: lower..<upper) == oneByOne, "\(targets) in \(lower)..<\(upper)")
                }
            }
        }
    }

    /// A sentence taken from the figure before is the one a search of its own finds: figures of
    /// every length at every place, enders inside them, several lines, and a run-on sentence cut
    /// at the reach on either side.
    @Test func sentenceTakenFromTheFigureBeforeIsTheOneFound() {
        let runOn = "开头。" + String(repeating: "长", count: 400) + "7件。" + String(repeating: "句", count: 350) + "8件。9件"
        let text = "第一句有12件。第二句有3个和4个！\n  短句5项？没有结尾6个\n" + runOn + "\n。。10件!末 尾"
        let scalarText = ScalarText(text)
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (index, scalar) in scalarText.scalars.enumerated() where scalar == "\n" {
            lines.append(lineStart..<index)
            lineStart = index + 1
        }
        lines.append(lineStart..<scalarText.count)
        for length in 1...4 {
            for gap in 0...2 {
                var found: Sentences.Found?
                for line in lines {
                    var start = line.lowerBound
                    while start < line.upperBound {
                        let figure = start..<min(start + length, line.upperBound)
                        var none: Sentences.Found?
                        let searched = Sentences.sentence(in: scalarText, around: figure, line: line, after: &none)
                        #expect(
                            Sentences.sentence(in: scalarText, around: figure, line: line, after: &found) == searched,
                            "\(figure) of \(line), length \(length), gap \(gap)")
                        start = figure.upperBound + gap
                    }
                }
            }
        }
    }

    @Test(arguments: ["", "办结", "\u{3000} 办结 23件\t\n", " \u{A0}\u{2028}", "  a  ", "x", " x", "x "])
    func trimmedStringIsStringThenTrimmed(text: String) {
        let scalarText = ScalarText("前" + text + "后")
        let count = text.unicodeScalars.count
        for lower in 1...(count + 1) {
            for upper in lower...(count + 1) {
                #expect(scalarText.trimmedString(lower..<upper) == scalarText.string(lower..<upper).trimmingSpaces)
            }
        }
    }

    @Test func scalarTextOfTheBuiltinReport() {
        #expect(Array(ScalarText(BuiltinReport.text).scalars) == Array(BuiltinReport.text.unicodeScalars))
    }

    /// The sorted-candidate lookup keeps the rules of the hashed one: longest first, a measure word
    /// that begins another word falls back to a shorter unit or none, 成 before 立 is not tenths.
    @Test func unitLookupPrefersLongestAndRespectsWordStarts() {
        func unit(_ text: String) -> String? {
            UnitLexicon.unit(in: ScalarText(text), at: 0).map { "\($0.word) \($0.kind) \($0.unit) \($0.multiplier)" }
        }
        #expect(unit("个百分点。") == "个百分点 points 个百分点 1")
        #expect(unit("个月") == "个月 count 个月 1")
        #expect(unit("个体") == nil)
        #expect(unit("人次，") == "人次 count 人次 1")
        #expect(unit("人民") == nil)
        #expect(unit("次数") == "次数 count 次数 1")
        #expect(unit("万元") == "万元 amount 元 10000")
        #expect(unit("亿元") == "亿元 amount 元 100000000")
        #expect(unit("成立") == nil)
        #expect(unit("成，") == "成 tenths 成 1")
        #expect(unit("％") == "％ percent % 1")
        #expect(unit("部门") == nil)
        #expect(unit("部") == "部 count 部 1")
        #expect(unit("办") == nil)
        #expect(unit("") == nil)
    }

    /// Slices copied from the text's UTF-8 by checkpointed offsets equal slices of the scalars,
    /// for every range of a text that mixes 1- to 4-byte characters across checkpoint boundaries.
    @Test func stringSlicesMatchTheScalars() {
        let text = "a办é📈\n" + String(repeating: "x办结23件。é📈", count: 7) + "末"
        let scalarText = ScalarText(text)
        let scalars = Array(text.unicodeScalars)
        var mismatches: [Range<Int>] = []
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                let expected = String(String.UnicodeScalarView(scalars[lower..<upper]))
                if scalarText.string(lower..<upper) != expected { mismatches.append(lower..<upper) }
            }
        }
        #expect(mismatches.isEmpty)
        #expect(scalarText.string(-5..<3) == "a办é")
        #expect(scalarText.string(scalars.count - 1..<scalars.count + 9) == "末")
        #expect(ScalarText("").string(0..<0) == "")
    }
}
