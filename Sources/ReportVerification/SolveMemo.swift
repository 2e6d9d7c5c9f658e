import ReportModel
import Synchronization

/// The smallest base the audit names for a rate no counts give, kept by the claim: rates recur
/// across reports (100%, 33.3%, 三成), and working one out is some forty thousand instructions of
/// exact arithmetic (the simplest share in each rounding range), looking it up a hash. (The counts
/// of a given base are not kept: on the bench sample few of those questions recur, and keeping
/// them cost more than it saved.) Reports are audited on several threads at once, so the answers
/// are behind a lock; they are emptied when ``capacity`` are kept, so that a corpus of any size
/// keeps a bounded number.
enum SolveMemo {
    /// What an answer depends on: the claim but for its text, which the row does not show.
    private struct Question: Hashable {
        var value: Rational
        var decimals: Int
        var step: Rational
        var unit: String
        var unitScale: Rational
        var interval: Interval
        var isRounded: Bool

        init(_ claim: StatedClaim) {
            (value, decimals, step, unit) = (claim.value, claim.decimals, claim.step, claim.unit)
            (unitScale, interval, isRounded) = (claim.unitScale, claim.interval, claim.isRounded)
        }

        /// The value and decimals only, which nearly always tell two questions apart (equality
        /// still compares every field): hashing all five rationals' 128-bit parts and the unit cost
        /// more than a third of what a look-up saved.
        func hash(into hasher: inout Hasher) {
            hasher.combine(value)
            hasher.combine(decimals)
        }
    }

    private static let capacity = 4096
    private static let answers = Mutex<[Question: SmallestBase?]>([:])

    /// ``Solve/firstRowOfSmallestBase(for:)``, one answer shared by every claim that asks it.
    static func smallestBase(for claim: StatedClaim) throws(ArithmeticError) -> SmallestBase? {
        let question = Question(claim)
        if let known = answers.withLock({ $0[question] }) { return known }
        let answer = try Solve.firstRowOfSmallestBase(for: claim).map(SmallestBase.init)
        answers.withLock { answers in
            if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
            answers[question] = .some(answer)
        }
        return answer
    }
}

/// The first row of a claim's smallest base, kept once for all the audit rows that name it: a
/// row refers to it rather than keeping a copy (a corpus's audit has some ninety thousand such rows).
final class SmallestBase: Sendable {
    let row: SolveRow

    init(_ row: SolveRow) { self.row = row }
}
