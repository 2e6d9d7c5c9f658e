import ReportModel

/// One pass over the report's scalars that finds every stated figure: Arabic and Chinese numbers
/// with their scale words, qualifiers and units, skipping what is not a quantity (years, dates,
/// list markers, ordinals, set phrases, quoted names, page furniture).
struct NumberScanner {
    let text: ScalarText
    let lines: TextLines

    /// The closing mark of a quotation or title and how far to look for it (a switch, not a
    /// dictionary: it runs on every scalar).
    static func quotePair(_ open: Unicode.Scalar) -> (close: Unicode.Scalar, reach: Int)? {
        switch open {
        case "“": return ("”", 60)
        case "《": return ("》", 120)
        case "「": return ("」", 60)
        case "『": return ("』", 60)
        case "〈": return ("〉", 80)
        case "‘": return ("’", 30)
        case "\"": return ("\"", 40)
        default: return nil
        }
    }
    /// Scalars before 负 that make it part of a word (胜负, 肩负, 担负) or ± (正负3%), not a sign.
    private static let wordsEndingInMinus: ScalarSet = ["正", "胜", "抱", "担", "肩", "辜", "自", "欺", "背", "身", "重", "不"]
    /// Qualifiers that let 百, 千 or 万 alone be a figure (近万人次, 超千家, 逾百名); elsewhere they
    /// begin words (万一, 千万, 百姓).
    private static let roundFigureLeads: ScalarSet = ["近", "超", "逾", "约"]
    /// 接近 and 将近 are qualifiers themselves (接近万人), unlike 最近 or 附近.
    private static let nearlyWordStarts: ScalarSet = ["接", "将"]
    var figures: [FoundFigure] = []
    var lastFigureEnd = 0

    init(text: ScalarText, lines: TextLines) {
        self.text = text
        self.lines = lines
    }

    /// The figures of one line, in reading order: none on page furniture or past the report's
    /// body. A line at a time, so that a report's figures are never all held at once and its first
    /// measures are written before its last line is read.
    mutating func figures(onLine lineIndex: Int) -> [FoundFigure] {
        figures.removeAll(keepingCapacity: true)
        let line = lines.ranges[lineIndex]
        guard !lines.isFurniture[lineIndex], line.lowerBound < lines.bodyEnd else { return [] }
        lastFigureEnd = line.lowerBound
        scan(line: line, table: lines.tableRows[lineIndex])
        return figures
    }

    private mutating func scan(line: Range<Int>, table: TableRow?) {
        var index = line.lowerBound
        let starts = FigureStarts.shared
        while index < line.upperBound {
            index = starts.firstStart(in: text.scalars, index..<line.upperBound)
            guard index < line.upperBound else { break }
            let scalar = text.scalars[index]
            if let pair = Self.quotePair(scalar), let close = closing(pair, from: index, in: line) {
                index = close + 1
            } else if scalar.arabicDigit != nil {
                index = arabicFigure(at: index, line: line, table: table)
            } else if ChineseNumeral.isRoundUnit(scalar), let (denominator, end) = ChineseNumeral.roundUnits(text, from: index),
                let numeratorStart = fractionNumerator(after: end)
            {
                // 百分之, 千分之, 百万分之, 十分之: a round denominator without a digit.
                index = spelledFraction(over: denominator, at: index, numeratorStart: numeratorStart, line: line, table: table)
            } else if scalar == "几" || scalar == "数", let next = text[index + 1], ChineseNumeral.isRoundUnit(next) {
                index = severalFigure(at: index, line: line, table: table)
            } else if scalar == "上", let next = text[index + 1], ChineseNumeral.isRoundUnit(next), next != "十",
                text[index - 1] != "以"
            {
                // 上百家, 上千人: "reaching" the order, as 几十 and 数百 are a few of it (以上 is a qualifier).
                index = severalFigure(at: index, line: line, table: table)
            } else if scalar == "翻", let (doublings, end) = Self.doublings(in: text, at: index) {
                index = doublingFigure(doublings, at: index, end: end, line: line, table: table)
            } else if scalar == "成", let phrase = Self.spannedRound(in: text, at: index) {
                index = spannedRoundFigure(phrase, at: index, line: line, table: table)
            } else if ChineseNumeral.isRoundUnit(scalar), scalar != "十", let before = text[index - 1],
                Self.roundFigureLeads.contains(before),
                text[index - 2].map({ !QualifierScanner.notNearly.contains($0) || Self.nearlyWordStarts.contains($0) }) ?? true
            {
                index = roundFigure(at: index, line: line, table: table)
            } else if ChineseNumeral.canStart(scalar) || ChineseNumeral.startsDecimal(scalar, in: text, at: index) {
                index = chineseFigure(at: index, line: line, table: table)
            } else {
                index += 1
            }
        }
    }

