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
    }

    static let measureWords: [String] = [
        "件", "项", "个", "人", "名", "本", "台", "处", "所", "家", "次", "级", "条", "场", "份", "批",
        "户", "辆", "套", "宗", "起", "篇", "册", "期", "部", "支", "座", "间", "位", "张", "枚", "栋",
        "组", "类", "种", "轮", "天", "例", "卷", "门", "堂", "节", "课时", "学时", "小时", "分钟", "个月",
        "人次", "户次", "家次", "批次", "件次", "车次", "场次", "期次", "项次", "条次", "次数",
        "公里", "千米", "平方米", "平方公里", "亩", "公顷", "吨", "立方米", "千瓦",
        "个工作日",
    ]

    /// Scalars after which a measure word is really the start of another word (3部门, 场所, 人民).
    static let wordContinuations: [String: Set<Unicode.Scalar>] = [
        "部": ["门", "署", "分"], "场": ["所", "景"], "人": ["民", "员"], "条": ["例", "件"],
        "起": ["草", "诉", "点"], "处": ["罚", "理", "置"], "期": ["间", "限"], "本": ["级", "地", "市", "单"],
        "所": ["属", "在", "有"], "家": ["庭"], "天": ["然"], "门": ["户", "槛"], "级": ["别"],
        "名": ["单", "称"], "次": ["数"], "类": ["型", "别", "似"], "种": ["类"], "个": ["体", "别"],
        "组": ["织", "建"], "批": ["准", "复"], "节": ["约", "能"], "张": ["贴"], "支": ["持", "出", "付"],
        "户": ["籍"], "份": ["额"], "项": ["目"], "位": ["于"], "例": ["如"],
    ]

    static let moneyWords: [(String, Int128)] = [
        ("元", 1), ("万元", 10_000), ("亿元", 100_000_000), ("千元", 1000), ("百万元", 1_000_000),
        ("千万元", 10_000_000), ("万亿元", 1_000_000_000_000),
    ]

    /// Every unit in the order of the lists above (a later word of the same spelling wins).
    private static func allUnits() -> [Unit] {
        var units: [Unit] = []
        for word in measureWords {
            units.append(Unit(word: word, kind: .count, unit: word, multiplier: 1, length: word.unicodeScalars.count))
        }
        for (word, multiplier) in moneyWords {
            units.append(Unit(word: word, kind: .amount, unit: "元", multiplier: multiplier,
                              length: word.unicodeScalars.count))
        }
        for word in ["%", "％"] { units.append(Unit(word: word, kind: .percent, unit: "%", multiplier: 1, length: 1)) }
        for word in ["个百分点", "百分点"] {
            units.append(Unit(word: word, kind: .points, unit: "个百分点", multiplier: 1, length: word.unicodeScalars.count))
        }
        units.append(Unit(word: "成", kind: .tenths, unit: "成", multiplier: 1, length: 1))
        units.append(Unit(word: "倍", kind: .multiple, unit: "倍", multiplier: 1, length: 1))
        return units
    }

    /// By name, for table headers and captions only: String keys hash through Unicode
    /// normalisation, so the scanner's tables below are built without it (start-up).
    private static let table: [String: Unit] = Dictionary(allUnits().map { ($0.word, $0) }) { _, later in later }

    /// Up to four scalars packed into a key, so that a lookup allocates nothing.
    private struct Key: Hashable {
        var scalars: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var count = 0

        mutating func append(_ scalar: Unicode.Scalar) {
            switch count {
            case 0: scalars.0 = scalar.value
            case 1: scalars.1 = scalar.value
            case 2: scalars.2 = scalar.value
            default: scalars.3 = scalar.value
            }
            count += 1
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.count == rhs.count && lhs.scalars == rhs.scalars
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(scalars.0)
            hasher.combine(scalars.1)
            hasher.combine(scalars.2)
            hasher.combine(scalars.3)
            hasher.combine(count)
        }
    }

    private static let longest = 4

    private static let byKey: [Key: Unit] = {
        var byKey: [Key: Unit] = [:]
        for unit in allUnits() where unit.length <= longest {
            var key = Key()
            for scalar in unit.word.unicodeScalars { key.append(scalar) }
            byKey[key] = unit
        }
        return byKey
    }()

    private static let firstScalars = Set(allUnits().compactMap { $0.word.unicodeScalars.first })

    /// Scalars after 成 that make it a verb or noun (成立, 成员, 成效), not tenths.
    private static let notTenths: Set<Unicode.Scalar> = [
        "立", "员", "为", "果", "效", "功", "本", "绩", "熟", "交", "年", "品", "都", "长", "就", "型", "熟",
    ]

    /// The unit written at `index`, if any.
    static func unit(in text: ScalarText, at index: Int) -> Unit? {
        guard let first = text[index], firstScalars.contains(first) else { return nil }
        var keys: [Key] = []
        var key = Key()
        for offset in 0..<min(longest, text.count - index) {
            key.append(text.scalars[index + offset])
            keys.append(key)
        }
        var length = keys.count
        while length > 0 {
            if let unit = byKey[keys[length - 1]] {
                let next = text[index + length]
                if unit.kind == .tenths, let next, notTenths.contains(next) { return nil }
                if unit.kind == .count, let next, wordContinuations[unit.word]?.contains(next) == true {
                    length -= 1
                    continue
                }
                return unit
            }
            length -= 1
        }
        return nil
    }

    /// A unit named in a table header or caption: `件`, `%`, `万元`, `亿元`.
    static func unit(named word: String) -> Unit? {
        table[word.trimmingSpaces]
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
