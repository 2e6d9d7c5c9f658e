import ReportModel

/// The words that can follow a number and say what it counts: measure words, money, %, 个百分点,
/// 成, 倍. Matching is longest first, so 个百分点 wins over 个 and 人次 over 人.
struct UnitLexicon {
    struct Unit: Equatable {
        var word: String
        var kind: MeasureKind
        /// The unit the measure is stated in (`元` for every money word).
        var unit: String
        /// What one of `word` is in `unit` (万元 → 10000).
        var multiplier: Int128
        var length: Int
        /// Places the decimal point moves for the value to be in `unit`: ‰ is stated in % (3‰ → 0.3%).
        var decimalShift = 0
    }

    static let measureWords: [String] = [
        "件", "项", "个", "人", "名", "本", "台", "处", "所", "家", "次", "级", "条", "场", "份", "批",
        "户", "辆", "套", "宗", "起", "篇", "册", "期", "部", "支", "座", "间", "位", "张", "枚", "栋",
        "组", "类", "种", "轮", "天", "例", "卷", "门", "堂", "节", "课时", "学时", "小时", "分钟", "个月",
        "人次", "户次", "家次", "批次", "件次", "车次", "场次", "期次", "项次", "条次", "次数", "台次", "架次", "艘次",
        "公里", "千米", "平方米", "平方公里", "亩", "公顷", "吨", "立方米", "千瓦",
        "个工作日",
    ]

    /// Scalars after which a measure word is really the start of another word (3部门, 场所, 人民).
    /// Arrays, not Sets: a few scalars are looked through faster than one is hashed, and they are
    /// made with no hashing at start.
    static let wordContinuations: KeyValuePairs<String, [Unicode.Scalar]> = [
        "部": ["门", "署", "分"], "场": ["所", "景"], "人": ["民", "员"], "条": ["例", "件"],
        "起": ["草", "诉", "点"], "处": ["罚", "理", "置"], "期": ["间", "限"], "本": ["级", "地", "市", "单"],
        "所": ["属", "在", "有"], "家": ["庭"], "天": ["然"], "门": ["户", "槛"], "级": ["别"],
        "名": ["单", "称"], "次": ["数"], "类": ["型", "别", "似"], "种": ["类"], "个": ["体", "别"],
        "组": ["织", "建"], "批": ["准", "复"], "节": ["约", "能"], "张": ["贴"], "支": ["持", "出", "付"],
        "户": ["籍"], "份": ["额"], "项": ["目"], "位": ["于"], "例": ["如"],
    ]

    /// Money is stated in its currency: 元 for the yuan, the currency's name for any other (3000万美元
    /// is 30000000 美元, never 元), so that amounts of different currencies never add up.
    /// A currency as written and the unit it is stated in (港币 is 港元, 美金 美元).
    static let currencies: [(word: String, unit: String)] = [
        ("元", "元"), ("美元", "美元"), ("美金", "美元"), ("欧元", "欧元"), ("港元", "港元"), ("港币", "港元"),
        ("日元", "日元"), ("英镑", "英镑"), ("澳元", "澳元"), ("加元", "加元"), ("韩元", "韩元"), ("卢布", "卢布"),
    ]

    static let moneyScales: [(String, Int128)] = [
        ("", 1), ("万", 10_000), ("亿", 100_000_000), ("千", 1000), ("百万", 1_000_000),
        ("千万", 10_000_000), ("万亿", 1_000_000_000_000),
    ]

    /// Every unit in the order of the lists above (a later word of the same spelling wins).
    private static func allUnits() -> [Unit] {
        var units: [Unit] = []
        for word in measureWords {
            units.append(Unit(word: word, kind: .count, unit: word, multiplier: 1, length: word.scalarCount))
        }
        for currency in currencies {
            for (scale, multiplier) in moneyScales {
                let word = scale + currency.word
                units.append(
                    Unit(
                        word: word, kind: .amount, unit: currency.unit, multiplier: multiplier,
                        length: word.scalarCount))
            }
        }
        for word in ["%", "％"] { units.append(Unit(word: word, kind: .percent, unit: "%", multiplier: 1, length: 1)) }
        for word in ["个百分点", "百分点"] {
            units.append(Unit(word: word, kind: .points, unit: "个百分点", multiplier: 1, length: word.scalarCount))
        }
        units.append(Unit(word: "成", kind: .tenths, unit: "成", multiplier: 1, length: 1))
        units.append(Unit(word: "倍", kind: .multiple, unit: "倍", multiplier: 1, length: 1))
        return units
    }

    /// By name, for table headers and captions only: String keys hash through Unicode
    /// normalisation, so the scanner's tables below are built without it (start-up).
    private static let table: [String: Unit] = Dictionary(allUnits().map { ($0.word, $0) }) { _, later in later }

    /// A unit as the scanner looks for it: its scalars, and what may not follow a measure word.
    private struct Candidate {
        var scalars: [Unicode.Scalar]
        var unit: Unit
        var continuations: [Unicode.Scalar]
    }