    private func closing(_ pair: (close: Unicode.Scalar, reach: Int), from open: Int, in line: Range<Int>) -> Int? {
        let limit = min(line.upperBound, open + 1 + pair.reach)
        var index = open + 1
        while index < limit {
            if text.scalars[index] == pair.close { return index }
            index += 1
        }
        return nil
    }

    // MARK: Arabic numbers

    private mutating func arabicFigure(at start: Int, line: Range<Int>, table: TableRow?) -> Int {
        if let before = text[start - 1],
            before.isASCIILetter || before == "第" || before == "之" || before == "." || before == "_"
                || ((before == "-" || before == "/" || before == ":" || before == "：") && text[start - 2]?.arabicDigit != nil)
                || isInsideAddress(before: start)
        {
            return skipDigits(from: start)
        }
        // Copied PDF text puts spaces around numbers (第 3 次, 受理 214 件).
        if text[start - 1] == " ", text[start - 2] == "第" || (text[start - 2] == " " && text[start - 3] == "第") {
            return skipDigits(from: start)
        }
        guard let number = ArabicNumber.read(text, from: start) else { return skipDigits(from: start) }
        if number.decimals == 0, !number.hasScaleWord, let numeratorStart = fractionNumerator(after: number.end) {
            return spelledFraction(over: number.significand, at: start, numeratorStart: numeratorStart, line: line, table: table)
        }
        // Before the date test below: 3-5万元 is a range, 2023-11 is not (it takes no unit).
        if text[start - 1].map({ !Self.isMinus($0) }) ?? true,
            let end = rangeFigure(RangeEnd(number), start: start, line: line, table: table)
        {
            return end
        }
        if !number.hasScaleWord, let after = text[number.digitsEnd] {
            if LexicalTraps.dateSuffixes.contains(after) { return number.end }
            if (after == "-" || after == "/" || after == ":"), text[number.digitsEnd + 1]?.arabicDigit != nil {
                return number.end
            }
            if after.isASCIILetter { return number.end }
        }
        var numeral = Numeral(
            significand: number.significand, decimals: number.decimals, scale: number.scale,
            end: number.end, isChinese: false, isLoneOne: false)
        var numberStart = start
        // A minus sign opens a table cell of changes (-5.9%, -1.3个百分点); in prose a dash between
        // digits joins a range (2021-2025年), so a minus there is a sign only after a word and before
        // a change stated in % or 个百分点 (同比增长-12.5%).
        if let sign = text[start - 1], Self.isMinus(sign),
            table?.cellStarts(at: start - 1) == true || (isWordBefore(start - 1) && isRateUnit(at: number.end))
        {
            numeral.significand = -numeral.significand
            numberStart = start - 1
        } else if let sign = minusInWords(before: start), isRateUnit(at: number.end) {
            numeral.significand = -numeral.significand
            numberStart = sign
        }
        return complete(numeral, numberStart: numberStart, line: line, table: table) ?? number.end
    }

    /// Digits in a web address, e-mail address or path (`%25%20`, `%280024`, `?id=3`, `@163.com`,
    /// `/2023/`) are no figures: the marks before them belong to addresses, never to prose, which
    /// writes its slashes between words (`件/人`).
    private func isInsideAddress(before start: Int) -> Bool {
        guard let before = text[start - 1] else { return false }
        switch before {
        case "%", "=", "&", "?", "@", "#":
            return true
        case "/", "\\":
            return text[start - 2].map { $0.value < 0x80 && !$0.isSpace } ?? false
        default:
            return false
        }
    }

