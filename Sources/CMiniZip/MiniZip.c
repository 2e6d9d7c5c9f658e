// minizip, opened when the first Word file is read.
#include "CSharedLibrary.h"

#include "shim.h"

static struct reportsh_shared_library minizip = {"libminizip.so.1", "read Word files", "libminizip1", 0};

const char *reportsh_minizip_problem(void) { return reportsh_shared_library_problem(&minizip); }

REPORTSH_FORWARD(minizip, unzFile, unzOpen2_64, (const void *path, zlib_filefunc64_def *functions),
                 (path, functions))
REPORTSH_FORWARD(minizip, int, unzClose, (unzFile file), (file))
REPORTSH_FORWARD(minizip, int, unzLocateFile, (unzFile file, const char *name, int caseSensitivity),
                 (file, name, caseSensitivity))
REPORTSH_FORWARD(minizip, int, unzGetCurrentFileInfo64,
                 (unzFile file, unz_file_info64 *info, char *name, uLong nameSize, void *extra,
                  uLong extraSize, char *comment, uLong commentSize),
                 (file, info, name, nameSize, extra, extraSize, comment, commentSize))
REPORTSH_FORWARD(minizip, int, unzOpenCurrentFile, (unzFile file), (file))
REPORTSH_FORWARD(minizip, int, unzReadCurrentFile, (unzFile file, voidp buffer, unsigned length),
                 (file, buffer, length))
REPORTSH_FORWARD(minizip, int, unzCloseCurrentFile, (unzFile file), (file))
