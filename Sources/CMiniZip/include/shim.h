// minizip's reader of zip archives, opened over callbacks that read bytes in memory.
#include <minizip/unzip.h>
