/// Years as reports write them: `2023年`, `2023年度` (ASCII digits: full-width ones are read as ASCII
/// before), and the dates of a signature line (`2024年1月26日`, `二〇二四年一月二十六日`).
enum ReportYear {
    /// The first `YYYY年` (with `度` if it follows) that is not the end of a span (`2021—2025年`)
    /// or part of a longer number.
    static func first(in characters: [Character]) -> (year: Int, range: Range<Int>)? {
        var index = 0
        while index + 4 < characters.count {
            if let year = year(in: characters, at: index), characters[index + 4] == "年",
                index == 0 || !"0123456789—–-~～至到".contains(characters[index - 1])
            {
                let end = index + 5 < characters.count && characters[index + 5] == "度" ? index + 6 : index + 5
                return (year, index..<end)
            }
            index += 1
        }
        return nil
    }

    /// The year of the 政府信息公开 template's `统计期限自2023年1月1日起至2023年12月31日`.
    static func statisticsPeriod(in text: String) -> Int? {
        for start in ["自", "从"] {
            var search = text[...]
            while let found = search.firstRange(of: start) {
                let after = Array(text[found.upperBound...].prefix(24).filter { !$0.isWhitespace })
                if after.count >= 20, let year = year(in: after, at: 0), after[4..<9].joinedText == "年1月1日",
                    let close = after.joinedText.firstRange(of: "\(year)年12月31日"),
                    after.joinedText[..<close.lowerBound].hasSuffix("至")
                        || after.joinedText[..<close.lowerBound].hasSuffix("起至")
                {
                    return year
                }
                search = text[found.upperBound...]
            }
        }
        return nil
    }

    /// The longest line read as a date, in UTF-8 bytes: `二〇二四年十二月三十一日` is 36, and twice
    /// that with a space between each character, as PDFs set them, still fits.
    static let longestDateLine = 96

    /// `2024年1月26日` or `二〇二四年一月二十六日`, a line on its own: year and month.
    static func date(_ line: String) -> (year: Int, month: Int)? {
        // A date line is short and ends with 日; a paragraph is turned down before it is taken apart.
        guard line.utf8.count <= Self.longestDateLine,
            line.unicodeScalars.last(where: { !$0.properties.isWhitespace }) == "日"
        else { return nil }
        var characters = Array(ReportMetadata.asciiDigits(line).filter { !$0.isWhitespace })
        // 二〇二四年: a year in Chinese numerals is written digit by digit.
        if characters.count > 4, characters[..<4].allSatisfy({ chineseDigit($0) != nil }) {
            for index in 0..<4 { characters[index] = Character(String(chineseDigit(characters[index])!)) }
        }
        guard characters.last == "日", let yearEnd = characters.firstIndex(of: "年"), yearEnd == 4,
            let year = year(in: characters, at: 0), let monthEnd = characters.firstIndex(of: "月")
        else { return nil }
        let month = number(characters[(yearEnd + 1)..<monthEnd])
        guard let month, (1...12).contains(month), let day = number(characters[(monthEnd + 1)..<(characters.count - 1)]),
            (1...31).contains(day)
        else { return nil }
        return (year, month)
    }

    private static func year(in characters: [Character], at index: Int) -> Int? {
        guard index + 4 <= characters.count, characters[index..<(index + 4)].allSatisfy(\.isASCIIDigit) else { return nil }
        let value = characters[index..<(index + 4)].reduce(0) { $0 * 10 + Int($1.asciiValue! - UInt8(ascii: "0")) }
        return (1949...2100).contains(value) ? value : nil
    }

    /// 1–31 as digits or as Chinese numerals (一, 十, 十二, 二十六, 三十一).
    private static func number(_ characters: ArraySlice<Character>) -> Int? {
        if !characters.isEmpty, characters.count <= 2, characters.allSatisfy(\.isASCIIDigit) {
            return Int(characters.joinedText)
        }
        let digit = chineseDigit
        let text = Array(characters)
        switch text.count {
        case 1: return text[0] == "十" ? 10 : digit(text[0])
        case 2 where text[0] == "十": return digit(text[1]).map { 10 + $0 }
        case 2 where text[1] == "十": return digit(text[0]).map { $0 * 10 }
        case 3 where text[1] == "十": return digit(text[0]).flatMap { tens in digit(text[2]).map { tens * 10 + $0 } }
        default: return nil
        }
    }

    /// 〇 (or ○, 零) to 九 as 0–9.
    private static func chineseDigit(_ character: Character) -> Int? {
        if character == "○" || character == "零" { return 0 }
        let digits = "〇一二三四五六七八九"
        return digits.firstIndex(of: character).map { digits.distance(from: digits.startIndex, to: $0) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
