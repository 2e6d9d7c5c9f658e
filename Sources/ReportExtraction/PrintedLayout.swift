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
    private static let sentenceEnders: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
    private static let indentation: Set<Unicode.Scalar> = [" ", "　", "\t"]

    /// The text with wrapped paragraphs joined and page furniture dropped, or nil when the text was
    /// not hard-wrapped.
    static func unwrapped(_ text: ScalarText) -> String? {
        let lines = lineRanges(text)
        let widths = lines.map { width(text, $0) }
        guard let wrapWidth = wrapWidth(widths) else { return nil }
        let isFull = widths.map { $0 >= wrapWidth - fullLineSlack }
        var fullOpen = 0
        var nonBlank = 0
        for (index, line) in lines.enumerated() where !line.isEmpty {
            nonBlank += 1
            if isFull[index], let last = lastVisible(text, line), !sentenceEnders.contains(last) { fullOpen += 1 }
        }
        // Printed lines are the longest there are; paragraphs running past the width mean a web page
        // whose headings merely share a length.
        let longer = widths.filter { $0 > wrapWidth }.count
        guard fullOpen >= minimumFullLines, longer * 10 <= fullOpen,
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
                isFull[index] && last.map { !sentenceEnders.contains($0) } == true
                && !TableRow.looksLikeRow(text, line)
        }
        if text.scalars.last == "\n" { output.append("\n") }
        return String(output)
    }

    private static func lineRanges(_ text: ScalarText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while let newline = text.scalars.firstIndex(of: "\n", in: start..<text.count) {
            ranges.append(start..<newline)
            start = newline + 1
        }
        if start < text.count { ranges.append(start..<text.count) }
        return ranges
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
        line.reversed().lazy.map { text.scalars[$0] }.first { !$0.properties.isWhitespace }
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
