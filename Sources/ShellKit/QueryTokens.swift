/// A rough tokenisation of the text before the cursor, enough for completion to know where it is:
/// the tokens of the current pipeline stage, and the word being typed.
struct QueryTokens {
    /// Tokens since the last `|` (or the line start), not counting the word being typed.
    private(set) var segment: [String] = []
    private(set) var afterPipe = false
    private(set) var insideString = false
    /// The unfinished word at the cursor (empty after a space or operator).
    private(set) var word = ""

    private static let operatorCharacters: Set<Character> = ["=", "<", ">", "!", "~", "+", "-", "*", "/"]
    private static let singleTokens: Set<Character> = ["(", ")", ",", "|"]

    init(_ text: String) {
        var pendingOperator = ""
        for character in text {
            if insideString {
                if character == "\"" { insideString = false }
                continue
            }
            let isWordCharacter = !character.isWhitespace && character != "\""
                && !Self.operatorCharacters.contains(character) && !Self.singleTokens.contains(character)
            if isWordCharacter {
                flush(&pendingOperator)
                word.append(character)
                continue
            }
            finishWord()
            if Self.operatorCharacters.contains(character) {
                pendingOperator.append(character)
                continue
            }
            flush(&pendingOperator)
            switch character {
            case "\"":
                insideString = true
                segment.append("\"")
            case "|":
                segment = []
                afterPipe = true
            case _ where Self.singleTokens.contains(character):
                segment.append(String(character))
            default:
                break
            }
        }
        flush(&pendingOperator)
    }

    private mutating func finishWord() {
        if !word.isEmpty { segment.append(word) }
        word = ""
    }

    private mutating func flush(_ pendingOperator: inout String) {
        if !pendingOperator.isEmpty {
            finishWord()
            segment.append(pendingOperator)
            pendingOperator = ""
        }
    }
}
