/// Recursive-descent parser over the lexer's tokens; each function names its production.
public struct Parser {
    private var tokens: [Token]
    private var position = 0
    /// The statement's lines, to name a selected expression by its text.
    private var lines: [[Character]] = []
    /// Nesting of the expression being parsed, checked on the way down so that a flood of `(`
    /// stops at once; ``Expression/depth`` checks the same bound on the way up.
    private var depth = 0
    /// How deep an expression may nest: brackets, operators (a chain of 1+1+… nests one level per
    /// `+`), prefix operators, calls and fields alike. Evaluating recurses this deep, so the bound
    /// keeps any statement from overflowing the stack.
    static let maximumDepth = 200

    static func tooDeep(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            "the expression nests too deeply (at most \(maximumDepth) levels of brackets and operators)", at: range, kind: .syntax
        )
    }

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    public static func parse(_ source: String) throws(Diagnostic) -> Statement {
        var parser = Parser(tokens: try Lexer.tokens(source))
        parser.lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        return try parser.statement()
    }

    private var current: Token { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func isWord(_ word: String) -> Bool { current.kind == .identifier(word) }
    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    private func unexpected(_ expected: String) -> Diagnostic {
        if current.kind == .end {
            return Diagnostic("expected \(expected) before the end of the statement", at: current.range, kind: .incomplete)
        }
        return Diagnostic("expected \(expected)", at: current.range, kind: .syntax)
    }

    private mutating func expectSymbol(_ symbol: String) throws(Diagnostic) {
        guard isSymbol(symbol) else { throw unexpected("'\(symbol)'") }
        _ = advance()
    }

    // statement := 'let' NAME '=' pipeline | check | solve | pipeline
    mutating func statement() throws(Diagnostic) -> Statement {
        let result: Statement
        var keyword: StatementKeyword?
        if case .identifier(let word) = current.kind { keyword = StatementKeyword(rawValue: word) }
        switch keyword {
        case .check:
            result = try check()
        case .solve:
            result = try solve()
        case .let:
            _ = advance()
            guard case .identifier(let name) = current.kind, !Token.keywords.contains(name) else {
                throw unexpected("a name after 'let'")
            }
            let nameToken = advance()
            try expectSymbol("=")
            result = .assignment(name: name, value: try pipeline(), range: nameToken.range)
        case nil:
            result = .query(try pipeline())
        }
        // SQL compares with a single '=', and users of sqlite3 and duckdb type it here.
        if current.kind == .symbol("=") {
            throw Diagnostic("'=' only names a value (let x = …); compare with '=='", at: current.range, kind: .syntax)
        }
        guard current.kind == .end else {
            throw Diagnostic("expected '|' or the end of the statement", at: current.range, kind: .syntax)
        }
        return result
    }

    // check := 'check' expression COMPARISON expression [STRING]
    mutating func check() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let comparison = try expression()
        guard case .binary(let binaryOperator, let left, let right) = comparison.kind,
            Self.comparisons.contains(binaryOperator)
        else {
            if current.kind == .end, comparison.range.column == keyword.range.column {
                throw unexpected("a comparison after 'check'")
            }
            throw Diagnostic(
                "'check' needs a comparison (==, !=, <, <=, >, >=), as in check 17.4% == m39 / m38",
                at: comparison.range, kind: .syntax)
        }
        var label: String?
        if case .string(let text) = current.kind {
            _ = advance()
            label = text
        }
        return .check(CheckStatement(lhs: operand(left), comparison: binaryOperator, rhs: operand(right), label: label))
    }

    private static let comparisons: Set<BinaryOperator> = [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual]

    // solve := 'solve' expression ['of' expression]
    mutating func solve() throws(Diagnostic) -> Statement {
        _ = advance()
        let claim = operand(try expression())
        guard isWord("of") else { return .solve(claim: claim, base: nil) }
        _ = advance()
        return .solve(claim: claim, base: try expression())
    }

    private func operand(_ expression: Expression) -> Operand {
        Operand(expression: expression, text: tokensText(expression.range))
    }

    // pipeline := source ('|' stage)*
    mutating func pipeline() throws(Diagnostic) -> Pipeline {
        var result = Pipeline(source: try source(), stages: [])
        while isSymbol("|") {
            _ = advance()
            result.stages.append(try stage())
        }
        return result
    }

    // source := 'measures' | 'sections' | 'reports' | 'tables' | 'cells' | 'indicators' | 'audit' | 'find' STRING | expression
    mutating func source() throws(Diagnostic) -> PipelineSource {
        guard case .identifier(let word) = current.kind, let source = SourceName(rawValue: word) else {
            return .expression(try expression())
        }
        _ = advance()
        switch source {
        case .measures: return .measures
        case .audit: return .audit
        case .sections: return .sections
        case .reports: return .reports
        case .tables: return .tables
        case .cells: return .cells
        case .indicators: return .indicators
        case .find:
            guard case .string(let text) = current.kind else { throw unexpected("a string after 'find'") }
            _ = advance()
            return .find(text)
        }
    }

    // stage := 'where' expression | 'sort' sortKey (',' sortKey)* | 'take' primary
    //        | 'select' selection (',' selection)* | aggregate | 'group' FIELD aggregate
    //        | 'chart' [FIELD] ['by' FIELD]
    mutating func stage() throws(Diagnostic) -> Stage {
        guard case .identifier(let word) = current.kind, let stage = StageName(rawValue: word) else {
            throw unexpected("a stage (" + StageName.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        switch stage {
        case .chart:
            let keyword = advance()
            var value: Field?
            if case .identifier(let name) = current.kind, name != "by" { value = try field() }
            guard isWord("by") else { return .chart(value: value, label: nil, range: keyword.range) }
            _ = advance()
            return .chart(value: value, label: try field(), range: keyword.range)
        case .where:
            _ = advance()
            return .filter(try expression())
        case .sort:
            _ = advance()
            var keys: [(field: Field, descending: Bool)] = []
            repeat {
                if !keys.isEmpty { _ = advance() }
                let key = try field()
                var descending = false
                if isWord("desc") { _ = advance(); descending = true } else if isWord("asc") { _ = advance() }
                keys.append((key, descending))
            } while isSymbol(",")
            return .sort(keys)
        case .take:
            _ = advance()
            return .take(try primary())
        case .select:
            _ = advance()
            var selections: [(name: String, value: Expression)] = []
            repeat {
                if !selections.isEmpty { _ = advance() }
                selections.append(try selection())
            } while isSymbol(",")
            return .select(selections)
        case .group:
            _ = advance()
            let key = try field()
            guard isSymbol("|") else {
                throw unexpected("'|' and an aggregate (count, sum, avg, min, max) after 'group \(key.name)'")
            }
            _ = advance()
            guard let aggregate = try aggregate() else { throw unexpected("an aggregate (count, sum, avg, min, max)") }
            return .group(key, aggregate)
        case .count, .sum, .avg, .min, .max:
            guard let aggregate = try aggregate() else { throw unexpected("an aggregate (count, sum, avg, min, max)") }
            return .aggregate(aggregate)
        }
    }

    // aggregate := 'count' | ('sum' | 'avg' | 'min' | 'max') FIELD
    mutating func aggregate() throws(Diagnostic) -> Aggregate? {
        if isWord("count") { _ = advance(); return .count }
        if isWord("sum") { _ = advance(); return .sum(try field()) }
        if isWord("avg") { _ = advance(); return .average(try field()) }
        if isWord("min") { _ = advance(); return .minimum(try field()) }
        if isWord("max") { _ = advance(); return .maximum(try field()) }
        return nil
    }

    // selection := NAME '=' expression | expression
    mutating func selection() throws(Diagnostic) -> (name: String, value: Expression) {
        if case .identifier(let name) = current.kind, tokens[min(position + 1, tokens.count - 1)].kind == .symbol("=") {
            _ = advance(); _ = advance()
            return (name, try expression())
        }
        let value = try expression()
        switch value.kind {
        case .name(let name): return (name, value)
        case .field(_, let field): return (field.name, value)
        default: return (tokensText(value.range), value)
        }
    }

    private func tokensText(_ range: SourceRange) -> String {
        guard range.line - 1 < lines.count else { return "value" }
        let line = lines[range.line - 1]
        let end = min(line.count, range.column - 1 + range.length)
        return range.column - 1 < end ? String(line[(range.column - 1)..<end]) : "value"
    }

    // field := NAME
    mutating func field() throws(Diagnostic) -> Field {
        guard case .identifier(let name) = current.kind else { throw unexpected("a field name") }
        return Field(name: name, range: advance().range)
    }

    // expression := binary(0) ['as' '%' [DIGITS]]
    mutating func expression() throws(Diagnostic) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw Self.tooDeep(at: current.range) }
        let value = try binary(minimumPriority: 0)
        guard isWord("as") else { return value }
        _ = advance()
        let percentToken = current
        try expectSymbol("%")
        var decimals = 2
        if case .number(let digits, false) = current.kind, current.range.column == percentToken.range.column + 1,
            digits.isInteger, let places = Int(exactly: digits.numerator), places <= 10
        {
            decimals = places
            _ = advance()
        }
        return try node(.percent(value, decimals: decimals), range: value.range.through(percentToken.range), children: [value])
    }

    /// A node over `children`, one level deeper than the deepest of them, at most ``maximumDepth``.
    private func node(
        _ kind: ExpressionKind, range: SourceRange, children: [Expression],
        at position: SourceRange? = nil
    ) throws(Diagnostic) -> Expression {
        let depth = 1 + (children.map(\.depth).max() ?? 0)
        guard depth <= Self.maximumDepth else { throw Self.tooDeep(at: position ?? range) }
        return Expression(kind: kind, range: range, depth: depth)
    }

    // binary(p) := unary (OPERATOR binary(priority(OPERATOR).right))*   while priority.left > p
    mutating func binary(minimumPriority: Int) throws(Diagnostic) -> Expression {
        var left = try unary()
        while let binaryOperator = currentBinaryOperator() {
            let priority = Precedence.priority(of: binaryOperator)
            guard priority.left > minimumPriority else { break }
            let operatorToken = advance()
            let right = try binary(minimumPriority: priority.right)
            left = try node(
                .binary(binaryOperator, left, right), range: left.range.through(right.range),
                children: [left, right], at: operatorToken.range)
        }
        return left
    }

    private func currentBinaryOperator() -> BinaryOperator? {
        switch current.kind {
        case .symbol(let symbol): return BinaryOperator(rawValue: symbol)
        case .identifier("and"): return .and
        case .identifier("or"): return .or
        default: return nil
        }
    }

    // unary := 'not' binary(Precedence.not) | '-' binary(Precedence.unary) | postfix
    mutating func unary() throws(Diagnostic) -> Expression {
        let start = current.range
        if isWord("not") || isSymbol("-") {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw Self.tooDeep(at: current.range) }
            let unaryOperator: UnaryOperator = isWord("not") ? .not : .negate
            _ = advance()
            let operand = try binary(minimumPriority: unaryOperator == .not ? Precedence.not : Precedence.unary)
            return try node(.unary(unaryOperator, operand), range: start.through(operand.range), children: [operand], at: start)
        }
        return try postfix()
    }

    // postfix := primary ('.' NAME)*
    mutating func postfix() throws(Diagnostic) -> Expression {
        var value = try primary()
        while isSymbol(".") {
            _ = advance()
            let name = try field()
            let range = value.range.through(name.range)
            if case .string(let report) = value.kind, MeasureIndex.isMeasureID(name.name) {
                value = Expression(kind: .measureReference(report: report, id: name.name), range: range)
            } else {
                value = try node(.field(value, name), range: range, children: [value], at: name.range)
            }
        }
        return value
    }

    // primary := NUMBER | STRING | 'true' | 'false' | 'null' | '$'NAME | REPORT.mN | NAME ['(' args ')'] | '(' expression ')'
    mutating func primary() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case .number(let value, let isPercent):
            _ = advance()
            return Expression(kind: .number(value, isPercent: isPercent), range: token.range)
        case .string(let text):
            _ = advance()
            return Expression(kind: .string(text), range: token.range)
        case .argument(let name):
            _ = advance()
            return Expression(kind: .argument(name), range: token.range)
        case .measureReference(let report, let id):
            _ = advance()
            return Expression(kind: .measureReference(report: report, id: id), range: token.range)
        case .identifier("true"), .identifier("false"):
            _ = advance()
            return Expression(kind: .boolean(token.kind == .identifier("true")), range: token.range)
        case .identifier("null"):
            _ = advance()
            return Expression(kind: .null, range: token.range)
        case .identifier(let name) where !Token.keywords.contains(name):
            _ = advance()
            guard isSymbol("(") else { return Expression(kind: .name(name), range: token.range) }
            _ = advance()
            var arguments: [Expression] = []
            while !isSymbol(")") {
                if !arguments.isEmpty { try expectSymbol(",") }
                arguments.append(try expression())
            }
            let close = advance()
            return try node(.call(name, arguments), range: token.range.through(close.range), children: arguments, at: token.range)
        case .identifier(let name) where Keyword.fieldNames.contains(name):
            _ = advance()
            return Expression(kind: .name(name), range: token.range)
        case .symbol("("):
            _ = advance()
            var inner = try expression()
            let close = current
            try expectSymbol(")")
            guard inner.depth < Self.maximumDepth else { throw Self.tooDeep(at: token.range) }
            inner.range = token.range.through(close.range)
            inner.depth += 1
            return inner
        default:
            throw unexpected("a value")
        }
    }
}
