/// A number written in Arabic digits, as reports write them: 27, 17.4, 1,100, ９２ (full width),
/// with 万/亿/千 after it (1.8万, 0.5亿, 3千万) and the mixed forms 3万4000, 25万6千 and 13万2.
package struct ArabicNumber {
    /// The value is `significand × 10^-decimals × scale`.
    package var significand: Int128
    package var decimals: Int
    package var scale: Int128
    package var end: Int
    /// Whether a scale word (万, 亿, 千, 百) was written.
    package var hasScaleWord: Bool
    /// The digits alone, before any scale word (to tell 2023 the year from 2023万).
    var digitsEnd: Int

    private static let maximumDigits = 24

    package static func read(_ text: ScalarText, from start: Int) -> ArabicNumber? {
        var significand: Int128 = 0
        var digitCount = 0
        var index = start
        var groupLength = 0
        var grouped = false
        while index < text.count {
            let scalar = text.scalars[index]
            if let digit = scalar.arabicDigit {
                significand = significand &* 10 &+ Int128(digit)
                digitCount += 1
                groupLength += 1
                index += 1
            } else if scalar == "," || (scalar == "，" && (grouped || isFullWidthGroup(text, before: index))),
                isThousandsGroup(text, at: index + 1), (grouped ? groupLength == 3 : groupLength <= 3)
            {
                grouped = true
                groupLength = 0
                index += 1
            } else {
                break
            }
        }
        guard digitCount > 0, digitCount <= maximumDigits else { return nil }
        var decimals = 0
        if let point = text[index], point == "." || point == "．", text[index + 1]?.arabicDigit != nil {
            index += 1
            while let scalar = text[index], let digit = scalar.arabicDigit {
                significand = significand &* 10 &+ Int128(digit)
                decimals += 1
                index += 1
            }
            guard digitCount + decimals <= maximumDigits else { return nil }
        }
        var number = ArabicNumber(
            significand: significand, decimals: decimals, scale: 1, end: index,
            hasScaleWord: false, digitsEnd: index)
        number.readScale(text)
        return number
    }

    /// `,` then exactly three digits and no fourth: a thousands separator, not a clause comma.
    private static func isThousandsGroup(_ text: ScalarText, at index: Int) -> Bool {
        for offset in 0..<3 where text[index + offset]?.arabicDigit == nil { return false }
        return text[index + 3]?.arabicDigit == nil
    }

    /// A full-width comma groups thousands between full-width digits (３，４５６): text typed in
    /// full width uses it as its thousands mark, while after ASCII digits (12，345件) it parts
    /// clauses, unless the digits after it go on as a grouped number does: with decimals
    /// (82，225.00元) or another group (1，234，567元).
    private static func isFullWidthGroup(_ text: ScalarText, before index: Int) -> Bool {
        guard let digit = text[index - 1], let next = text[index + 1] else { return false }
        if isFullWidthDigit(digit) && isFullWidthDigit(next) { return true }
        let after = index + 4
        if text[after] == ".", text[after + 1]?.arabicDigit != nil { return true }
        return text[after] == "，" && isThousandsGroup(text, at: after + 1)
    }

    private static func isFullWidthDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF10...0xFF19).contains(scalar.value)
    }

    private static func scaleValue(_ scalar: Unicode.Scalar) -> Int128? {
        switch scalar {
        case "百": return 100
        case "千": return 1000
        case "万", "萬": return 10_000
        case "亿", "億": return 100_000_000
        default: return nil
        }
    }

    /// Reads scale words (万, 亿, 千万, 万亿) and then the mixed tails 3万4000, 25万6千, 13万2,
    /// 5万4千6百, 1千零20 and 2千零30万.
    mutating func readScale(_ text: ScalarText) {
        var scale: Int128 = 1
        var index = end
        while let scalar = text[index], let value = Self.scaleValue(scalar), index - end < 2 {
            // 百 alone after digits is rare and often begins a word (5百姓); only 百万 counts.
            if value == 100 && !(text[index + 1] == "万") { break }
            scale *= value
            index += 1
        }
        guard scale > 1 else { return }
        self.scale = scale
        hasScaleWord = true
        end = index
        guard decimals == 0, scale >= 1000, significand < 1_000_000_000_000 else { return }
        while readMixedPart(text) {}
    }

    /// Reads one part of a mixed tail, a smaller order than the number's scale (4千, 6百, 零20, 4000;
    /// a lone digit is the next order down, 13万2 = 132000), and a 万 or 亿 that closes the parts
    /// written below it (2千零30万 = 2030万); whether it read one.
    private mutating func readMixedPart(_ text: ScalarText) -> Bool {
        var index = end
        let afterZero = text[index] == "零"
        if afterZero { index += 1 }
        var part: Int128 = 0
        var partDigits = 0
        while let scalar = text[index], let digit = scalar.arabicDigit, partDigits < 9 {
            part = part * 10 + Int128(digit)
            partDigits += 1
            index += 1
        }
        guard partDigits > 0, text[index]?.arabicDigit == nil,
            !(text[index] == "." && text[index + 1]?.arabicDigit != nil)
        else { return false }
        var partUnit: Int128
        if let scalar = text[index], let unit = Self.scaleValue(scalar), unit < scale {
            partUnit = unit
            index += 1
        } else if partDigits == 1 && !afterZero {
            partUnit = scale / 10
        } else {
            partUnit = 1
        }
        guard part * partUnit < scale else { return false }
        significand = significand * (scale / partUnit) + part
        scale = partUnit
        end = index
        if let scalar = text[index], scalar == "万" || scalar == "亿", let closing = Self.scaleValue(scalar),
            significand * scale < closing
        {
            scale *= closing
            end += 1
            return false
        }
        return partUnit > 1
    }
}
