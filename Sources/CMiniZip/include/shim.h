// minizip's reader of zip archives, opened over callbacks that read bytes in memory.
#include <minizip/unzip.h>

// Why minizip's library cannot be opened (one line), or NULL once it is open.
const char *reportsh_minizip_problem(void);
