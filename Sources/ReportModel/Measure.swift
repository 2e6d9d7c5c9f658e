/// One figure stated in a report: what it says, how exact it is, and where it stands.
public struct Measure: Sendable, Hashable {
    /// `m1`, `m2`, … in reading order, stable for the same text.
    public var id: String
    /// The number in `unit`, with 万/亿/千 multiplied out (`1.8万项` → 18000).
    public var value: Rational
    /// `件`, `个`, `元` (money in yuan is always in 元; other money in its currency, `美元`), `%`,
    /// `个百分点`, `成`, `倍`, …
    public var unit: String
    /// The text as written, qualifier included (`3000多名`, `50%以上`).
    public var raw: String
    public var kind: MeasureKind
    /// The qualifier as written (余, 多, 以上, 近, 超过近, …), nil for a plain figure.
    public var approx: String?
    /// The interval of true values the wording allows; nil is unbounded on that side.
    public var lower: Rational?
    public var upper: Rational?
    /// Decimal places as written (`17.4%` → 1, `1.8万` → 1, `27件` → 0).
    public var decimals: Int
    /// The most decimal places a figure can have: its rounding step, 10^-decimals, and the
    /// values around it must still fit the 128-bit fractions of ``Rational`` with room to spare.
    public static let maximumDecimals = 18
    /// The phrase the figure counts (`办结`, `收到行政复议申请`, `直接纠错率`).
    public var subject: String
    /// Outline path (`一/(五)/一是`) and the titles along it joined by ` › `.
    public var section: String
    public var heading: String
    /// The sentence the figure stands in.
    public var sentence: String
    /// The paragraph the figure stands in: the index of its line in the report text, from 0.
    public var paragraph: Int
    /// The text just before the figure in its paragraph (at most ``beforeLength`` scalars): the
    /// clause that names what it counts (`撤销、确认违法、责令履行案件共` before 4件) and the words
    /// that make it a change (同比增长) or last year's figure (上年为). Verification reads these
    /// from the model, never from the report's text, so a report loaded from its JSON audits
    /// exactly as its text does.
    public var before: String
    /// Offsets of `raw` in the report text, in Unicode scalars.
    public var start: Int
    public var end: Int
    /// The id of the report the figure belongs to.
    public var report: String
    /// The table the figure is a cell of (``ReportTable/id``), and its cell there; nil in prose.
    public var table: String?
    public var cell: CellPosition?

    public init(
        id: String, value: Rational, unit: String, raw: String, kind: MeasureKind,
        approx: String?, lower: Rational?, upper: Rational?, decimals: Int,
        subject: String, section: String, heading: String, sentence: String,
        paragraph: Int, before: String, start: Int, end: Int, report: String,
        table: String? = nil, cell: CellPosition? = nil
    ) {
        self.id = id
        self.value = value
        self.unit = unit
        self.raw = raw
        self.kind = kind
        self.approx = approx
        self.lower = lower
        self.upper = upper
        self.decimals = decimals
        self.subject = subject
        self.section = section
        self.heading = heading
        self.sentence = sentence
        self.paragraph = paragraph
        self.before = before
        self.start = start
        self.end = end
        self.report = report
        self.table = table
        self.cell = cell
    }
}

extension Measure {
    /// How much of the paragraph before a figure ``before`` keeps: more than any clause that
    /// verification reads (16 scalars) with the fillers between a change word and its figure.
    public static let beforeLength = 24
}

/// What sort of quantity a measure is; the JSON name is the raw value.
public enum MeasureKind: String, Sendable, Hashable, CaseIterable {
    /// Things counted with a measure word: 27件, 两级, 3000多名, 1.8万项.
    case count
    /// Money, in 元 or in the currency written: 9296万元 → 92960000 元, 3000万美元 → 30000000 美元.
    case amount
    /// A percentage, in `%`: 17.4%, 百分之十七点四.
    case percent
    /// A difference of percentages, in `个百分点`.
    case points
    /// Tenths, in `成`: 七成, 超六成.
    case tenths
    /// A multiple, in `倍`: 一倍, 近3倍.
    case multiple
    /// A fraction in words, exact and with no unit: 三分之二 → 2/3, 占比近三分之一 → 1/3 (approx 近).
    /// Over 百, 千, 万, … it is a percent instead (百分之五, 千分之三 → 0.3 %).
    case fraction
}
