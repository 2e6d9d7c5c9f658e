import CEditLine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The interactive line editor: libedit in wide-character mode with emacs keys, history recall
/// (Up, and Ctrl-R incremental search) and Tab completion from `Completer`.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let client: UnsafeMutablePointer<reportsh_client>
    private let output: UnsafeMutablePointer<FILE>
    private let vocabulary: () -> CompletionVocabulary
    private let listingWidth: () -> Int

    /// - Parameters:
    ///   - history: earlier statements, oldest first, recallable with Up.
    ///   - vocabulary: asked on each Tab, so new `let` names and loaded reports complete at once.
    ///   - input, output: the terminal; tests pass the two ends of a pseudo-terminal.
    /// Returns nil when libedit cannot be set up (the caller falls back to `PlainLineReader`).
    public init?(
        programName: String = "reportsh", history entries: [String] = [],
        historyLimit: Int = HistoryFile.defaultLimit,
        vocabulary: @escaping () -> CompletionVocabulary = { CompletionVocabulary() },
        listingWidth: @escaping () -> Int = { 80 },
        input: UnsafeMutablePointer<FILE> = stdin, output: UnsafeMutablePointer<FILE> = stdout,
        errors: UnsafeMutablePointer<FILE> = stderr
    ) {
        // Without a UTF-8 LC_CTYPE libedit silently drops every non-ASCII key.
        guard reportsh_use_utf8_locale() != 0,
            let editLine = el_init(programName, input, output, errors)
        else { return nil }
        guard let history = history_winit() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.output = output
        self.vocabulary = vocabulary
        self.listingWidth = listingWidth
        client = .allocate(capacity: 1)
        client.initialize(to: reportsh_client(owner: nil, prompt: nil, input: fileno(input)))
        client.pointee.owner = Unmanaged.passUnretained(self).toOpaque()

        reportsh_history_set_size(history, Int32(max(1, historyLimit)))
        reportsh_history_set_unique(history, 1)
        for entry in entries { _ = Self.withWide(entry) { reportsh_history_enter(history, $0) } }

        reportsh_el_set_client(editLine, client)
        reportsh_el_use_client_prompt(editLine)
        _ = Self.withWide("emacs") { reportsh_el_set_editor(editLine, $0) }
        // libedit's own handlers keep the display right across resizes and suspends.
        reportsh_el_set_signal(editLine, 1)
        reportsh_el_set_history(editLine, history)
        reportsh_el_set_reader(editLine, Interrupt.interruptibleReader)
        bind("^R", to: "em-inc-search-prev")
        _ = Self.withWide("reportsh-complete") { name in
            Self.withWide("complete the word at the cursor") { help in
                reportsh_el_add_function(
                    editLine, name, help,
                    { editLine, _ in
                        guard let editLine, let owner = reportsh_el_client(editLine)?.pointee.owner else {
                            return UInt8(CC_ERROR)
                        }
                        return Unmanaged<EditLineReader>.fromOpaque(owner).takeUnretainedValue()
                            .completeAtCursor()
                    })
            }
        }
        bind("^I", to: "reportsh-complete")
    }

    deinit {
        el_end(editLine)
        history_wend(history)
        client.pointee.prompt.map { UnsafeMutablePointer(mutating: $0).deallocate() }
        client.deallocate()
    }

    public var keepsHistory: Bool { true }

    public func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        reportsh_el_prepare_terminal(editLine)
        var count: Int32 = 0
        errno = 0
        Interrupt.beginRead()
        let read = el_wgets(editLine, &count)
        Interrupt.endRead()
        guard let text = read else {
            // Ctrl-C inside an incremental search ends the read with count 0, like end of input:
            // the flag our handler raised is what tells the two apart.
            if Interrupt.isRequested || (count < 0 && errno == EINTR) {
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .endOfInput
        }
        var line = Self.string(fromWide: text, count: Int(count))
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func remember(_ statement: String) {
        _ = Self.withWide(statement) { reportsh_history_enter(history, $0) }
    }

    /// Tab: one candidate replaces the word; several extend it by their common prefix, or are listed
    /// under the line when they share no more than the word.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_wline(editLine) else { return UInt8(CC_ERROR) }
        let buffer = info.pointee.buffer
        let line = buffer.map { Self.string(fromWide: $0, count: info.pointee.lastchar - $0) } ?? ""
        let cursor = buffer.map { info.pointee.cursor - $0 } ?? 0
        let words = vocabulary()
        let candidates = Completer.completions(line: line, cursor: cursor, vocabulary: words)
        let word = Completer.word(in: line, cursor: cursor)
        guard let first = candidates.first else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            replace(word, with: first.hasSuffix("/") ? first : first + " ")
            return UInt8(CC_REFRESH)
        }
        let shared = CompletionListing.commonPrefix(candidates)
        if shared.hasPrefix(word) && shared.unicodeScalars.count > word.unicodeScalars.count {
            replace(word, with: shared)
            return UInt8(CC_REFRESH)
        }
        write("\n" + CompletionListing.render(candidates, vocabulary: words, width: listingWidth()))
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ word: String, with replacement: String) {
        el_deletestr(editLine, Int32(word.unicodeScalars.count))
        _ = Self.withWide(replacement) { el_winsertstr(editLine, $0) }
    }

    /// The prompt is kept to ASCII: libedit's prompt drawing has crashed on wide characters.
    private func setPrompt(_ prompt: String) {
        let ascii = prompt.unicodeScalars.map { $0.isASCII ? $0 : "?" }
        let wide = UnsafeMutablePointer<wchar_t>.allocate(capacity: ascii.count + 1)
        for (index, scalar) in ascii.enumerated() { wide[index] = wchar_t(scalar.value) }
        wide[ascii.count] = 0
        client.pointee.prompt.map { UnsafeMutablePointer(mutating: $0).deallocate() }
        client.pointee.prompt = UnsafePointer(wide)
    }

    private func bind(_ key: String, to command: String) {
        _ = Self.withWide(key) { key in Self.withWide(command) { reportsh_el_bind(editLine, key, $0) } }
    }

    private func write(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    private static func withWide<Result>(
        _ text: String,
        _ body: (UnsafePointer<wchar_t>) -> Result
    ) -> Result {
        let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        return body(wide)
    }

    private static func string(fromWide text: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in 0..<max(0, count) {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: text[index])) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
