extension Array where Element == String {
    /// Each string's scalars, for the word tables made at every start: decoded from each word's
    /// UTF-8 one after another into one array, made as long as all their bytes (no word has more
    /// scalars), then copied out word by word. Going through `word.unicodeScalars` took four times
    /// the instructions, and `Array(word.unicodeScalars)` counts each word's scalars before
    /// copying them and checks every index on the way.
    var scalarArrays: [[Unicode.Scalar]] {
        var byteCount = 0
        for word in self { byteCount += word.utf8.count }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(byteCount)
        var ends: [Int] = []
        ends.reserveCapacity(count)
        for var word in self {
            word.withUTF8 { utf8 in
                var index = 0
                while index < utf8.count { scalars.append(ScalarText.scalar(in: utf8, at: &index)) }
            }
            ends.append(scalars.count)
        }
        var arrays: [[Unicode.Scalar]] = []
        arrays.reserveCapacity(count)
        var start = 0
        for end in ends {
            arrays.append([Unicode.Scalar](scalars[start..<end]))
            start = end
        }
        return arrays
    }
}

extension String {
    /// How many scalars the string has: every byte of its UTF-8 but a continuation byte
    /// (10xxxxxx) starts one.
    var scalarCount: Int {
        var string = self
        return string.withUTF8 { utf8 in
            var count = 0
            for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}

extension Array where Element == UInt64 {
    /// The keys of a word table in ascending order, each inserted where a binary search puts it:
    /// tables hold at most a few hundred words. The standard library's sort, for more than 20
    /// elements, keeps its runs in an array of ranges whose type the runtime looks up by name the
    /// first time, checking that `Int` is `Comparable` against every conformance in the binary:
    /// 0.17 M instructions at every start, several times the sorting.
    var sortedKeys: [UInt64] {
        var sorted: [UInt64] = []
        sorted.reserveCapacity(count)
        for key in self {
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < key { low = middle + 1 } else { high = middle }
            }
            sorted.insert(key, at: low)
        }
        return sorted
    }
}