    /// Sorted by first scalar, longest first within it, one per spelling (the later list wins):
    /// found by binary search. A hashed table cost 0.35 M instructions of a one-shot query's
    /// start-up to build (the runtime looks up a new Dictionary type's conformances) and a hash
    /// on every lookup. Built at every start, by sorting integers (``sortKeys(_:)``).
    private static let candidates: [Candidate] = {
        let units = allUnits()
        // Scalars, not Strings, are compared: String equality normalises CJK text first.
        let spellings = units.map(\.word).scalarArrays
        let order = sortKeys(spellings)
        // The measure words that have continuations, in the same order, gone through beside them.
        let continued = wordContinuations.map(\.key).scalarArrays
        let continuedOrder = sortKeys(continued)
        var nextContinued = 0
        var candidates: [Candidate] = []
        candidates.reserveCapacity(order.count)
        for (position, key) in order.enumerated() {
            let scalars = spellings[place(key)]
            // One per spelling, the later: a later one is in the rest of the group.
            let rest = order[(position + 1)...].prefix { group($0) == group(key) }
            if rest.contains(where: { spellings[place($0)] == scalars }) { continue }
            var candidate = Candidate(scalars: scalars, unit: units[place(key)], continuations: [])
            while nextContinued < continuedOrder.count, group(continuedOrder[nextContinued]) < group(key) {
                nextContinued += 1
            }
            // The first entry of a spelling wins: it comes first in the group.
            if candidate.unit.kind == .count,
                let entry = continuedOrder[nextContinued...].prefix(while: { group($0) == group(key) })
                    .first(where: { continued[place($0)] == scalars })
            {
                candidate.continuations = wordContinuations[place(entry)].value
            }
            candidates.append(candidate)
        }
        return candidates
    }()

    /// A key for each non-empty word, sorted: its first scalar, then its length counted down (the
    /// two are its group: words of one spelling are in one group), then its place in `words`.
    /// Sorting integers takes a few instructions a word; sorting the candidates with a closure
    /// over tuples, after removing each spelling's earlier units from the list, took 0.84 M
    /// instructions at every start, a tenth of a one-shot query.
    private static func sortKeys(_ words: [[Unicode.Scalar]]) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(words.count)
        for (index, word) in words.enumerated() where !word.isEmpty {
            keys.append(UInt64(word[0].value) << 40 | UInt64(0xFF - min(word.count, 0xFF)) << 32 | UInt64(index))
        }
        return keys.sortedKeys
    }

    private static func group(_ key: UInt64) -> UInt64 { key >> 32 }

    private static func place(_ key: UInt64) -> Int { Int(key & 0xFFFF_FFFF) }

    /// The first scalar of each candidate, in their order: searched as plain integers, where reading
    /// a candidate's first scalar copied the candidate.
    private static let firstScalars: [UInt32] = candidates.map { $0.scalars[0].value }

    /// One bit for each value of the low 12 bits of a scalar in the Basic Multilingual Plane, set
    /// for the candidates' first scalars (and the surrogate mark for any beyond it): after most
    /// numbers stands no unit, and this one test rules them out before any search.
    private static let firstBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for value in firstScalars {
            let unit = value < 0x10000 ? Int(value) : 0xD800
            bits[(unit & 0xFFF) / 64] |= 1 << UInt64(unit % 64)
        }
        return bits
    }()

    /// Whether a candidate may begin with the scalar that `text` holds at `index` (false past its end).
    private static func mayBegin(in text: ScalarText, at index: Int) -> Bool {
        guard index >= 0, index < text.count else { return false }
        let unit = Int(text.scalars.unit(at: index))
        return firstBits[(unit & 0xFFF) / 64] >> UInt64(unit % 64) & 1 != 0
    }

    /// The index of the first candidate whose first scalar is `scalar` or greater.
    private static func firstCandidate(startingWith scalar: Unicode.Scalar) -> Int {
        firstScalars.withUnsafeBufferPointer { firstScalars in
            var low = 0, high = firstScalars.count
            while low < high {
                let middle = (low + high) / 2
                if firstScalars[middle] < scalar.value { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// Scalars after 成 that make it a verb or noun (成立, 成员, 成效), not tenths.
    private static let notTenths: ScalarSet = [
        "立", "员", "为", "果", "效", "功", "本", "绩", "熟", "交", "年", "品", "都", "长", "就", "型", "熟",
    ]

    /// The unit written at `index`, if any: the longest written there that is not the start of
    /// another word (3部门 is not 3部).
    static func unit(in text: ScalarText, at index: Int) -> Unit? {
        guard mayBegin(in: text, at: index), let first = text[index] else { return nil }
        var position = firstCandidate(startingWith: first)
        // The candidate is read in place: a copy of it, and of its unit, cost a third of the lookup.
        while position < firstScalars.count, firstScalars[position] == first.value {
            defer { position += 1 }
            guard text.matches(candidates[position].scalars, at: index) else { continue }
            let next = text[index + candidates[position].scalars.count]
            if candidates[position].unit.kind == .tenths, let next, notTenths.contains(next) { return nil }
            if let next, candidates[position].continuations.contains(next) { continue }
            return candidates[position].unit
        }
        return nil
    }

    /// A unit named in a table header or caption: `件`, `%`, `万元`, `亿元`.
    static func unit(named word: String) -> Unit? {
        let name = word.trimmingSpaces
        // ‰ and ‱ headers (不合格率（‰）) are rates stated in %, as after a number.
        if name == "‰" || name == "‱" { return RateSigns.unit(in: ScalarText(name), at: 0) }
        return table[name]
    }
}

extension String {
    package var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
            let last = scalars.lastIndex(where: { !$0.isSpace })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
