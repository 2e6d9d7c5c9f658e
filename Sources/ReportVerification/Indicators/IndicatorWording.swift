import ReportModel

/// Which indicator a phrase names (a measure's subject, a table's row or column label), given the
/// topic its context names: the longest wording that the phrase ends with wins, and a phrase two
/// indicators name equally well names neither.
enum IndicatorWording {
    /// One way of writing an indicator: a wording as the catalogue has it, or the same without the
    /// topic's words (`审结` for `审结行政复议案件`), which only holds in a sentence about that topic.
    private struct Form {
        var text: String
        /// ``text``'s UTF-8 bytes, which a phrase is matched against.
        var bytes: [UInt8]
        var indicator: Indicator
        var namesTopic: Bool
        /// Read once here, for every phrase tries the forms that end as it does: ``indicator``'s
        /// kind, the text's length in scalars and whether it names a rate (ends in 率).
        var kind: MeasureKind
        var length: Int
        var namesRate: Bool

        init(text: String, indicator: Indicator, namesTopic: Bool) {
            self.text = text
            bytes = Array(text.utf8)
            self.indicator = indicator
            self.namesTopic = namesTopic
            kind = indicator.kind
            length = text.unicodeScalars.count
            namesRate = text.hasSuffix("率")
        }
    }

    private static let forms: [Form] = IndicatorCatalogue.all.flatMap { indicator in
        indicator.wordings.flatMap { wording -> [Form] in
            let bare = stripping(indicator.topic.words, from: wording)
            let namesTopic = bare != wording
            var forms = [Form(text: wording, indicator: indicator, namesTopic: namesTopic)]
            if namesTopic, !bare.isEmpty { forms.append(Form(text: bare, indicator: indicator, namesTopic: false)) }
            return forms
        }
    }

    /// The forms by their last scalar: a form matches only where its bytes end the phrase's, so a
    /// phrase can only end with the forms of its own. (Keyed by last character, each phrase's was
    /// found by grapheme breaking and hashed normalised, which cost more than the forms tried.)
    private static let formsByLast: [Unicode.Scalar: [Form]] = Dictionary(
        grouping: forms.filter { !$0.text.isEmpty }
    ) { $0.text.unicodeScalars.last ?? " " }

    /// Every topic's words, longest first.
    static let topicWords = IndicatorTopic.allCases.flatMap(\.words).sorted { $0.count > $1.count }

    /// Words that may stand before a short wording without changing what it counts (全年共受理).
    private static let fillers = [
        "全年", "全县", "全区", "全市", "全省", "县政府", "区政府", "市政府", "各级", "本级", "本年度", "本年", "年内", "其中",
        "共", "依法", "累计", "已",
    ]
    /// Short wordings (`审结`) must be the whole phrase but for fillers; longer ones may end it.
    private static let shortestSuffix = 3

    /// `topic` is asked for only when a wording without the topic's words fits, since finding the
    /// topic around a figure reads its sentence and headings.
    static func indicator(named phrase: String, topic: () -> IndicatorTopic?, kind: MeasureKind) -> Indicator? {
        let phrase = withoutBrackets(phrase)
        var best: [Indicator] = []
        var bestLength = 0
        guard let last = phrase.unicodeScalars.last else { return nil }
        var context: IndicatorTopic?? = nil
        let forms = formsByLast[last] ?? []
        // Each form's fields are read in place: copying every form tried cost more than matching.
        phrase.withUTF8Bytes { phrase in
            for index in forms.indices where forms[index].kind == kind {
                let matched = forms[index].bytes.withUnsafeBufferPointer {
                    matches(phrase, $0, length: forms[index].length, namesRate: forms[index].namesRate)
                }
                guard matched else { continue }
                let form = forms[index]
                if !form.namesTopic {
                    if context == nil { context = .some(topic()) }
                    guard context == .some(form.indicator.topic) else { continue }
                }
                let length = form.length
                if length > bestLength {
                    best = [form.indicator]
                    bestLength = length
                } else if length == bestLength, !best.contains(form.indicator) {
                    best.append(form.indicator)
                }
            }
        }
        return best.count == 1 ? best[0] : nil
    }

    /// Compared as UTF-8 bytes, read in place: a form ends the phrase when its bytes end the
    /// phrase's, and what is before it is then whole scalars. Most forms tried do not end the
    /// phrase, and making a string of each phrase and prefix cost more than comparing them.
    /// `length` is the form's in scalars.
    private static func matches(
        _ phrase: UnsafeBufferPointer<UInt8>, _ form: UnsafeBufferPointer<UInt8>, length: Int, namesRate: Bool
    ) -> Bool {
        guard form.count <= phrase.count else { return false }
        let prefixCount = phrase.count - form.count
        guard UnsafeBufferPointer(rebasing: phrase[prefixCount...]).hasSameBytes(as: form) else { return false }
        let prefix = UnsafeBufferPointer(rebasing: phrase[..<prefixCount])
        if isFiller(prefix) { return true }
        // A rate is named whole: 行政执法公示信息公开率, 按时办结率 and 调解成功率 are other rates than
        // 公开率, 办结率 and 成功率; only the topic may stand before it (行政诉讼一审败诉率).
        if namesRate {
            // A prefix that names no topic, and is no filler, is not one without the topic's words.
            guard lastTopic(in: prefix) != nil else { return false }
            return isFiller(stripping(topicWords, from: String(decoding: prefix, as: UTF8.self)))
        }
        // 不予受理, 未办结 and 非公开 count the opposite of what they end with.
        guard length >= shortestSuffix, prefixCount > 0 else { return false }
        let last = prefix[prefix.scalarStart(before: prefixCount)...]
        return !oppositeBytes.contains { $0.elementsEqual(last) }
    }

