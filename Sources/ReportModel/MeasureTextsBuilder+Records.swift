/// The records a measure of a report shares with others (its place, its detail, its cell) and the
/// code of its id: what lets a measure be 40 bytes.
extension MeasureTextsBuilder {
    /// The ``Measure/idCode`` of an id and its ``MeasureDetail/idBlock``: its number, else its index
    /// among the names; nil when that index does not fit.
    mutating func idCode(_ id: String) -> (code: UInt16, block: UInt16)? {
        if let number = Measure.number(ofID: id), let parts = Measure.idParts(number: Int(number)) { return parts }
        return idCode(ofName: id)
    }

    /// The codes of an id kept among the names.
    mutating func idCode(ofName id: String) -> (code: UInt16, block: UInt16)? {
        Measure.idCode(ofName: name(id)).map { ($0, 0) }
    }

    /// The indices of a measure's setting, detail and cell (or ``Measure/noCell``), or nil when one
    /// of its indices is past what a measure's 16-bit fields hold (the measure then stays as it was).
    mutating func keptRecords(
        section: Int, heading: Int, unit: Int, approx: Int?, table: Int?, lower: Int, upper: Int, kind: MeasureKind,
        decimals: Int, idBlock: UInt16, cell: CellPosition?
    ) -> (setting: Int, detail: Int, cell: Int)? {
        guard [section, heading, unit, approx ?? 0, table ?? 0].allSatisfy({ $0 <= Measure.largestShortIndex }),
            lower <= Int(Measure.noBound), upper <= Int(Measure.noBound),
            let setting = settings.index(
                of: MeasureSetting(section: UInt16(section), heading: UInt16(heading), unit: UInt16(unit))),
            let detail = details.index(
                of: MeasureDetail(
                    lower: UInt16(lower), upper: UInt16(upper), approx: approx.map(UInt16.init) ?? Measure.noName,
                    table: table.map(UInt16.init) ?? Measure.noName, kindOrdinal: kind.ordinal,
                    decimals: Int8(clamping: decimals), idBlock: idBlock))
        else { return nil }
        guard let cell else { return (setting, detail, Int(Measure.noCell)) }
        if let code = Measure.cellCode(cell) { return (setting, detail, Int(code)) }
        guard let index = cells.index(of: MeasureCell(row: UInt16(cell.row), col: UInt16(cell.col))),
            let code = Measure.cellCode(sharedAt: index)
        else { return nil }
        return (setting, detail, Int(code))
    }
}
