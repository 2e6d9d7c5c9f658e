/// The fields of a ``Measure`` as plain values: what it is made from and what it reads as.
struct MeasureFields: Equatable, Sendable {
    var id: String
    var value: Rational
    var unit: String
    var raw: String
    var kind: MeasureKind
    var approx: String?
    var lower: Rational?
    var upper: Rational?
    var decimals: Int
    var subject: String
    var section: String
    var heading: String
    var sentence: String
    var paragraph: Int
    var before: String
    var start: Int
    var end: Int
    var report: String
    var table: String?
    var cell: CellPosition?
}