    /// A change written in words as negative: 同比负3.9%, 增长负百分之三 (the sign is part of the
    /// figure: where it starts), or 负增长3.9% (a sign in the word before it: the figure's own start).
    func minusInWords(before start: Int) -> Int? {
        guard let before = text[start - 1] else { return nil }
        if before == "负" {
            return text[start - 2].map({ Self.wordsEndingInMinus.contains($0) }) == true ? nil : start - 1
        }
        guard before == "长" || before == "了" || before == "为" else { return nil }
        let end = before == "长" ? start : start - 1
        return text.matches(Self.negativeGrowth, endingAt: end) ? start : nil
    }

    private static let negativeGrowth = Array("负增长".unicodeScalars)

    private func isWordBefore(_ index: Int) -> Bool {
        guard let before = text[index - 1] else { return false }
        return before.arabicDigit == nil && !before.isASCIILetter && !Self.isMinus(before) && before != "."
    }

    private func isRateUnit(at index: Int) -> Bool {
        guard let unit = UnitLexicon.unit(in: text, at: index) ?? RateSigns.unit(in: text, at: index) else { return false }
        return unit.kind == .percent || unit.kind == .points
    }

    static func isMinus(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "−" || scalar == "－"
    }

    private func skipDigits(from start: Int) -> Int {
        var index = start
        while let scalar = text[index], scalar.arabicDigit != nil || scalar == "." || scalar == "," { index += 1 }
        return max(index, start + 1)
    }

    // MARK: Units and qualifiers

    struct Numeral {
        var significand: Int128
        var decimals: Int
        var scale: Int128
        var end: Int
        var isChinese: Bool
        var isLoneOne: Bool
        /// Where 几 or 数 stands before a unit word (几十, 数百): the figure is a few of that unit.
        /// A place in the text, not a String: a String made the numeral a value to copy and
        /// release, twice for every number read.
        var several: Range<Int>? = nil
    }

    /// Reads what follows a number (inner qualifier, late scale word, unit, trailing qualifier) and
    /// records the figure if it is one; returns where scanning resumes, nil if it is not a figure.
    mutating func complete(_ numeral: Numeral, numberStart: Int, line: Range<Int>, table: TableRow?) -> Int? {
        var numeral = numeral
        var position = numeral.end
        var qualifiers: [String] = []
        if let scalar = text[position], QualifierScanner.innerWords.contains(scalar),
            let next = text[position + 1], UnitLexicon.unit(in: text, at: position + 1) != nil || isScaleWord(next)
        {
            qualifiers.append(String(scalar))
            position += 1
        }
        // 十多万, 1000多万, 一千多万, 两百余亿: the scale word after 多 multiplies the whole number.
        if !qualifiers.isEmpty, numeral.decimals == 0 || !numeral.isChinese, let scalar = text[position], isScaleWord(scalar) {
            let word: Int128 = scalar == "亿" ? 100_000_000 : 10_000
            if numeral.scale < word {
                numeral.scale *= word
                position += 1
            }
        }
        let column = table?.column(containing: numberStart)
        var kind: MeasureKind
        var unitName: String
        var halves = false
        // Copied PDF text may put a space between a number and its unit (受理 214 件).
        if !numeral.isChinese, text[position] == " " || text[position] == "　",
            UnitLexicon.unit(in: text, at: position) == nil, UnitLexicon.unit(in: text, at: position + 1) != nil
        {
            position += 1
        }
        if let unit = UnitLexicon.unit(in: text, at: position) ?? RateSigns.unit(in: text, at: position) {
            if numeral.isChinese && unit.kind == .count && unit.length == 1,
                let word = text[position], LexicalTraps.ordinalUnitsAfterChinese.contains(word)
            {
                return nil
            }
            if numeral.isLoneOne && !LexicalTraps.unitsForLoneOne.contains(unit.kind) { return nil }
            (kind, unitName) = (unit.kind, unit.unit)
            numeral.scale *= unit.multiplier
            numeral.decimals += unit.decimalShift
            position += unit.length
            // 三成半, 一倍半: half a step more, stated to the half.
            if (kind == .tenths || kind == .multiple), numeral.decimals == 0, text[position] == "半" {
                numeral.significand = numeral.significand * 10 + 5
                numeral.decimals = 1
                halves = true
                position += 1
            }
            // 三成多, 一倍多: with tenths and multiples 多 and 余 follow the unit (3000多名 puts them before).
            if (kind == .tenths || kind == .multiple), qualifiers.isEmpty, let scalar = text[position],
                scalar == "多" || scalar == "余"
            {
                qualifiers.append(String(scalar))
                position += 1
            }
        } else if let table, let column, table.countsBareNumbers(inColumn: column), !numeral.isLoneOne || !numeral.isChinese {
            let unit = table.unit(column: column)
            (kind, unitName) = (unit?.kind ?? .count, unit?.unit ?? "")
            numeral.scale *= unit?.multiplier ?? 1
            numeral.decimals += unit?.decimalShift ?? 0
        } else if numeral.scale >= 10_000, !numeral.isChinese || !qualifiers.isEmpty || numeral.decimals > 0 {
            // Chinese numerals take no unit only with 多/余 or decimals (一千多万, 一点二亿): a bare
            // 十万 begins set phrases (十万火急).
            (kind, unitName) = isMoneyContext(before: numberStart, line: line) ? (.amount, "元") : (.count, "")
        } else {
            return nil
        }
        if table == nil || column != nil, let trailing = QualifierScanner.trailing(in: text, at: position) {
            qualifiers.append(trailing)
            position += trailing.unicodeScalars.count
        }
        let limit = max(lastFigureEnd, column.flatMap { table?.cells[$0].lowerBound } ?? line.lowerBound)
        let prefix = QualifierScanner.prefixes(in: text, before: numberStart, notBefore: limit)
        let subject = table?.isHeader == false ? column.map { table?.subject(column: $0) ?? "" } : nil
        // Joined only when there is any: most figures have none, and the two array concatenations
        // cost a third as much as finding the unit.
        if !prefix.words.isEmpty || numeral.several != nil {
            qualifiers = prefix.words + (numeral.several.map { [text.string($0)] } ?? []) + qualifiers
        }
        var figure = FoundFigure(
            start: prefix.start, end: position, numberStart: numberStart,
            significand: numeral.significand, decimals: numeral.decimals, scale: numeral.scale,
            kind: kind, unit: unitName, qualifiers: qualifiers, tableSubject: subject)
        figure.statedInHalves = halves
        figure.isSeveral = numeral.several != nil
        append(figure, table: table)
        return position
    }

