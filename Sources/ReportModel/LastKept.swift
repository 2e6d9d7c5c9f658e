/// A string kept for the last measure and its index, for the next measure that has it too.
struct LastKept {
    private var string = ExactString("")
    private var index: Int?

    init() {}

    init(_ string: String, index: Int) {
        self.string = ExactString(string)
        self.index = index
    }

    func index(ifSameAs other: String) -> Int? {
        guard let index, string == ExactString(other) else { return nil }
        return index
    }
}
