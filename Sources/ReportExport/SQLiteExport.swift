import ReportDocuments
import ReportLanguage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reports as a SQLite database: a table per source of the language (reports, sections,
/// measures, tables, cells, audit, and any source added later), with the source's columns (see
/// ``ExportColumn`` for their types) and indexes on `report`, `unit` and `(report, id)`, so that
/// `sqlite3`, DuckDB, pandas or Datasette open it as it is.
///
/// The database is written whole into a temporary file beside the target and renamed over it, so
/// a failed or interrupted export leaves what was there. The target may be missing, empty, or a
/// SQLite database, which is replaced; any other file is refused, so that a mistyped name never
/// overwrites a report or a script.
public enum SQLiteExport {
    /// `PRAGMA user_version` of the files written: raised when a column changes meaning.
    public static let schemaVersion = 1

    /// Writes every source over the evaluator's reports to `path`; returns each table's row count.
    public static func write(_ evaluator: Evaluator, to path: String) throws(ExportError) -> [(table: String, rows: Int)] {
        var seen = Set<String>()
        if let repeated = evaluator.reports.first(where: { !seen.insert($0.id).inserted }) {
            throw ExportError(
                path: path,
                reason: "two reports have the id '\(repeated.id)', and the database names rows by report; export them apart")
        }
        let target = try checkedTarget(path)
        let file: ReplacementFile
        do { file = try ReplacementFile(replacing: target) } catch { throw ExportError(path: path, reason: error.reason) }
        let counts: [(table: String, rows: Int)]
        do throws(ExportError) {
            counts = try fill(file.temporaryPath, from: evaluator, path: path)
        } catch {
            file.discard()
            throw error
        }
        do { try file.commit() } catch { throw ExportError(path: path, reason: error.reason) }
        return counts
    }

    /// One line for the person who asked: `wrote corpus.sqlite: measures 412, sections 96, …` (rows).
    public static func summary(of counts: [(table: String, rows: Int)], path: String) -> String {
        "wrote \(path): " + counts.map { "\($0.table) \($0.rows)" }.joined(separator: ", ")
    }

    private static func fill(_ file: String, from evaluator: Evaluator, path: String) throws(ExportError) -> [(
        table: String, rows: Int
    )] {
        do {
            let database = try SQLiteConnection(path: file)
            defer { database.close() }
            // The file is private until renamed, and synced once whole: SQLite need not journal or
            // sync each step.
            try database.execute(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA user_version = \(schemaVersion); BEGIN;")
            var counts: [(table: String, rows: Int)] = []
            for source in Evaluator.standaloneSources {
                let table: Table
                do { table = try evaluator.table(of: source) } catch {
                    throw ExportError(path: path, reason: error.message, wasInterrupted: error.kind == .interrupted)
                }
                guard try write(table, as: source.rawValue, into: database, until: evaluator.shouldStop) else {
                    throw ExportError(path: path, reason: "interrupted", wasInterrupted: true)
                }
                counts.append((source.rawValue, table.rows.count))
            }
            try database.execute("COMMIT;")
            return counts
        } catch let error as SQLiteError {
            throw ExportError(path: path, reason: error.message)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError(path: path, reason: "\(error)")
        }
    }

    /// False when `shouldStop` said to stop before every row was written.
    private static func write(
        _ table: Table, as name: String, into database: SQLiteConnection, until shouldStop: () -> Bool
    ) throws(SQLiteError) -> Bool {
        let columns = table.columns.enumerated().map { index, column in
            ExportColumn(name: column, values: table.rows.lazy.map { $0[index] })
        }
        let definitions = columns.flatMap(\.definitions)
        let declared = definitions.map { quoted($0.name) + " " + $0.type }
        try database.execute("CREATE TABLE \(quoted(name)) (\(declared.joined(separator: ", ")));")
        let parameters = definitions.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        let insert = try database.prepare("INSERT INTO \(quoted(name)) VALUES (\(parameters));")
        for (number, row) in table.rows.enumerated() {
            if number % 4096 == 0, shouldStop() { return false }
            try insert.run(zip(columns, row).flatMap { column, value in column.sqlValues(value) })
        }
        for indexed in indexedColumns(table.columns) {
            let indexName = quoted(([name] + indexed).joined(separator: "_"))
            try database.execute(
                "CREATE INDEX \(indexName) ON \(quoted(name)) (\(indexed.map(quoted).joined(separator: ", ")));")
        }
        return true
    }

    /// What a query over a corpus selects or joins by: the report, the unit, and a row's id within
    /// its report (the key that `measure`, `claim` and `table` columns elsewhere refer to).
    static func indexedColumns(_ columns: [String]) -> [[String]] {
        var indexes: [[String]] = []
        let has = Set(columns)
        if has.contains("report") { indexes.append(has.contains("id") ? ["report", "id"] : ["report"]) }
        if !has.contains("report"), has.contains("id") { indexes.append(["id"]) }
        if has.contains("unit") { indexes.append(["unit"]) }
        return indexes
    }

    /// An SQL identifier in double quotes: several columns are SQL keywords (`end`, `check`, `table`).
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacing("\"", with: "\"\"") + "\""
    }

    // MARK: - Files

    /// The file to replace, with symbolic links followed; refuses anything but a missing file, an
    /// empty one or a SQLite database.
    private static func checkedTarget(_ path: String) throws(ExportError) -> String {
        guard !path.isEmpty else { throw ExportError(path: path, reason: "a file name is needed") }
        let target = ReplacementFile.followingLinks(path)
        var status = stat()
        guard stat(target, &status) == 0 else {
            guard errno == ENOENT else { throw ExportError(path: path, reason: FileSystemFailure.fromErrno().reason) }
            return target
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ExportError(path: path, reason: "it is a folder")
        default: throw ExportError(path: path, reason: "a database is written to a regular file, not a device or FIFO")
        }
        guard status.st_size > 0 else { return target }
        guard try isSQLiteDatabase(target, for: path) else {
            throw ExportError(
                path: path, reason: "it exists and is not a SQLite database; remove it or choose another name")
        }
        return target
    }

    /// Whether the file starts with SQLite's header, `SQLite format 3` and a NUL.
    private static func isSQLiteDatabase(_ file: String, for path: String) throws(ExportError) -> Bool {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ExportError(path: path, reason: FileSystemFailure.fromErrno().reason) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count == 16 && header == Array("SQLite format 3\0".utf8)
    }
}
