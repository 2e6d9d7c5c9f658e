/// One pass over the report's scalars that finds every stated figure: Arabic and Chinese numbers
/// with their scale words, qualifiers and units, skipping what is not a quantity (years, dates,
/// list markers, ordinals, set phrases, quoted names, page furniture).
struct NumberScanner {
    let text: ScalarText
    let lines: TextLines

    private static let quotePairs: [Unicode.Scalar: (close: Unicode.Scalar, reach: Int)] = [
        "“": ("”", 60), "《": ("》", 120), "「": ("」", 60), "『": ("』", 60), "〈": ("〉", 80), "‘": ("’", 30),
        "\"": ("\"", 40),
    ]
    private static let percentWord = Array("百分之".unicodeScalars)

    private var figures: [FoundFigure] = []
    private var lastFigureEnd = 0

    init(text: ScalarText, lines: TextLines) {
        self.text = text
        self.lines = lines
    }

    static func figures(in text: ScalarText, lines: TextLines) -> [FoundFigure] {
        var scanner = NumberScanner(text: text, lines: lines)
        scanner.scan()
        return scanner.figures
    }

    private mutating func scan() {
        for (lineIndex, line) in lines.ranges.enumerated() where !lines.isFurniture[lineIndex] {
            guard line.lowerBound < lines.bodyEnd else { break }
            lastFigureEnd = line.lowerBound
            scan(line: line, table: lines.tableRows[lineIndex])
        }
    }

