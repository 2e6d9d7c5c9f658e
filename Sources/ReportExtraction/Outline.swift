import ReportModel

/// The report's outline: 一、 parts, (一) sections, 1. and (1) items and 一是/二是 points, nested as
/// the text nests them. A marker style already open closes back to its level (a sibling); a new
/// style opens one level deeper. 一是 points close at the end of their paragraph. Sections are kept
/// as places, each title where it stands in the text and each path in ``paths``: a String of each
/// for every section cost a quarter of the outline, and `extract --format jsonl` writes neither.
/// They are the report's ``CompactOutline`` entries, built here and kept by it as they are.
struct Outline {
    var sections: [CompactOutline.Entry] = []
    /// The UTF-8 of every section's path, one after another.
    var paths: [UInt8] = []
    /// The index of each section's parent, parallel to `sections` (see ``parent(of:)``): in 32
    /// bits, -1 for none, where an optional `Int` took 16 bytes a section.
    private var parentIndices: [Int32] = []

    enum Style: Hashable {
        case part, parenthesised, numbered, parenthesisedNumber, ordinalWord, point
    }

    /// How many lists of each marker style the top level has begun; ``Open/listRuns`` counts a
    /// section's.
    private var topListRuns = ListRuns()
    private var seenPaths = SeenPaths()

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

    /// The paths seen so far, as ranges of ``paths``, found by a hash of their bytes. Paths are
    /// made of markers (numerals, digits, brackets, 第, 是) that have one spelling each, so bytes
    /// compare as the strings do; a String made of each path to keep it in a Set cost as much as
    /// the rest of adding a section.
    private struct SeenPaths {
        /// The first path seen with each hash, its start in the high 32 bits and its length in the
        /// low: a Range took twice the memory.
        private var byHash: [UInt64: UInt64] = [:]
        /// Paths whose hash an earlier, different path has (none but by chance).
        private var collided: [Range<Int>] = []

        /// Notes `path`; false when it was seen already.
        mutating func insert(_ path: Range<Int>, in paths: [UInt8]) -> Bool {
            let hash = paths[path].reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
            guard let packed = byHash[hash] else {
                byHash[hash] = UInt64(UInt32(path.lowerBound)) << 32 | UInt64(UInt32(path.count))
                return true
            }
            let first = Int(packed >> 32)..<(Int(packed >> 32) + Int(packed & 0xFFFF_FFFF))
            if paths[first].elementsEqual(paths[path]) { return false }
            if collided.contains(where: { paths[$0].elementsEqual(paths[path]) }) { return false }
            collided.append(path)
            return true
        }
    }

    private struct Open {
        var style: Style
        var index: Int
        var listRuns = ListRuns()
    }

    private struct Marker {
        var style: Style
        /// The marker's numeral (`一`, `12`), or for a point its numeral and 是.
        var numeral: Range<Int>
        /// One past the marker; the title starts here.
        var end: Int
    }

