import ReportModel

/// Figures written across two numbers or in words: ranges (3至5个), doublings (翻一番) and spans
/// of orders (成百上千), each read into one ``FoundFigure`` by ``NumberScanner``.
extension NumberScanner {
    /// 成百上千, 成千上万: hundreds to thousands of the unit; valued at the lower order, reaching
    /// ten of the higher one (100…10000), as 几十 reaches 100.
    private static let spannedRounds: [(words: [Unicode.Scalar], value: Int128)] = [
        (Array("成百上千".unicodeScalars), 100), (Array("成千上万".unicodeScalars), 1000),
    ]

    /// Connectives that join the two ends of a range (3至5个, 10—15天, 3-5万元, 1到2名).
    static func isRangeMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "至" || scalar == "到" || scalar == "—" || scalar == "–" || scalar == "~" || scalar == "～" || isMinus(scalar)
    }

    /// One end of a range, in Arabic digits or Chinese numerals alike.
    struct RangeEnd {
        var significand: Int128
        var decimals: Int
        var scale: Int128
        var end: Int
        /// Whether 万 or 亿 (or, in digits, 千 or 百万) was written: an end without one takes the other's.
        var hasScaleWord: Bool
        var isChinese: Bool

        init(_ number: ArabicNumber) {
            (significand, decimals, scale, end) = (number.significand, number.decimals, number.scale, number.end)
            (hasScaleWord, isChinese) = (number.hasScaleWord, false)
        }

        /// 一千五百 is read as the whole number it says, exact as 1500 is: only 万 and 亿 scale it.
        init(_ numeral: ChineseNumeral) {
            (significand, decimals, scale, end) = (numeral.significand, numeral.decimals, numeral.scale, numeral.end)
            if scale < 10_000 {
                significand *= scale
                scale = 1
            }
            (hasScaleWord, isChinese) = (scale > 1, true)
        }
    }

    /// The second end of a range, written as the first is (3至5, 一千至一千五百).
    private func secondEnd(at index: Int, after first: RangeEnd) -> RangeEnd? {
        guard let scalar = text[index] else { return nil }
        if !first.isChinese {
            return scalar.arabicDigit != nil ? ArabicNumber.read(text, from: index).map(RangeEnd.init) : nil
        }
        guard ChineseNumeral.canStart(scalar), case .number(let numeral) = ChineseNumeral.read(text, from: index) else {
            return nil
        }
        return RangeEnd(numeral)
    }

    /// 3至5个工作日 is one figure stated as a range: valued at its lower end, the number written
    /// first (as 3000多 is valued at 3000), with its interval reaching the upper end and the
    /// connective as its qualifier. Only when the second number completes as a figure with a unit:
    /// 2021—2025年 and 1—11月 are dates, and a bare 3至5 says nothing of what it counts. A first
    /// number without a scale word takes the second's (3至5万元 is 3万 to 5万).
    mutating func rangeFigure(_ first: RangeEnd, start: Int, line: Range<Int>, table: TableRow?) -> Int? {
        guard let mark = text[first.end], Self.isRangeMark(mark), let second = secondEnd(at: first.end + 1, after: first)
        else { return nil }
        // A table cell takes its unit from the header; a bare 2021-2023 there is a period, not a range.
        if table != nil, UnitLexicon.unit(in: text, at: second.end) == nil { return nil }
        let numeral = Numeral(
            significand: second.significand, decimals: second.decimals, scale: second.scale,
            end: second.end, isChinese: second.isChinese, isLoneOne: false)
        let count = figures.count
        let previousEnd = lastFigureEnd
        let undo = { (scanner: inout NumberScanner) in
            scanner.figures.removeLast(scanner.figures.count - count)
            scanner.lastFigureEnd = previousEnd
        }
        guard let end = complete(numeral, numberStart: start, line: line, table: table), figures.count == count + 1,
            var figure = figures.last, let upper = figure.statedFigure?.interval.upper
        else {
            undo(&self)
            return nil
        }
        let unitMultiplier = figure.scale / second.scale
        figure.significand = first.significand
        figure.decimals = first.decimals + figure.decimals - second.decimals
        figure.scale = (first.hasScaleWord ? first.scale : second.scale) * unitMultiplier
        figure.qualifiers.append(String(mark))
        figure.rangeUpper = upper
        // 5至3个 is no range: the ends must rise.
        guard let lower = figure.statedFigure?.value, lower < upper else {
            undo(&self)
            return nil
        }
        figures[count] = figure
        return end
    }

    /// 翻一番, 翻了两番: doubled once, twice; how many times and where the phrase ends.
    static func doublings(in text: ScalarText, at index: Int) -> (Int, Int)? {
        var position = index + 1
        if text[position] == "了" { position += 1 }
        guard let numeral = text[position], let count = ChineseNumeral.digit(numeral), count > 0, count < 5,
            text[position + 1] == "番"
        else { return nil }
        return (Int(count), position + 2)
    }

    /// 翻一番 is 2 倍 and 翻两番 4 倍 of the base: a multiple stated in words, exact as 八折 is.
    mutating func doublingFigure(
        _ doublings: Int, at start: Int, end: Int, line: Range<Int>,
        table: TableRow?
    ) -> Int {
        var figure = FoundFigure(
            start: start, end: end, numberStart: start, significand: Int128(1) << doublings,
            decimals: 0, scale: 1, kind: .multiple, unit: "倍", qualifiers: [], tableSubject: nil)
        figure.isStatedInWords = true
        append(figure, table: table)
        return end
    }

    static func spannedRound(in text: ScalarText, at index: Int) -> (words: [Unicode.Scalar], value: Int128)? {
        spannedRounds.first { text.matches($0.words, at: index) }
    }

    mutating func spannedRoundFigure(
        _ phrase: (words: [Unicode.Scalar], value: Int128), at start: Int,
        line: Range<Int>, table: TableRow?
    ) -> Int {
        let end = start + phrase.words.count
        var numeral = Numeral(significand: phrase.value, decimals: 0, scale: 1, end: end, isChinese: true, isLoneOne: false)
        numeral.several = start..<end
        let count = figures.count
        guard let resume = complete(numeral, numberStart: start, line: line, table: table) else { return end }
        if figures.count == count + 1 { figures[count].rangeUpper = Rational(phrase.value * 100) }
        return resume
    }
}
