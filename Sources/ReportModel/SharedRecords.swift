/// Records that many measures of a report have alike (their details, their settings), each kept
/// once, by index: the last one's index when a measure has the record of the one before, as many
/// do, else found or added.
struct SharedRecords<Record: Hashable> {
    private(set) var records: [Record] = []
    private var indices: [Record: Int] = [:]
    private var last: (record: Record, index: Int)?

    /// Room for records of `measures` measures: a table grown as they came was rehashed each time.
    mutating func reserve(forMeasures measures: Int) {
        indices.reserveCapacity(measures / 2)
    }

    /// The index of `record`; nil when it is new and past ``Measure/largestShortIndex``, the
    /// largest a measure's 16-bit fields hold.
    mutating func index(of record: Record) -> Int? {
        if let last, last.record == record { return last.index }
        let index: Int
        if let known = indices[record] {
            index = known
        } else {
            index = records.count
            guard index <= Measure.largestShortIndex else { return nil }
            records.append(record)
            indices[record] = index
        }
        last = (record, index)
        return index
    }
}
