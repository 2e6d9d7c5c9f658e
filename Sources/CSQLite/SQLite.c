// sqlite3, opened when the first database is written.
#include "CSharedLibrary.h"

#include "shim.h"

static struct reportsh_shared_library sqlite = {"libsqlite3.so.0", "write SQLite databases", "libsqlite3-0", 0};

const char *reportsh_sqlite_problem(void) { return reportsh_shared_library_problem(&sqlite); }

REPORTSH_FORWARD(sqlite, int, sqlite3_open_v2, (const char *file, sqlite3 **database, int flags, const char *vfs),
                 (file, database, flags, vfs))
REPORTSH_FORWARD(sqlite, int, sqlite3_close, (sqlite3 * database), (database))
REPORTSH_FORWARD(sqlite, int, sqlite3_close_v2, (sqlite3 * database), (database))
REPORTSH_FORWARD(sqlite, const char *, sqlite3_errmsg, (sqlite3 * database), (database))
REPORTSH_FORWARD(sqlite, const char *, sqlite3_errstr, (int status), (status))
REPORTSH_FORWARD(sqlite, int, sqlite3_exec,
                 (sqlite3 * database, const char *sql, int (*callback)(void *, int, char **, char **),
                  void *context, char **error),
                 (database, sql, callback, context, error))
REPORTSH_FORWARD(sqlite, int, sqlite3_prepare_v2,
                 (sqlite3 * database, const char *sql, int length, sqlite3_stmt **statement, const char **tail),
                 (database, sql, length, statement, tail))
REPORTSH_FORWARD(sqlite, int, sqlite3_bind_double, (sqlite3_stmt * statement, int index, double value),
                 (statement, index, value))
REPORTSH_FORWARD(sqlite, int, sqlite3_bind_int64, (sqlite3_stmt * statement, int index, sqlite3_int64 value),
                 (statement, index, value))
REPORTSH_FORWARD(sqlite, int, sqlite3_bind_null, (sqlite3_stmt * statement, int index), (statement, index))
REPORTSH_FORWARD(sqlite, int, sqlite3_bind_text,
                 (sqlite3_stmt * statement, int index, const char *text, int length, void (*destructor)(void *)),
                 (statement, index, text, length, destructor))
REPORTSH_FORWARD(sqlite, int, sqlite3_step, (sqlite3_stmt * statement), (statement))
REPORTSH_FORWARD(sqlite, int, sqlite3_reset, (sqlite3_stmt * statement), (statement))
REPORTSH_FORWARD(sqlite, int, sqlite3_finalize, (sqlite3_stmt * statement), (statement))
