import ReportModel

/// A report's figure for an indicator in one year: one row of the `indicators` source.
public struct IndicatorFigure: Sendable {
    public var indicator: Indicator
    /// The report's id.
    public var report: String
    /// The year the figure is for: the report's year, or the year before for a figure the report
    /// recalls (上年为126件).
    public var year: Int?
    public var period: IndicatorPeriod
    /// Every statement of it in the report, in reading order (prose and a table may both state
    /// it); they agree, or the report would have no figure for it.
    public var measures: [Measure]

    /// The first statement, which the row shows.
    public var measure: Measure { measures[0] }
}

/// Whether a figure is for the report's year or recalled from the year before.
public enum IndicatorPeriod: String, Sendable {
    case current
    case previous
}

/// A change from last year that a report states of an indicator: 同比增长15.2%, 较上年增加8件,
/// 比上年下降2.5个百分点, with this year's figure it follows.
public struct IndicatorChange: Sendable {
    public var indicator: Indicator
    public var change: Measure
    /// This year's figure the change is of (the count before 同比增长 in the sentence).
    public var figure: Measure
    /// +1 for an increase, −1 for a decrease, as the words say (a signed figure keeps its sign).
    public var direction: Int
}
