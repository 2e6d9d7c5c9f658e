import ReportModel

/// Numbers written in Chinese numerals (一千二百, 两万, 零点五, 三分之二, 壹佰贰拾), read by
/// ``NumberScanner`` into one ``FoundFigure`` each, with the same scale words, qualifiers and units
/// as Arabic ones.
extension NumberScanner {
    mutating func chineseFigure(at start: Int, line: Range<Int>, table: TableRow?) -> Int {
        if let phrase = LexicalTraps.setPhrase(in: text, at: start) { return start + phrase }
        let runEnd = skipChineseRun(from: start)
        // A 大写 numeral alone is a syllable of a word (登陆部队, 拾起, 队伍): money and contracts
        // write 大写 amounts in full (壹佰贰拾万元), never one scalar.
        if runEnd == start + 1, ChineseNumeral.isFinancial(text.scalars[start]) { return runEnd }
        if let before = text[start - 1], LexicalTraps.ordinalMarkers.contains(before) || ChineseNumeral.isNumeralScalar(before) {
            return runEnd
        }
        switch ChineseNumeral.read(text, from: start) {
        case .notANumber(let end):
            // 八五折: two digits before 折 are a discount in tenths (85%), not 八 and 五.
            if runEnd == start + 2, text[runEnd] == "折", let tens = ChineseNumeral.digit(text.scalars[start]),
                let ones = ChineseNumeral.digit(text.scalars[start + 1])
            {
                let numeral = Numeral(
                    significand: tens * 10 + ones, decimals: 1, scale: 1, end: runEnd,
                    isChinese: true, isLoneOne: false)
                return complete(numeral, numberStart: start, line: line, table: table) ?? runEnd
            }
            return max(end, runEnd)
        case .number(let parsed):
            if parsed.decimals == 0, let numeratorStart = fractionNumerator(after: parsed.end) {
                return spelledFraction(
                    over: parsed.significand * parsed.scale, at: start, numeratorStart: numeratorStart,
                    line: line, table: table)
            }
            if let mark = text[parsed.end], Self.isRangeMark(mark),
                let end = rangeFigure(RangeEnd(parsed), start: start, line: line, table: table)
            {
                return end
            }
            let numeral = Numeral(
                significand: parsed.significand, decimals: parsed.decimals, scale: parsed.scale,
                end: parsed.end, isChinese: true, isLoneOne: parsed.isLoneOne)
            return complete(numeral, numberStart: start, line: line, table: table) ?? max(parsed.end, start + 1)
        }
    }

    func skipChineseRun(from start: Int) -> Int {
        var index = start
        while let scalar = text[index], ChineseNumeral.isNumeralScalar(scalar) { index += 1 }
        return max(index, start + 1)
    }

    /// X分之Y, a fraction in words. Over a power of ten from 百 up it is a rate, stated in % so that
    /// every rate compares and computes alike (百分之十七点四, 百分之50, 百分之百; 千分之三 is 0.3 %,
    /// 万分之五 0.05 %, 百万分之五 0.0005 %: the point moves); over any other number it is the exact
    /// fraction (三分之二, 占比近三分之一), of kind fraction and no unit.
    mutating func spelledFraction(
        over denominator: Int128, at start: Int, numeratorStart: Int,
        line: Range<Int>, table: TableRow?
    ) -> Int {
        let percentShift = Self.percentShift(of: denominator)
        // Reports divide into parts they can count (三分之一, 一百二十分之一) and rates down to 亿分之.
        guard denominator > 1, percentShift.map({ $0 <= 6 }) ?? (denominator < 10_000) else { return numeratorStart }
        var numeral: Numeral?
        if text[numeratorStart]?.arabicDigit != nil, let number = ArabicNumber.read(text, from: numeratorStart),
            !number.hasScaleWord
        {
            numeral = Numeral(
                significand: number.significand, decimals: number.decimals, scale: 1, end: number.end,
                isChinese: false, isLoneOne: false)
        } else if denominator == 100, text[numeratorStart] == "百",
            text[numeratorStart + 1].map(ChineseNumeral.isNumeralScalar) != true
        {
            numeral = Numeral(significand: 100, decimals: 0, scale: 1, end: numeratorStart + 1, isChinese: true, isLoneOne: false)
        } else if text[numeratorStart].map({ ChineseNumeral.canStart($0) || $0 == "零" }) == true,
            case .number(let parsed) = ChineseNumeral.read(text, from: numeratorStart), parsed.scale == 1
        {
            numeral = Numeral(
                significand: parsed.significand, decimals: parsed.decimals, scale: 1, end: parsed.end,
                isChinese: true, isLoneOne: false)
        }
        guard var numeral else { return start + 1 }
        numeral.decimals += percentShift ?? 0
        var numberStart = start
        if percentShift != nil, let sign = minusInWords(before: start) {
            numeral.significand = -numeral.significand
            numberStart = sign
        }
        let prefix = QualifierScanner.prefixes(in: text, before: numberStart, notBefore: max(lastFigureEnd, line.lowerBound))
        var end = numeral.end
        var qualifiers = prefix.words
        if let trailing = QualifierScanner.trailing(in: text, at: end) {
            qualifiers.append(trailing)
            end += trailing.unicodeScalars.count
        }
        var figure = FoundFigure(
            start: prefix.start, end: end, numberStart: numberStart, significand: numeral.significand,
            decimals: numeral.decimals, scale: 1, kind: .percent, unit: "%", qualifiers: qualifiers,
            tableSubject: nil)
        if percentShift == nil {
            (figure.kind, figure.unit, figure.denominator) = (.fraction, "", denominator)
        }
        append(figure, table: table)
        return end
    }

    /// How many places a rate over `denominator` moves to be in %: 百 0, 千 1, 万 2, 百万 4; nil when
    /// the denominator is no power of ten from 百 up.
    static func percentShift(of denominator: Int128) -> Int? {
        guard denominator > 0 else { return nil }
        var rest = denominator
        var power = 0
        while rest % 10 == 0 {
            rest /= 10
            power += 1
        }
        return rest == 1 && power >= 2 ? power - 2 : nil
    }

    /// X分之 at `index` with X a number written before it: where the numerator starts.
    func fractionNumerator(after index: Int) -> Int? {
        text[index] == "分" && text[index + 1] == "之" ? index + 2 : nil
    }
}
