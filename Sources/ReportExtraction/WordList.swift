/// Words looked for at a position of the text (qualifiers, connectives, set phrases): the longest
/// written there wins. They are kept in two tries, one read forwards from a position and one
/// backwards from where a word would end, so that a match walks the text's scalars once: trying
/// each word that begins with the scalar in turn cost a few hundred instructions where a dozen set
/// phrases begin with one numeral (两个…, 三个…).
struct WordList {
    private let forwards: Trie
    private let backwards: Trie

    init(_ words: [String]) {
        let words = words.scalarArrays
        forwards = Trie(words)
        backwards = Trie(words.map { Array($0.reversed()) })
    }

    /// The length in scalars of the longest of the words written at `index`. The first scalar is
    /// tested here, inlined into the caller's loop; the walk is the trie's.
    @inline(__always)
    func matchedLength(in text: ScalarText, at index: Int) -> Int? {
        text.scalars.withUnits { units in
            guard index >= 0, index < units.count, forwards.mayBegin(with: units[index]) else { return nil }
            return forwards.longestMatch(in: units, from: index, step: 1)
        }
    }

    /// The length in scalars of the longest of the words written ending just before `index`.
    @inline(__always)
    func matchedLength(in text: ScalarText, endingAt index: Int) -> Int? {
        text.scalars.withUnits { units in
            guard index >= 1, index <= units.count, backwards.mayBegin(with: units[index - 1]) else { return nil }
            return backwards.longestMatch(in: units, from: index - 1, step: -1)
        }
    }

    /// Words as a tree of their scalars, read as units of ``PackedScalars``: the words are all in
    /// the Basic Multilingual Plane, and the mark the text holds for a scalar beyond it is a
    /// surrogate, which no word's scalar is, so units compare as the scalars do.
    private struct Trie {
        /// The edges out of node `n` are `firstEdge[n]..<firstEdge[n + 1]` of `edges`; node 0 is
        /// the root.
        private let firstEdge: [Int32]
        /// Each edge as one integer, sorted by unit within a node: its unit in the high 32 bits,
        /// then the node it leads to, then a bit set when a word ends there.
        private let edges: [UInt64]
        /// One bit for each value of a unit's low 12 bits, set for the units that leave the root:
        /// most positions of a text are ruled out by this one test.
        private let firstBits: [UInt64]

        /// Built breadth first from the words in order of their units, so that the edges out of
        /// each node are made one after another and in order: no node keeps a list of its own,
        /// and nothing is sorted but the words (a few dozen, at every start).
        init(_ words: [[Unicode.Scalar]]) {
            let units = words.map { word in
                word.map { scalar in
                    precondition(scalar.value < 0x10000, "a listed word beyond the Basic Multilingual Plane")
                    return UInt16(truncatingIfNeeded: scalar.value)
                }
            }
            var sorted: [[UInt16]] = []
            sorted.reserveCapacity(units.count)
            for word in units {
                var place = sorted.count
                while place > 0, Self.precedes(word, sorted[place - 1]) { place -= 1 }
                sorted.insert(word, at: place)
            }
            // Each node to lay out: the words that begin with its path, and the path's length.
            var queue: [(words: Range<Int>, depth: Int)] = [(0..<sorted.count, 0)]
            var firstEdge: [Int32] = []
            var edges: [UInt64] = []
            var firstBits = [UInt64](repeating: 0, count: 64)
            var next = 0
            while next < queue.count {
                let (range, depth) = queue[next]
                firstEdge.append(Int32(edges.count))
                var index = range.lowerBound
                // Words that end at this node sort first within it.
                while index < range.upperBound, sorted[index].count == depth { index += 1 }
                while index < range.upperBound {
                    let unit = sorted[index][depth]
                    let from = index
                    while index < range.upperBound, sorted[index][depth] == unit { index += 1 }
                    let endsWord = sorted[from].count == depth + 1
                    edges.append(UInt64(unit) << 32 | UInt64(queue.count) << 1 | (endsWord ? 1 : 0))
                    queue.append((from..<index, depth + 1))
                    if next == 0 { firstBits[Int(unit & 0xFFF) / 64] |= 1 << UInt64(unit % 64) }
                }
                next += 1
            }
            firstEdge.append(Int32(edges.count))
            (self.firstEdge, self.edges, self.firstBits) = (firstEdge, edges, firstBits)
        }

        /// Whether `word` sorts before `other`: by their units, a word before any it begins.
        private static func precedes(_ word: [UInt16], _ other: [UInt16]) -> Bool {
            for (unit, otherUnit) in zip(word, other) where unit != otherUnit { return unit < otherUnit }
            return word.count < other.count
        }

        @inline(__always)
        func mayBegin(with unit: UInt16) -> Bool {
            firstBits.withUnsafeBufferPointer { $0[Int(unit & 0xFFF) / 64] >> UInt64(unit % 64) & 1 != 0 }
        }

        /// The length of the longest word read from `start` of `units` a unit at a time in the
        /// direction of `step` (1 or -1).
        func longestMatch(in units: UnsafeBufferPointer<UInt16>, from start: Int, step: Int) -> Int? {
            firstEdge.withUnsafeBufferPointer { firstEdge in
                edges.withUnsafeBufferPointer { edges in
                    var (node, position, length) = (0, start, 0)
                    var longest: Int?
                    while position >= 0, position < units.count {
                        let unit = UInt64(units[position])
                        var (low, high) = (Int(firstEdge[node]), Int(firstEdge[node + 1]))
                        let end = high
                        while low < high {
                            let middle = (low + high) / 2
                            if edges[middle] >> 32 < unit { low = middle + 1 } else { high = middle }
                        }
                        guard low < end, edges[low] >> 32 == unit else { break }
                        node = Int(truncatingIfNeeded: edges[low] & 0xFFFF_FFFF) >> 1
                        length += 1
                        position += step
                        if edges[low] & 1 != 0 { longest = length }
                    }
                    return longest
                }
            }
        }
    }
}