    // MARK: Round figures without digits

    /// 几十家, 数百人, 数千万元: a few of the unit, from one of it up to ten.
    private mutating func severalFigure(at start: Int, line: Range<Int>, table: TableRow?) -> Int {
        guard let (value, end) = ChineseNumeral.roundUnits(text, from: start + 1) else { return start + 1 }
        var numeral = Numeral(significand: value, decimals: 0, scale: 1, end: end, isChinese: true, isLoneOne: false)
        numeral.several = start..<(start + 1)
        return complete(numeral, numberStart: start, line: line, table: table) ?? end
    }

    /// 近万人次, 超千家: a unit word standing for one of it, after a qualifier.
    private mutating func roundFigure(at start: Int, line: Range<Int>, table: TableRow?) -> Int {
        guard let (value, end) = ChineseNumeral.roundUnits(text, from: start),
            text[end].map(ChineseNumeral.isNumeralScalar) != true
        else { return start + 1 }
        let numeral = Numeral(significand: value, decimals: 0, scale: 1, end: end, isChinese: true, isLoneOne: false)
        return complete(numeral, numberStart: start, line: line, table: table) ?? end
    }

    private func isScaleWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "万" || scalar == "亿"
    }

    /// Whether the clause before a bare 万/亿 figure speaks of money (投资7000万建设).
    private func isMoneyContext(before index: Int, line: Range<Int>) -> Bool {
        var position = index - 1
        let limit = max(line.lowerBound, index - 30)
        while position >= limit {
            let scalar = text.scalars[position]
            if scalar == "，" || scalar == "," || scalar == "。" || scalar == "；" || scalar == ";" { break }
            if LexicalTraps.moneyContext.contains(where: { $0.last == scalar && text.matches($0, endingAt: position + 1) }) {
                return true
            }
            position -= 1
        }
        return false
    }

    mutating func append(_ figure: FoundFigure, table: TableRow?) {
        figures.append(figure)
        lastFigureEnd = figure.end
    }
}
