import ReportShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension InteractiveShell {
    /// The shell for this process. On a terminal (stdin and stdout both): libedit with the history
    /// file loaded and Ctrl-C caught. Otherwise plain reads of stdin, no history, Ctrl-C left alone.
    public static func forCurrentProcess(
        environment: [String: String],
        vocabulary: @escaping () -> CompletionVocabulary,
        execute: @escaping (StatementReader.Entry) -> Void,
        warn: @escaping (String) -> Void
    ) -> InteractiveShell {
        let terminal = Terminal.current(environment: environment)
        let historyFile = HistoryFile.defaultPath(environment: environment).map { HistoryFile(path: $0) }
        let reader =
            terminal.isInteractive
            ? makeEditor(historyFile: historyFile, environment: environment, vocabulary: vocabulary)
            : nil
        if reader != nil { Interrupt.install() }
        return InteractiveShell(
            reader: reader ?? PlainLineReader(fileDescriptor: STDIN_FILENO),
            historyFile: reader == nil ? nil : historyFile,
            execute: execute, warn: warn)
    }

    private static func makeEditor(
        historyFile: HistoryFile?, environment: [String: String],
        vocabulary: @escaping () -> CompletionVocabulary
    ) -> EditLineReader? {
        EditLineReader(
            history: historyFile?.load() ?? [], vocabulary: vocabulary,
            listingWidth: { Terminal.current(environment: environment).width })
    }
}
