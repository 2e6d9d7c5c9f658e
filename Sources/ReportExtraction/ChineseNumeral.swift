/// A number written in Chinese numerals: 两, 一百二十三, 三万五 (= 35000), 一万零十二, 十七点四.
struct ChineseNumeral {
    /// The value is `significand × 10^-decimals × scale`.
    var significand: Int128
    var decimals: Int
    /// 1, or 1000 / 10000 / 10^8 when the numeral ends on 千 / 万 / 亿 (written or implied).
    var scale: Int128
    /// One past the last scalar of the numeral.
    var end: Int
    /// A lone 一: in prose almost always the article "a" (一批, 一项, 一次), not a count.
    var isLoneOne: Bool

    static func digit(_ scalar: Unicode.Scalar) -> Int128? {
        switch scalar {
        case "零", "〇": return 0
        case "一", "壹": return 1
        case "二", "两", "兩", "贰": return 2
        case "三", "叁": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    static func smallUnit(_ scalar: Unicode.Scalar) -> Int128? {
        switch scalar {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    static func largeUnit(_ scalar: Unicode.Scalar) -> Int128? {
        switch scalar {
        case "万", "萬": return 10_000
        case "亿", "億": return 100_000_000
        default: return nil
        }
    }

    /// Whether a numeral may begin with this scalar (万, 千 and 百 alone begin words: 万一, 千万, 百姓).
    static func canStart(_ scalar: Unicode.Scalar) -> Bool {
        (digit(scalar) != nil && scalar != "零" && scalar != "〇") || scalar == "十" || scalar == "拾"
    }

    /// 零点五: a zero that begins a decimal (零 alone begins words: 零投诉).
    static func startsDecimal(_ scalar: Unicode.Scalar, in text: ScalarText, at index: Int) -> Bool {
        (scalar == "零" || scalar == "〇") && text[index + 1] == "点" && text[index + 2].flatMap(digit) != nil
    }

    /// 大写 numerals, the forms that money and contracts write so that no stroke can be added.
    static func isFinancial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟": return true
        default: return false
        }
    }

    static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || smallUnit(scalar) != nil || largeUnit(scalar) != nil
    }

    /// 十, 百, 千, 万, 亿: the words of a round figure written without a digit (几十, 近万).
    static func isRoundUnit(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "十" || scalar == "百" || scalar == "千" || scalar == "万" || scalar == "亿"
    }

    /// The value of a run of unit words (十 → 10, 千万 → 10^7, 十万 → 10^5) and where it ends.
    static func roundUnits(_ text: ScalarText, from start: Int) -> (Int128, Int)? {
        var value: Int128 = 1
        var index = start
        while let scalar = text[index], isRoundUnit(scalar), index - start < 3 {
            value *= smallUnit(scalar) ?? largeUnit(scalar) ?? 1
            index += 1
        }
        return index > start ? (value, index) : nil
    }

    enum Outcome {
        case number(ChineseNumeral)
        /// Not a quantity (两三个, 十四五, 二〇二三): skip the scalars up to `end`.
        case notANumber(end: Int)
    }

    /// Reads the numeral starting at `start`; 点 starts decimals only when digits follow it
    /// (十七点四, not 两点半).
    static func read(_ text: ScalarText, from start: Int) -> Outcome {
        var yiPart: Int128 = 0, wanPart: Int128 = 0, section: Int128 = 0
        var pending: Int128? = nil
        var lastUnit: Int128 = 1
        var zeroSinceUnit = false
        var index = start
        var valid = true
        var scalarsRead = 0
        while index < text.count, scalarsRead < 24 {
            let scalar = text.scalars[index]
            if let value = digit(scalar) {
                if value == 0 {
                    if pending != nil { valid = false }
                    zeroSinceUnit = true
                } else if pending != nil {
                    valid = false
                } else {
                    pending = value
                }
            } else if let unit = smallUnit(scalar) {
                if pending == nil && !(unit == 10 && index == start) && !(unit == 10 && zeroSinceUnit) {
                    break
                }
                section += (pending ?? 1) * unit
                pending = nil
                lastUnit = unit
                zeroSinceUnit = false
            } else if let unit = largeUnit(scalar) {
                guard pending != nil || section > 0 || wanPart > 0 else { break }
                let part = section + (pending ?? 0)
                if unit == 10_000 {
                    guard wanPart == 0 else { break }
                    wanPart = part
                } else {
                    yiPart = (yiPart + wanPart * 10_000 + part)
                    wanPart = 0
                }
                section = 0
                pending = nil
                lastUnit = unit
                zeroSinceUnit = false
            } else {
                break
            }
            index += 1
            scalarsRead += 1
        }
        guard valid else { return .notANumber(end: index) }
        if index == start { return .notANumber(end: start + 1) }
        var scale: Int128 = 1
        var tail = pending ?? 0
        if let digitAfterUnit = pending, lastUnit >= 10, !zeroSinceUnit {
            tail = digitAfterUnit * (lastUnit / 10)
            if lastUnit >= 10_000 { scale = lastUnit / 10 } else if lastUnit == 1000 { scale = 100 }
        } else if pending == nil, lastUnit >= 1000 {
            scale = lastUnit
        }
        let integer = yiPart * 100_000_000 + wanPart * 10_000 + section + tail
        if scale == 100 { scale = 1 }
        var numeral = ChineseNumeral(
            significand: integer / scale, decimals: 0, scale: scale, end: index,
            isLoneOne: index == start + 1 && text.scalars[start] == "一")
        numeral.readDecimals(text)
        return .number(numeral)
    }

    /// 十七点四, 一点五亿: 点 followed by digits, then an optional 万/亿.
    private mutating func readDecimals(_ text: ScalarText) {
        guard scale == 1, text[end] == "点", let first = text[end + 1], let firstDigit = Self.digit(first)
        else { return }
        var digits = [firstDigit]
        var index = end + 2
        while let scalar = text[index], let value = Self.digit(scalar), digits.count < 12 {
            digits.append(value)
            index += 1
        }
        var value = significand
        for digit in digits { value = value * 10 + digit }
        significand = value
        decimals = digits.count
        isLoneOne = false
        if let scalar = text[index], let unit = Self.largeUnit(scalar) {
            scale = unit
            index += 1
        }
        end = index
    }
}
