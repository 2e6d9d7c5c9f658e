/// The nearest known name to a misspelt one, for "did you mean" hints.
package enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let left = Array(a), right = Array(b)
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var row = [i + 1]
            for (j, rightCharacter) in right.enumerated() {
                row.append(Swift.min(previous[j + 1] + 1, row[j] + 1, previous[j] + (leftCharacter == rightCharacter ? 0 : 1)))
            }
            previous = row
        }
        return previous[right.count]
    }

    package static func suggestion(for name: String, among candidates: [String]) -> String {
        // Ties go to the alphabetically first name, so the hint never depends on hash order.
        let best = candidates.map { ($0, between(name, $0)) }.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        // Half the name may differ (a transposition costs 2), never all of it.
        guard let best, best.1 <= Swift.max(1, (name.count + 1) / 2), best.1 < name.count else { return "" }
        return "; did you mean '\(best.0)'?"
    }
}
