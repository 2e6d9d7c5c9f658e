import CSQLite

/// An open SQLite database, through the sqlite3 C library. Errors carry SQLite's own message.
final class SQLiteConnection {
    private var handle: OpaquePointer?

    /// Opens the file for writing, creating it when it does not exist.
    init(path: String) throws(SQLiteError) {
        if let problem = reportsh_sqlite_problem() { throw SQLiteError(message: String(cString: problem)) }
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard status == SQLITE_OK else {
            let error = SQLiteError(handle: handle, status: status)
            sqlite3_close(handle)
            handle = nil
            throw error
        }
    }

    deinit { close() }

    /// Runs statements that return no rows.
    func execute(_ sql: String) throws(SQLiteError) {
        let status = sqlite3_exec(handle, sql, nil, nil, nil)
        guard status == SQLITE_OK else { throw SQLiteError(handle: handle, status: status) }
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw SQLiteError(handle: handle, status: status) }
        return SQLiteStatement(statement, connection: handle)
    }

    /// Closes the file; what a failed close leaves is the caller's temporary file to remove.
    func close() {
        guard let open = handle else { return }
        sqlite3_close_v2(open)
        handle = nil
    }
}

/// A prepared statement, run once per row with its parameters bound afresh.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let connection: OpaquePointer?

    fileprivate init(_ statement: OpaquePointer, connection: OpaquePointer?) {
        self.statement = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds the values to the parameters ?1, ?2, … in order and runs the statement.
    func run(_ values: [SQLiteValue]) throws(SQLiteError) {
        sqlite3_reset(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(statement, index)
            case .integer(let number): status = sqlite3_bind_int64(statement, index, number)
            case .real(let number): status = sqlite3_bind_double(statement, index, number)
            case .text(let text):
                status = sqlite3_bind_text(statement, index, text, Int32(text.utf8.count), csqlite_transient())
            }
            guard status == SQLITE_OK else { throw SQLiteError(handle: connection, status: status) }
        }
        let status = sqlite3_step(statement)
        guard status == SQLITE_DONE else { throw SQLiteError(handle: connection, status: status) }
    }
}

/// A value as SQLite stores it.
enum SQLiteValue: Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// What SQLite said went wrong (`disk I/O error`, `database or disk is full`).
struct SQLiteError: Error, CustomStringConvertible {
    var message: String

    init(message: String) {
        self.message = message
    }

    init(handle: OpaquePointer?, status: Int32) {
        if let handle, let text = sqlite3_errmsg(handle) {
            message = String(cString: text)
        } else {
            message = String(cString: sqlite3_errstr(status))
        }
    }

    var description: String { message }
}
