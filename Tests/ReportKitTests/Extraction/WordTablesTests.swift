import Testing

@testable import ReportExtraction

/// The word tables are built at every start without the standard library's conversions and sort:
/// they must come out as those would have made them.
struct WordTablesTests {
    static let words = [
        "分别为", "为", "达到", "", "%", "个百分点", "保持在", "的", "a", "∑", "共计", "𠀀字", "为", "全县", "(",
    ]

    @Test func eachWordsScalarsAreItsOwn() {
        #expect(Self.words.scalarArrays == Self.words.map { Array($0.unicodeScalars) })
        #expect(Self.words.map(\.scalarCount) == Self.words.map { $0.unicodeScalars.count })
    }

    @Test func wordsAreLongestFirstAndInTheirOrderWithinALength() {
        let expected = Self.words.map { Array($0.unicodeScalars) }.enumerated()
            .sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
        #expect(Self.words.scalarWords == expected)
    }

    @Test(arguments: [0, 1, 2, 20, 21, 200])
    func keysSortAsTheStandardLibrarySortsThem(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let keys = (0..<count).map { _ in UInt64.random(in: 0...1000, using: &generator) }
        #expect(keys.sortedKeys == keys.sorted())
    }
}
