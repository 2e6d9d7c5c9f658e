/// Text copied out of a PDF keeps the printed page: lines broken at a fixed width in mid-sentence,
/// even in mid-number (`２２９` / `７名`), and page numbers (`— 3 —`) with running headers between
/// pages. Sentences, subjects and numbers are only whole again once the paragraphs are rebuilt, so
/// such text is unwrapped before extraction. Text that was not hard-wrapped is left as it is: web
/// pages and Word exports keep a paragraph on one line.
enum PrintedLayout {
    /// Lines this close to the widest (in display cells) count as full: a wrapped line may stop a
    /// cell or two short when the next character is a full-width one, or ASCII digits pack tighter.
    private static let fullLineSlack = 4
    /// At least this many full lines, and this share of all lines, before text counts as wrapped: a
    /// few paragraphs of similar length must not make a web page look printed.
    private static let minimumFullLines = 4
    private static let minimumFullShare = (numerator: 1, denominator: 4)
    /// Printed lines are the longest there are: one line past the width for this many full ones at
    /// most, or paragraphs running past it mean a web page whose headings merely share a length.
    private static let fullLinesPerLongerLine = 10
    private static let indentation: Set<Unicode.Scalar> = [" ", "　", "\t"]

    /// The text with wrapped paragraphs joined and page furniture dropped, or nil when the text was
    /// not hard-wrapped. `lines` are the text's lines (``TextLines/ranges(in:)``).
    static func unwrapped(_ text: ScalarText, lines: [Range<Int>]) -> String? {
        guard mayBeWrapped(text, lines) else { return nil }
        let widths = lines.map { width(text, $0) }
        guard let wrapWidth = wrapWidth(widths) else { return nil }
        let isFull = widths.map { $0 >= wrapWidth - fullLineSlack }
        var fullOpen = 0
        var nonBlank = 0
        for (index, line) in lines.enumerated() where !line.isEmpty {
            nonBlank += 1
            if isFull[index], let last = lastVisible(text, line), !isSentenceEnder(last) { fullOpen += 1 }
        }
        let longer = widths.filter { $0 > wrapWidth }.count
        guard fullOpen >= minimumFullLines, longer * fullLinesPerLongerLine <= fullOpen,
            fullOpen * minimumFullShare.denominator >= nonBlank * minimumFullShare.numerator
        else { return nil }
        let dropped = furniture(text, lines)
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.count)
        var joinNext = false
        for (index, line) in lines.enumerated() where !dropped[index] {
            if !output.isEmpty && !joinNext { output.append("\n") }
            let startsParagraph =
                line.first.map { indentation.contains(text.scalars[$0]) } ?? true
                || Outline.beginsWithMarker(text, line: line)
            if joinNext && startsParagraph { output.append("\n") }
            output.append(contentsOf: text.scalars[line])
            let last = lastVisible(text, line)
            joinNext =
                isFull[index] && last.map { !isSentenceEnder($0) } == true
                && !TableRow.looksLikeRow(text, line)
        }
        if text.scalars.last == "\n" { output.append("\n") }
        return String(output)
    }

    /// Whether the tests of ``unwrapped(_:lines:)`` can pass, told from line lengths without
    /// widths (most of its cost, paid on every text, and most texts are not wrapped). A line is at
    /// least as wide as it is long and at most twice: the full lines not ending a sentence, as many
    /// as the tests ask at least, are each at least half the wrap width less the slack long, so the
    /// wrap width is at most twice the shortest of the longest that many such lines, plus the
    /// slack; and lines longer than that are wider than the wrap width, which may not be too many.
    private static func mayBeWrapped(_ text: ScalarText, _ lines: [Range<Int>]) -> Bool {
        var nonBlank = 0
        var openLengths: [Int] = []
        for line in lines where !line.isEmpty {
            nonBlank += 1
            if let last = lastVisible(text, line), !isSentenceEnder(last) { openLengths.append(line.count) }
        }
        let share = minimumFullShare
        let fullOpenNeeded = max(minimumFullLines, (nonBlank * share.numerator + share.denominator - 1) / share.denominator)
        guard openLengths.count >= fullOpenNeeded else { return false }
        openLengths.sort(by: >)
        let widestWrap = 2 * openLengths[fullOpenNeeded - 1] + fullLineSlack
        let longer = lines.count { $0.count > widestWrap }
        return longer * fullLinesPerLongerLine <= openLengths.count
    }

    /// A switch, not a Set: every line's last scalar is asked.
    private static func isSentenceEnder(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
    }

    /// Display cells: CJK and full-width forms take two, ASCII one.
    private static func width(_ text: ScalarText, _ line: Range<Int>) -> Int {
        // A scalar beyond the plane is a surrogate unit here, above 0x1100 as the scalar is.
        // Wide ones counted with wrapping adds over the line's units: a loop the compiler runs
        // several units at a time, where a checked sum took one at a time (most of unwrapping's cost).
        text.scalars.withUnits { units in
            var wide = 0
            for unit in UnsafeBufferPointer(rebasing: units[line]) { wide &+= unit < 0x1100 ? 0 : 1 }
            return line.count + wide
        }
    }

    /// The width most lines are broken at: the largest width shared (within the slack) by enough lines.
    private static func wrapWidth(_ widths: [Int]) -> Int? {
        let sorted = widths.filter { $0 >= 20 }.sorted(by: >)
        for (index, candidate) in sorted.enumerated() {
            var count = 0
            for width in sorted[index...] {
                guard width >= candidate - fullLineSlack else { break }
                count += 1
            }
            if count >= minimumFullLines { return candidate }
        }
        return nil
    }

    private static func lastVisible(_ text: ScalarText, _ line: Range<Int>) -> Unicode.Scalar? {
        var index = line.upperBound
        while index > line.lowerBound {
            index -= 1
            if !text.scalars[index].isSpace { return text.scalars[index] }
        }
        return nil
    }

    /// Page numbers (`— 3 —`, `- 3 -`, `第3页 共12页`), and the short lines repeated next to them
    /// (running headers and footers).
    private static func furniture(_ text: ScalarText, _ lines: [Range<Int>]) -> [Bool] {
        var dropped = lines.map { isPageNumber(text, $0) }
        var counts: [String: Int] = [:]
        let trimmed = lines.map { text.string($0).trimmingSpaces }
        for line in trimmed where !line.isEmpty && line.unicodeScalars.count <= 40 { counts[line, default: 0] += 1 }
        for index in lines.indices where !dropped[index] && (counts[trimmed[index]] ?? 0) >= 2 {
            let nextToPageNumber =
                (index > 0 && isPageNumber(text, lines[index - 1]))
                || (index + 1 < lines.count && isPageNumber(text, lines[index + 1]))
            if nextToPageNumber { dropped[index] = true }
        }
        return dropped
    }

    static func isPageNumber(_ text: ScalarText, _ line: Range<Int>) -> Bool {
        // Counted as they come, not filtered into arrays: every short line of a report is asked.
        var (visible, digits, others, dashCount, pageMarks) = (0, 0, 0, 0, 0)
        var namesPage = false
        for index in line {
            let scalar = text.scalars[index]
            guard !scalar.isSpace else { continue }
            visible += 1
            guard visible <= 16 else { return false }
            if scalar.arabicDigit != nil {
                digits += 1
                continue
            }
            others += 1
            // Switches, not Sets: every short line of a report is asked, scalar by scalar.
            switch scalar {
            case "-", "—", "－", "–", "―", "─": dashCount += 1
            case "第", "页", "共", "/": pageMarks += 1
            default: break
            }
            if scalar == "页" || scalar == "/" { namesPage = true }
        }
        guard visible > 0, digits > 0, digits <= 4 else { return false }
        if others > 0, dashCount == others { return true }
        // 第3页 共12页, 第 3 页, 3/12
        return pageMarks == others && namesPage
    }
}
