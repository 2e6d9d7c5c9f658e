/// A figure as extraction finds it, before it is a ``Measure``: its plain fields, and `raw`,
/// `before` and `sentence` as ranges of the UTF-8 of `text` (the report text). A consumer that
/// keeps a report's measures compacted takes these as they are (``ReportCollector``); making each
/// a measure with texts of its own first, only for compaction to free them, was a tenth of a load.
public struct ExtractedMeasure: Sendable {
    let number: Int
    let value: Rational
    let unit: String
    let kind: MeasureKind
    let approx: String?
    let lower: Rational?
    let upper: Rational?
    let decimals: Int
    let subject: String
    let section: String
    let heading: String
    let paragraph: Int
    let start: Int
    let end: Int
    let report: String
    let table: String?
    let cell: CellPosition?
    let text: String
    let rawBytes: Range<Int>
    let beforeBytes: Range<Int>
    let sentenceBytes: Range<Int>

    package init(
        number: Int, value: Rational, unit: String, kind: MeasureKind, approx: String?, lower: Rational?,
        upper: Rational?, decimals: Int, subject: String, section: String, heading: String, paragraph: Int,
        start: Int, end: Int, report: String, table: String?, cell: CellPosition?,
        text: String, rawBytes: Range<Int>, beforeBytes: Range<Int>, sentenceBytes: Range<Int>
    ) {
        self.number = number
        self.value = value
        self.unit = unit
        self.kind = kind
        self.approx = approx
        self.lower = lower
        self.upper = upper
        self.decimals = decimals
        self.subject = subject
        self.section = section
        self.heading = heading
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.report = report
        self.table = table
        self.cell = cell
        self.text = text
        self.rawBytes = rawBytes
        self.beforeBytes = beforeBytes
        self.sentenceBytes = sentenceBytes
    }

    /// The measure, with texts of its own.
    public var measure: Measure { Measure(self) }

    /// Whether the fields fit a measure of a report's narrow fields, `before` ending where `raw` starts.
    var fitsNarrowFields: Bool {
        beforeBytes.upperBound == rawBytes.lowerBound && rawBytes.count <= Int(UInt8.max)
            && beforeBytes.count <= Int(UInt8.max) && rawBytes.lowerBound <= TextSpan.maximumOffset
            && Measure.fits(start: start) && (0...Int(UInt32.max)).contains(paragraph) && Measure.fits(cell)
            && isScalars(end - start, of: rawBytes)
    }

    /// Whether the bytes of the text hold that many scalars (a measure keeps its end so).
    private func isScalars(_ count: Int, of bytes: Range<Int>) -> Bool {
        guard count >= 0 else { return false }
        var text = text
        return text.withUTF8 { Measure.scalarCount(UnsafeBufferPointer(rebasing: $0[bytes])) == count }
    }

    /// The plain numbers a measure of a report reads from its fields; its strings are in spans.
    var plainFields: MeasureFields {
        MeasureFields(
            id: "", value: value, unit: "", raw: "", kind: kind, approx: nil, lower: nil, upper: nil, decimals: decimals,
            subject: "", section: "", heading: "", sentence: "", paragraph: paragraph, before: "", start: start, end: end,
            report: "", table: nil, cell: cell)
    }
}
