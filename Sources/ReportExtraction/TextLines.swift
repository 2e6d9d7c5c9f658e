/// The lines of a report, each marked as page furniture, a table row, or prose.
struct TextLines {
    var ranges: [Range<Int>] = []
    var isFurniture: [Bool] = []
    var tableRows: [Int: TableRow] = [:]
    /// Where the report proper ends: trailing furniture and blank lines are not part of it.
    var bodyEnd = 0

    init(_ text: ScalarText) {
        self.init(text, ranges: Self.ranges(in: text))
    }

    /// `ranges`: the text's lines as ``ranges(in:)`` finds them, when they are known already (the
    /// extractor finds them once for ``PrintedLayout`` and for this).
    init(_ text: ScalarText, ranges: [Range<Int>]) {
        self.ranges = ranges
        isFurniture = ranges.map { PageFurniture.isFurniture(text, line: $0) }
        bodyEnd = 0
        for (index, range) in ranges.enumerated().reversed() {
            let blank = range.allSatisfy { text.scalars[$0].properties.isWhitespace }
            if !blank && !isFurniture[index] { bodyEnd = range.upperBound; break }
        }
        tableRows = TableRow.rows(in: text, lines: ranges, furniture: isFurniture)
        tableRows.merge(CellPerLineTable.rows(in: text, lines: ranges, furniture: isFurniture, taken: tableRows)) { row, _ in row
        }
    }

    /// The range of each line, without its newline.
    static func ranges(in text: ScalarText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while let newline = text.scalars.firstIndex(of: "\n", in: start..<text.count) {
            ranges.append(start..<newline)
            start = newline + 1
        }
        if start < text.count { ranges.append(start..<text.count) }
        return ranges
    }

    /// The index of the line containing `offset` (lines are sorted; binary search).
    func line(containing offset: Int) -> Int? {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if offset < range.lowerBound {
                high = middle - 1
            } else if offset > range.upperBound {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}
