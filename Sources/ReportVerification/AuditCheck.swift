/// Which kind of arithmetic an audit row checks.
public enum AuditCheck: String, Sendable, CaseIterable {
    /// A percentage, points or tenths against the counts that give it.
    case rate
    /// The stages of one case funnel in a sentence (收到 ≥ 受理 ≥ 办结 ≥ 纠错).
    case order
    /// A 总计/合计/小计 cell against the sum of its row's or column's parts.
    case total
    /// A 比例/占比 cell against the count beside it and the base its label names.
    case share
    /// An identity the report states (第一项加第二项之和，等于第三项加第四项之和) or its template implies.
    case identity
    /// The same quantity stated twice, in prose and in a table cell.
    case `repeat`
    /// A figure against another loaded report of the same issuer: last year's figure behind a stated
    /// change, 上年结转 against last year's 结转下年度继续办理, one year's figure stated twice.
    case crossReport = "cross-report"
}