    /// The scalars that, just before a wording, make it count the opposite, as UTF-8 bytes.
    private static let oppositeBytes = "不未非无".unicodeScalars.map { Array(String($0).utf8) }

    private static func isFiller(_ text: String) -> Bool {
        text.withUTF8Bytes(isFiller)
    }

    private static func isFiller(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var rest = text[...]
        while !rest.isEmpty {
            guard let filler = fillerBytes.first(where: { rest.starts(with: $0) }) else { return false }
            rest = rest.dropFirst(filler.count)
        }
        return true
    }

    private static let fillerBytes = fillers.map { Array($0.utf8) }

    /// The topic a text mentions last (`…行政诉讼案件41件，审结` → 行政诉讼), nil when it names none:
    /// of the words ending last, the first listed. Words are matched on UTF-8 bytes, where they end
    /// in the same order as on scalars, in one pass from the end that stops at the first word: a
    /// pass a word, each over the whole text, cost more than the rest of the lookup.
    static func lastTopic(in text: String) -> IndicatorTopic? {
        text.withUTF8Bytes(lastTopic)
    }

    /// ``lastTopic(in:)`` of a text's UTF-8 bytes.
    static func lastTopic(in bytes: UnsafeBufferPointer<UInt8>) -> IndicatorTopic? {
        var end = bytes.count
        while end > 0 {
            if endsSomeWord[Int(bytes[end - 1])] {
                for (topic, word) in topicWordBytes
                where word.count <= end && bytes[(end - word.count)..<end].elementsEqual(word) {
                    return topic
                }
            }
            end -= 1
        }
        return nil
    }

    /// Each topic's words as UTF-8 bytes, in the order of the topics and their words.
    private static let topicWordBytes: [(IndicatorTopic, [UInt8])] = IndicatorTopic.allCases.flatMap { topic in
        topic.words.filter { !$0.isEmpty }.map { (topic, Array($0.utf8)) }
    }

    /// Whether some topic word ends with each byte: most bytes end none, and are passed at once.
    private static let endsSomeWord: [Bool] = (0...255).map { byte in
        topicWordBytes.contains { $0.1.last == UInt8(byte) }
    }

    /// The topics a phrase names itself: those of the words found in it, in one pass over its UTF-8
    /// bytes as ``lastTopic(in:)`` reads them (a search through the phrase a word cost more).
    static func topics(namedIn phrase: String) -> Set<IndicatorTopic> {
        phrase.withUTF8Bytes { bytes in
            var named: Set<IndicatorTopic> = []
            forEachTopicWord(in: bytes) { named.insert($0) }
            return named
        }
    }

    /// Calls `body` with the topic of each word that ends at each place in `bytes`.
    private static func forEachTopicWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (IndicatorTopic) -> Void) {
        for end in stride(from: bytes.count, to: 0, by: -1) where endsSomeWord[Int(bytes[end - 1])] {
            for (topic, word) in topicWordBytes
            where word.count <= end && bytes[(end - word.count)..<end].elementsEqual(word) {
                body(topic)
            }
        }
    }

    /// The phrase without what brackets hold (`公开率（含部分公开）`, `收案（件）`, `审结（上年）`).
    static func withoutBrackets(_ phrase: String) -> String {
        // Most phrases hold no bracket, which their bytes tell without decoding them: `(`'s byte
        // and `（`'s three stand for nothing else in UTF-8.
        let hasBracket = phrase.withUTF8Bytes { bytes in
            bytes.contains(UInt8(ascii: "(")) || openingBracketBytes.withUnsafeBufferPointer { bytes.firstOffset(of: $0) != nil }
        }
        guard hasBracket else { return phrase }
        var text = ""
        var depth = 0
        for character in phrase {
            let scalar = onlyScalar(of: character)
            if scalar == "（" || scalar == "(" {
                depth += 1
            } else if scalar == "）" || scalar == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                text.append(character)
            }
        }
        return text
    }

    /// The scalar of a character of one scalar, nil for one of more. A bracket character is one
    /// scalar that no other sequence is canonically equivalent to, so comparing this scalar tells
    /// what comparing the characters (as strings, which cost more than the rest) would.
    private static func onlyScalar(of character: Character) -> Unicode.Scalar? {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    private static let openingBracketBytes = Array("（".utf8)

    static func stripping(_ words: [String], from text: String) -> String {
        var text = text
        for word in words where text.containsWord(word) { text = text.removingWord(word) }
        return text
    }
}
