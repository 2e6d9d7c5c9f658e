import ReportModel

/// The report's outline: 一、 parts, (一) sections, 1. and (1) items and 一是/二是 points, nested as
/// the text nests them. A marker style already open closes back to its level (a sibling); a new
/// style opens one level deeper. 一是 points close at the end of their paragraph.
struct Outline {
    var sections: [Section] = []
    /// The index of each section's parent, parallel to `sections`.
    var parents: [Int?] = []

    enum Style: Hashable {
        case part, parenthesised, numbered, parenthesisedNumber, ordinalWord, point
    }

    /// How many lists of each marker style the top level has begun; ``Open/listRuns`` counts a
    /// section's.
    private var topListRuns = ListRuns()
    private var seenPaths: Set<PathBytes> = []

    /// How many lists of each marker style a parent has begun (a list begins at 一是, (一), 1.): a
    /// section often has two runs of 一是, 二是 (what was done; then why), and each needs its own
    /// path. Kept with the parent while it is open, the only time it gains children: looking each
    /// section up in a dictionary keyed by parent and style cost a tenth of the outline.
    private struct ListRuns {
        /// The styles with more than one run, few and usually none.
        private var counts: [(style: Style, count: Int)] = []

        subscript(style: Style) -> Int? {
            counts.first { $0.style == style }?.count
        }

        mutating func addRun(of style: Style) {
            if let index = counts.firstIndex(where: { $0.style == style }) {
                counts[index].count += 1
            } else {
                counts.append((style, 2))
            }
        }
    }

    /// A path hashed and compared as UTF-8 bytes. Paths are made of markers (numerals, digits,
    /// brackets, 第, 是) that have one spelling each, so bytes compare as the strings do; String's
    /// own hashing normalises non-ASCII text first, which cost a tenth of the extraction.
    private struct PathBytes: Hashable {
        var path: String

