/// Up to four indices into a report's measures, kept in place: the counts on top of a candidate,
/// which an array would allocate for every candidate tried.
struct MeasureIndices: RandomAccessCollection {
    private var slots: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
    let count: Int

    /// The most indices kept.
    static let capacity = 4

    init(_ indices: some Collection<Int32>) {
        precondition(indices.count <= Self.capacity, "MeasureIndices keeps at most four indices")
        count = indices.count
        for (position, index) in indices.enumerated() {
            switch position {
            case 0: slots.0 = index
            case 1: slots.1 = index
            case 2: slots.2 = index
            default: slots.3 = index
            }
        }
    }

    init(_ first: Int32) {
        slots.0 = first
        count = 1
    }

    init(_ first: Int32, _ second: Int32) {
        slots = (first, second, 0, 0)
        count = 2
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Int32 {
        precondition(position >= 0 && position < count, "index out of range")
        switch position {
        case 0: return slots.0
        case 1: return slots.1
        case 2: return slots.2
        default: return slots.3
        }
    }
}