    /// What may stand before 一是 (the end of a clause or a line): a switch, where a Set hashed
    /// every scalar it was asked about.
    private static func leadsPoint(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", ";", "：", ":", "，", ",", "！", "!", "？", "?", "\n": true
        default: false
        }
    }

    private static func isIndentation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "　" || scalar == "\t"
    }

    init(_ text: ScalarText, lines: TextLines) {
        var open: [Open] = []
        let bodyEnd = lines.bodyEnd
        let firstHeading = Self.firstMarker(text, lines: lines)
        let preambleEnd = firstHeading ?? bodyEnd
        if preambleEnd > 0, text.scalars[0..<preambleEnd].contains(where: { !$0.properties.isWhitespace }) {
            paths.append(contentsOf: Section.preamblePath.utf8)
            sections.append(CompactOutline.Entry(title: 0..<0, path: 0..<paths.count, level: 0, start: 0, end: preambleEnd))
            parentIndices.append(-1)
        }
        for (lineIndex, line) in lines.ranges.enumerated() {
            guard line.lowerBound < bodyEnd else { break }
            guard !lines.isFurniture[lineIndex], lines.tableRows[lineIndex] == nil else { continue }
            var start = line.lowerBound
            while start < line.upperBound, Self.isIndentation(text.scalars[start]) { start += 1 }
            if let marker = Self.lineMarker(text, at: start, line: line) {
                add(marker, at: start, line: line, open: &open, text: text)
            }
            // Each 是 is found with firstIndex (a tight loop), not by testing every scalar in turn.
            var searchFrom = start + 1
            while searchFrom < line.upperBound, let shi = text.scalars.firstIndex(of: "是", in: searchFrom..<line.upperBound) {
                let index = shi - 1
                if index == start || Self.leadsPoint(text.scalars[index - 1]), Self.isPoint(text, at: index) {
                    let marker = Marker(style: .point, numeral: index..<(index + 2), end: index + 2)
                    add(marker, at: index, line: line, open: &open, text: text)
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
            // One at a time: removing the range went through a general replacement of it.
            while open.count > depth { open.removeLast() }
        }
        let pathStart = paths.count
        if let parent = open.last {
            copyToEnd(sections[parent.index].pathBytes)
            paths.append(UInt8(ascii: "/"))
        }
        appendPath(of: marker, text: text)
        // Only paths that end in a list's first marker are ever looked up, so only they are kept.
        if Self.beginsList(text, marker.numeral),
            !seenPaths.insert(pathStart..<paths.count, in: paths)
        {
            if open.isEmpty {
                topListRuns.addRun(of: marker.style)
            } else {
                open[open.count - 1].listRuns.addRun(of: marker.style)
            }
        }
        // The second run of 一是, 二是 under one heading is 一是#2, 二是#2.
        let runs = open.isEmpty ? topListRuns[marker.style] : open[open.count - 1].listRuns[marker.style]
        if let runs { paths.append(contentsOf: "#\(runs)".utf8) }
        let title = Self.title(text, from: marker.end, line: line, stopAtSemicolon: marker.style == .point)
        sections.append(
            CompactOutline.Entry(
                title: text.utf8Range(title), path: pathStart..<paths.count, level: open.count + 1, start: start,
                end: line.upperBound))
        parentIndices.append(open.last.map { Int32($0.index) } ?? -1)
        open.append(Open(style: marker.style, index: sections.count - 1))
    }

    /// Appends a copy of `range` of the pool to it: a slice of the pool appended to it would hold
    /// the pool's storage and copy it whole; byte by byte, each append checked the storage again.
    private mutating func copyToEnd(_ range: Range<Int>) {
        let end = paths.count
        paths.append(contentsOf: repeatElement(0, count: range.count))
        paths.withUnsafeMutableBufferPointer { pool in
            guard let base = pool.baseAddress else { return }
            (base + end).update(from: base + range.lowerBound, count: range.count)
        }
    }

    /// A marker's part of a path: `(一)`, `第一`, `1`, `一是` as the text writes the numeral. The
    /// numeral's few scalars are encoded again, not found in the text's UTF-8 by their offset.
    private mutating func appendPath(of marker: Marker, text: ScalarText) {
        switch marker.style {
        case .parenthesised, .parenthesisedNumber:
            paths.append(UInt8(ascii: "("))
            appendUTF8(of: marker.numeral, text: text)
            paths.append(UInt8(ascii: ")"))
        case .ordinalWord:
            paths.append(contentsOf: [0xE7, 0xAC, 0xAC])  // 第
            appendUTF8(of: marker.numeral, text: text)
        case .part, .numbered, .point:
            appendUTF8(of: marker.numeral, text: text)
        }
    }

    private mutating func appendUTF8(of range: Range<Int>, text: ScalarText) {
        for index in range {
            UTF8.encode(text.scalars[index]) { paths.append($0) }
        }
    }

    /// The index of section `index`'s parent, nil for a section at the top.
    func parent(of index: Int) -> Int? {
        let parent = parentIndices[index]
        return parent < 0 ? nil : Int(parent)
    }

    /// The path of section `index`.
    func path(of index: Int) -> String {
        String(decoding: paths[sections[index].pathBytes], as: UTF8.self)
    }

    /// The title of section `index`.
    func title(of index: Int, text: ScalarText) -> String {
        text.string(utf8: sections[index].titleBytes)
    }

    /// The sections as ``Section`` values, strings and all.
    func materialised(_ text: ScalarText) -> [Section] {
        sections.indices.map {
            Section(
                path: path(of: $0), title: title(of: $0, text: text), level: sections[$0].level,
                start: sections[$0].start, end: sections[$0].end)
        }
    }

    /// What joins the titles from the top down to a section into its heading.
    static let headingSeparator = " › "

    /// Whether a marker's numeral is the first of its list: 一是, (一), 1, 第一.
    private static func beginsList(_ text: ScalarText, _ numeral: Range<Int>) -> Bool {
        guard let first = text[numeral.lowerBound], first == "一" || first == "1" else { return false }
        guard numeral.count > 1, let second = text[numeral.lowerBound + 1] else { return true }
        return second.arabicDigit == nil && second != "十"
    }

    private static func firstMarker(_ text: ScalarText, lines: TextLines) -> Int? {
        for line in lines.ranges where line.lowerBound < lines.bodyEnd {
            var start = line.lowerBound
            while start < line.upperBound, isIndentation(text.scalars[start]) { start += 1 }
            if lineMarker(text, at: start, line: line) != nil { return start }
        }
        return nil
    }

    /// Whether a line opens with an outline marker (after its indentation).
    static func beginsWithMarker(_ text: ScalarText, line: Range<Int>) -> Bool {
        var start = line.lowerBound
        while start < line.upperBound, isIndentation(text.scalars[start]) { start += 1 }
        return lineMarker(text, at: start, line: line) != nil
    }

    /// 一、 (一) （一） 1. 1、 (1) （1） 第一， at the start of a line.
    private static func lineMarker(_ text: ScalarText, at start: Int, line: Range<Int>) -> Marker? {
        guard let first = text[start], start < line.upperBound else { return nil }
        if first == "(" || first == "（" {
            let numeral = numeralRun(text, from: start + 1)
            let end = numeral.upperBound
            guard !numeral.isEmpty, text[end] == ")" || text[end] == "）" else { return nil }
            let isArabic = text[numeral.lowerBound]?.arabicDigit != nil
            return Marker(style: isArabic ? .parenthesisedNumber : .parenthesised, numeral: numeral, end: end + 1)
        }
        if first == "第" {
            let numeral = numeralRun(text, from: start + 1)
            let end = numeral.upperBound
            guard !numeral.isEmpty, text[numeral.lowerBound]?.arabicDigit == nil,
                text[end] == "，" || text[end] == "," || text[end] == "、"
            else { return nil }
            return Marker(style: .ordinalWord, numeral: numeral, end: end + 1)
        }
        let numeral = numeralRun(text, from: start)
        let end = numeral.upperBound
        guard !numeral.isEmpty, let after = text[end] else { return nil }
        let isArabic = text[numeral.lowerBound]?.arabicDigit != nil
        if isArabic {
            guard after == "." || after == "．" || after == "、", let next = text[end + 1], next.arabicDigit == nil,
                next != "\n"
            else { return nil }
            return Marker(style: .numbered, numeral: numeral, end: end + 1)
        }
        guard after == "、" else { return nil }
        return Marker(style: .part, numeral: numeral, end: end + 1)
    }

    /// A short run of Chinese numerals (一 … 十九) or of ASCII digits.
    private static func numeralRun(_ text: ScalarText, from start: Int) -> Range<Int> {
        var index = start
        let arabic = text[start]?.arabicDigit != nil
        while let scalar = text[index], index - start < 3,
            arabic ? scalar.arabicDigit != nil : (ChineseNumeral.digit(scalar) != nil || scalar == "十")
        {
            index += 1
        }
        return start..<index
    }

    /// Whether 是 at `index + 1` makes a point (一是, 二是, 十是), not a word that ends in 是.
    private static func isPoint(_ text: ScalarText, at index: Int) -> Bool {
        guard let scalar = text[index] else { return false }
        return (ChineseNumeral.digit(scalar) != nil || scalar == "十") && scalar != "零" && scalar != "两"
    }

    /// A heading longer than this is a paragraph that happens to start with a marker.
    private static let maximumTitleLength = 200

    /// The heading text after a marker: up to the first 。 (or ；/; for a point) or the line's end.
    private static func title(_ text: ScalarText, from start: Int, line: Range<Int>, stopAtSemicolon: Bool) -> Range<Int> {
        // Found over the units (。 ！ ？ ； ;) in a loop of its own.
        let limit = max(start, min(line.upperBound, start + maximumTitleLength))
        let end = text.scalars.firstIndex(in: start..<limit) { unit in
            unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F || (stopAtSemicolon && (unit == 0xFF1B || unit == 0x3B))
        }
        var title = text.trimmedRange(start..<end)
        while let last = title.last.map({ text.scalars[$0] }), last == "：" || last == ":" || last == "，" || last == "," {
            title = title.lowerBound..<(title.upperBound - 1)
        }
        return title
    }
}
