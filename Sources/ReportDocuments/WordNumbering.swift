/// Word's automatic list numbers (`一、`, `（一）`, `1.`): they are not in a paragraph's text but
/// in `word/numbering.xml`, and a report's outline is made of them. Counted as the paragraphs
/// come, one counter per list and level, a level's count starting again under a new item above it.
struct WordNumbering {
    private struct Level {
        var format: String
        var text: String
        var start: Int
    }

    /// numId → abstractNumId, and the levels of each abstract list.
    private var lists: [String: String] = [:]
    private var levels: [String: [Int: Level]] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init(_ numbering: MarkupElement?) {
        guard let numbering else { return }
        for abstract in numbering.elements where abstract.name == "w:abstractNum" {
            guard let id = abstract.attributes["w:abstractNumId"] else { continue }
            var byLevel: [Int: Level] = [:]
            for level in abstract.elements where level.name == "w:lvl" {
                guard let index = level.attributes["w:ilvl"].flatMap({ Int($0) }) else { continue }
                func value(_ name: String) -> String? { level.elements.first { $0.name == name }?.attributes["w:val"] }
                byLevel[index] = Level(
                    format: value("w:numFmt") ?? "decimal", text: value("w:lvlText") ?? "",
                    start: value("w:start").flatMap { Int($0) } ?? 1)
            }
            levels[id] = byLevel
        }
        for list in numbering.elements where list.name == "w:num" {
            guard let id = list.attributes["w:numId"],
                let abstract = list.elements.first(where: { $0.name == "w:abstractNumId" })?.attributes["w:val"]
            else { continue }
            lists[id] = abstract
        }
    }

    /// The number the next paragraph of list `numId` at `level` shows (`（二）`), counting it.
    mutating func label(numId: String, level: Int) -> String {
        guard let abstract = lists[numId], let definitions = levels[abstract], let definition = definitions[level] else {
            return ""
        }
        var counts = counters[abstract] ?? [:]
        counts[level] = (counts[level] ?? definition.start - 1) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[abstract] = counts
        guard definition.format != "bullet", definition.format != "none" else { return "" }
        var label = definition.text
        for shown in 0...8 where label.contains("%\(shown + 1)") {
            let count = counts[shown] ?? definitions[shown]?.start ?? 1
            label = label.replacingAll("%\(shown + 1)", with: Self.format(count, as: definitions[shown]?.format ?? "decimal"))
        }
        return label
    }

    private static let chineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let capitalDigits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]

    static func format(_ count: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
            "taiwaneseCountingThousand":
            return chinese(count, digits: chineseDigits, ten: "十")
        case "chineseLegalSimplified":
            return chinese(count, digits: capitalDigits, ten: "拾")
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(count) ? String(Character(Unicode.Scalar(0x2460 + UInt32(count) - 1)!)) : "\(count)"
        case "upperLetter", "lowerLetter":
            let letter = Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((count - 1) % 26)))
            return format == "upperLetter" ? String(letter) : String(letter).lowercased()
        case "upperRoman", "lowerRoman":
            let roman = self.roman(count)
            return format == "upperRoman" ? roman : roman.lowercased()
        default:
            return "\(count)"
        }
    }

    /// 1…99 as written in Chinese: 十, 十一, 二十, 二十一; larger counts in Arabic digits.
    private static func chinese(_ count: Int, digits: [String], ten: String) -> String {
        switch count {
        case 1...9: return digits[count]
        case 10...99: return (count / 10 == 1 ? "" : digits[count / 10]) + ten + (count % 10 == 0 ? "" : digits[count % 10])
        default: return "\(count)"
        }
    }

    private static func roman(_ count: Int) -> String {
        guard (1...3999).contains(count) else { return "\(count)" }
        let values = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = count
        var result = ""
        for (value, letters) in values {
            while rest >= value { result += letters; rest -= value }
        }
        return result
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