    private mutating func scan(line: Range<Int>, table: TableRow?) {
        var index = line.lowerBound
        while index < line.upperBound {
            let scalar = text.scalars[index]
            if let pair = Self.quotePairs[scalar], let close = closing(pair, from: index, in: line) {
                index = close + 1
            } else if scalar.arabicDigit != nil {
                index = arabicFigure(at: index, line: line, table: table)
            } else if scalar == "百", text.matches(Self.percentWord, at: index) {
                index = spelledPercent(at: index, line: line, table: table)
            } else if ChineseNumeral.canStart(scalar) {
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
        let digitsEnd = skipDigits(from: start)
        if let before = text[start - 1], before.isASCIILetter || before == "第" || before == "." || before == "_"
            || ((before == "-" || before == "/" || before == ":" || before == "：") && text[start - 2]?.arabicDigit != nil) {
            return digitsEnd
        }
        guard let number = ArabicNumber.read(text, from: start) else { return digitsEnd }
        if !number.hasScaleWord, let after = text[number.digitsEnd] {
            if LexicalTraps.dateSuffixes.contains(after) { return number.end }
            if (after == "-" || after == "/" || after == ":"), text[number.digitsEnd + 1]?.arabicDigit != nil { return number.end }
            if after.isASCIILetter { return number.end }
        }
        let numeral = Numeral(significand: number.significand, decimals: number.decimals, scale: number.scale,
                              end: number.end, isChinese: false, isLoneOne: false)
        return complete(numeral, numberStart: start, line: line, table: table) ?? number.end
    }

    private func skipDigits(from start: Int) -> Int {
        var index = start
        while let scalar = text[index], scalar.arabicDigit != nil || scalar == "." || scalar == "," { index += 1 }
        return max(index, start + 1)
    }

    // MARK: Chinese numerals

    private mutating func chineseFigure(at start: Int, line: Range<Int>, table: TableRow?) -> Int {
        if let phrase = LexicalTraps.setPhrase(in: text, at: start) { return start + phrase.count }
        let runEnd = skipChineseRun(from: start)
        if let before = text[start - 1], LexicalTraps.ordinalMarkers.contains(before) || ChineseNumeral.isNumeralScalar(before) {
            return runEnd
        }
        switch ChineseNumeral.read(text, from: start) {
        case .notANumber(let end):
            return max(end, runEnd)
        case .number(let parsed):
            let numeral = Numeral(significand: parsed.significand, decimals: parsed.decimals, scale: parsed.scale,
                                  end: parsed.end, isChinese: true, isLoneOne: parsed.isLoneOne)
            return complete(numeral, numberStart: start, line: line, table: table) ?? max(parsed.end, start + 1)
        }
    }

    private func skipChineseRun(from start: Int) -> Int {
        var index = start
        while let scalar = text[index], ChineseNumeral.isNumeralScalar(scalar) { index += 1 }
        return max(index, start + 1)
    }

    /// 百分之十七点四, 百分之50.
    private mutating func spelledPercent(at start: Int, line: Range<Int>, table: TableRow?) -> Int {
        let numberStart = start + Self.percentWord.count
        var numeral: Numeral?
        if text[numberStart]?.arabicDigit != nil, let number = ArabicNumber.read(text, from: numberStart), !number.hasScaleWord {
            numeral = Numeral(significand: number.significand, decimals: number.decimals, scale: 1, end: number.end,
                              isChinese: false, isLoneOne: false)
        } else if case .number(let parsed)? = text[numberStart].map({ _ in ChineseNumeral.read(text, from: numberStart) }),
                  parsed.scale == 1 {
            numeral = Numeral(significand: parsed.significand, decimals: parsed.decimals, scale: 1, end: parsed.end,
                              isChinese: true, isLoneOne: false)
        }
        guard let numeral else { return numberStart }
        let prefix = QualifierScanner.prefixes(in: text, before: start, notBefore: max(lastFigureEnd, line.lowerBound))
        var end = numeral.end
        var qualifiers = prefix.words
        if let trailing = QualifierScanner.trailing(in: text, at: end) {
            qualifiers.append(trailing)
            end += trailing.unicodeScalars.count
        }
        append(FoundFigure(start: prefix.start, end: end, numberStart: start, significand: numeral.significand,
                           decimals: numeral.decimals, scale: 1, kind: .percent, unit: "%", qualifiers: qualifiers,
                           tableSubject: nil), table: table)
        return end
    }

    // MARK: Units and qualifiers

    struct Numeral {
        var significand: Int128
        var decimals: Int
        var scale: Int128
        var end: Int
        var isChinese: Bool
        var isLoneOne: Bool
    }

    /// Reads what follows a number (inner qualifier, late scale word, unit, trailing qualifier) and
    /// records the figure if it is one; returns where scanning resumes, nil if it is not a figure.
    private mutating func complete(_ numeral: Numeral, numberStart: Int, line: Range<Int>, table: TableRow?) -> Int? {
        var numeral = numeral
        var position = numeral.end
        var qualifiers: [String] = []
        if let scalar = text[position], QualifierScanner.innerWords.contains(scalar),
           let next = text[position + 1], UnitLexicon.unit(in: text, at: position + 1) != nil || isScaleWord(next) {
            qualifiers.append(String(scalar))
            position += 1
        }
        if numeral.scale == 1, numeral.decimals == 0 || !numeral.isChinese, let scalar = text[position], isScaleWord(scalar),
           !qualifiers.isEmpty {
            numeral.scale = scalar == "亿" ? 100_000_000 : 10_000
            position += 1
        }
        let column = table?.column(containing: numberStart)
        var kind: MeasureKind
        var unitName: String
        if let unit = UnitLexicon.unit(in: text, at: position) {
            if numeral.isChinese && unit.kind == .count && LexicalTraps.ordinalUnitsAfterChinese.contains(unit.word) { return nil }
            if numeral.isLoneOne && !LexicalTraps.unitsForLoneOne.contains(unit.kind) { return nil }
            (kind, unitName) = (unit.kind, unit.unit)
            numeral.scale *= unit.multiplier
            position += unit.length
        } else if let table, let column, table.countsBareNumbers(inColumn: column), !numeral.isLoneOne || !numeral.isChinese {
            let unit = table.unit(column: column)
            (kind, unitName) = (unit?.kind ?? .count, unit?.unit ?? "")
            numeral.scale *= unit?.multiplier ?? 1
        } else if !numeral.isChinese, numeral.scale >= 10_000 {
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
        append(FoundFigure(start: prefix.start, end: position, numberStart: numberStart, significand: numeral.significand,
                           decimals: numeral.decimals, scale: numeral.scale, kind: kind, unit: unitName,
                           qualifiers: prefix.words + qualifiers, tableSubject: subject), table: table)
        return position
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

    private mutating func append(_ figure: FoundFigure, table: TableRow?) {
        figures.append(figure)
        lastFigureEnd = figure.end
    }
}
