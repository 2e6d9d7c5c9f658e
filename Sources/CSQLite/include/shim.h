#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast of -1 to a function pointer, a macro Swift cannot import: text bound
// with it is copied by SQLite before the call returns.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

// Why sqlite's library cannot be opened (one line), or NULL once it is open.
const char *reportsh_sqlite_problem(void);