        static func == (left: PathBytes, right: PathBytes) -> Bool {
            var (left, right) = (left.path, right.path)
            return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.elementsEqual($0) } }
        }

        func hash(into hasher: inout Hasher) {
            var path = path
            path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private struct Open {
        var style: Style
        var index: Int
        var listRuns = ListRuns()
    }

    private struct Marker {
        var style: Style
        var path: String
        /// One past the marker; the title starts here.
        var end: Int
    }

    private static let pointLeaders: Set<Unicode.Scalar> = ["。", "；", ";", "：", ":", "，", ",", "！", "!", "？", "?", "\n"]
    private static let indentation: Set<Unicode.Scalar> = [" ", "　", "\t"]

    init(_ text: ScalarText, lines: TextLines) {
        var open: [Open] = []
        let bodyEnd = lines.bodyEnd
        let firstHeading = Self.firstMarker(text, lines: lines)
        let preambleEnd = firstHeading ?? bodyEnd
        if preambleEnd > 0, text.scalars[0..<preambleEnd].contains(where: { !$0.properties.isWhitespace }) {
            sections.append(Section(path: Section.preamblePath, title: "", level: 0, start: 0, end: preambleEnd))
            parents.append(nil)
        }
        for (lineIndex, line) in lines.ranges.enumerated() {
            guard line.lowerBound < bodyEnd else { break }
            guard !lines.isFurniture[lineIndex], lines.tableRows[lineIndex] == nil else { continue }
            var start = line.lowerBound
            while start < line.upperBound, Self.indentation.contains(text.scalars[start]) { start += 1 }
            if let marker = Self.lineMarker(text, at: start, line: line) {
                add(marker, at: start, line: line, open: &open, text: text)
            }
            // Each 是 is found with firstIndex (a tight loop), not by testing every scalar in turn.
            var searchFrom = start + 1
            while searchFrom < line.upperBound, let shi = text.scalars.firstIndex(of: "是", in: searchFrom..<line.upperBound) {
                let index = shi - 1
                if index == start || Self.pointLeaders.contains(text.scalars[index - 1]),
                    let path = Self.pointPath(text, at: index)
                {
                    add(Marker(style: .point, path: path, end: index + 2), at: index, line: line, open: &open, text: text)
                }
                searchFrom = shi + 1
            }
            while let last = open.last, last.style == .point || last.style == .ordinalWord {
                sections[last.index].end = line.upperBound
                open.removeLast()
            }
        }
        for item in open { sections[item.index].end = bodyEnd }
    }

    private mutating func add(_ marker: Marker, at start: Int, line: Range<Int>, open: inout [Open], text: ScalarText) {
        if let depth = open.lastIndex(where: { $0.style == marker.style }) {
            for item in open[depth...] { sections[item.index].end = start }
            open.removeSubrange(depth...)
        }
        let plainPath = open.last.map { sections[$0.index].path + "/" + marker.path } ?? marker.path
        // Only paths that end in a list's first marker are ever looked up, so only they are kept.
        if Self.beginsList(marker.path), !seenPaths.insert(PathBytes(path: plainPath)).inserted {
            if open.isEmpty {
                topListRuns.addRun(of: marker.style)
            } else {
                open[open.count - 1].listRuns.addRun(of: marker.style)
            }
        }
        // The second run of 一是, 二是 under one heading is 一是#2, 二是#2.
        let runs = open.isEmpty ? topListRuns[marker.style] : open[open.count - 1].listRuns[marker.style]
        let path = runs.map { plainPath + "#" + String($0) } ?? plainPath
        let title = Self.title(text, from: marker.end, line: line, stopAtSemicolon: marker.style == .point)
        sections.append(Section(path: path, title: title, level: open.count + 1, start: start, end: line.upperBound))
        parents.append(open.last?.index)
        open.append(Open(style: marker.style, index: sections.count - 1))
    }

    /// What joins the titles from the top down to a section into its heading.
    static let headingSeparator = " › "

    /// Whether a marker is the first of its list: 一是, (一), 1, 第一.
    private static func beginsList(_ marker: String) -> Bool {
        var numeral = marker.unicodeScalars.lazy.filter { $0 != "(" && $0 != ")" && $0 != "第" }.makeIterator()
        guard let first = numeral.next(), first == "一" || first == "1" else { return false }
        guard let second = numeral.next() else { return true }
        return second.arabicDigit == nil && second != "十"
    }

    private static func firstMarker(_ text: ScalarText, lines: TextLines) -> Int? {
        for line in lines.ranges where line.lowerBound < lines.bodyEnd {
            var start = line.lowerBound
            while start < line.upperBound, indentation.contains(text.scalars[start]) { start += 1 }
            if lineMarker(text, at: start, line: line) != nil { return start }
        }
        return nil
    }

    /// Whether a line opens with an outline marker (after its indentation).
    static func beginsWithMarker(_ text: ScalarText, line: Range<Int>) -> Bool {
        var start = line.lowerBound
        while start < line.upperBound, indentation.contains(text.scalars[start]) { start += 1 }
        return lineMarker(text, at: start, line: line) != nil
    }

    /// 一、 (一) （一） 1. 1、 (1) （1） 第一， at the start of a line.
    private static func lineMarker(_ text: ScalarText, at start: Int, line: Range<Int>) -> Marker? {
        guard let first = text[start], start < line.upperBound else { return nil }
        if first == "(" || first == "（" {
            let (numeral, end) = numeralRun(text, from: start + 1)
            guard !numeral.isEmpty, text[end] == ")" || text[end] == "）" else { return nil }
            let isArabic = numeral.unicodeScalars.first?.arabicDigit != nil
            return Marker(style: isArabic ? .parenthesisedNumber : .parenthesised, path: "(\(numeral))", end: end + 1)
        }
        if first == "第" {
            let (numeral, end) = numeralRun(text, from: start + 1)
            guard !numeral.isEmpty, numeral.unicodeScalars.first?.arabicDigit == nil,
                text[end] == "，" || text[end] == "," || text[end] == "、"
            else { return nil }
            return Marker(style: .ordinalWord, path: "第" + numeral, end: end + 1)
        }
        let (numeral, end) = numeralRun(text, from: start)
        guard !numeral.isEmpty, let after = text[end] else { return nil }
        let isArabic = numeral.unicodeScalars.first?.arabicDigit != nil
        if isArabic {
            guard after == "." || after == "．" || after == "、", let next = text[end + 1], next.arabicDigit == nil,
                next != "\n"
            else { return nil }
            return Marker(style: .numbered, path: numeral, end: end + 1)
        }
        guard after == "、" else { return nil }
        return Marker(style: .part, path: numeral, end: end + 1)
    }

    /// A short run of Chinese numerals (一 … 十九) or of ASCII digits.
    private static func numeralRun(_ text: ScalarText, from start: Int) -> (String, Int) {
        var index = start
        let arabic = text[start]?.arabicDigit != nil
        while let scalar = text[index], index - start < 3,
            arabic ? scalar.arabicDigit != nil : (ChineseNumeral.digit(scalar) != nil || scalar == "十")
        {
            index += 1
        }
        return (text.string(start..<index), index)
    }

    /// 一是, 二是, 十是: the point's path, or nil when 是 follows something else.
    private static func pointPath(_ text: ScalarText, at index: Int) -> String? {
        guard let scalar = text[index], ChineseNumeral.digit(scalar) != nil || scalar == "十", scalar != "零", scalar != "两"
        else { return nil }
        return commonPointPath(scalar) ?? text.string(index..<(index + 2))
    }

    /// The paths of points numbered the usual way, as constants: copying two scalars out of the
    /// text for each point cost a twelfth of the outline.
    private static func commonPointPath(_ numeral: Unicode.Scalar) -> String? {
        switch numeral {
        case "一": "一是"
        case "二": "二是"
        case "三": "三是"
        case "四": "四是"
        case "五": "五是"
        case "六": "六是"
        case "七": "七是"
        case "八": "八是"
        case "九": "九是"
        case "十": "十是"
        default: nil
        }
    }

    /// A heading longer than this is a paragraph that happens to start with a marker.
    private static let maximumTitleLength = 200

    /// The heading text after a marker: up to the first 。 (or ；/; for a point) or the line's end.
    private static func title(_ text: ScalarText, from start: Int, line: Range<Int>, stopAtSemicolon: Bool) -> String {
        // Found over the units (。 ！ ？ ； ;) in a loop of its own.
        let limit = max(start, min(line.upperBound, start + maximumTitleLength))
        let end = text.scalars.firstIndex(in: start..<limit) { unit in
            unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F || (stopAtSemicolon && (unit == 0xFF1B || unit == 0x3B))
        }
        var title = text.trimmedRange(start..<end)
        while let last = title.last.map({ text.scalars[$0] }), last == "：" || last == ":" || last == "，" || last == "," {
            title = title.lowerBound..<(title.upperBound - 1)
        }
        return text.string(title)
    }
}
