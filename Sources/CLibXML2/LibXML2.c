// libxml2 (with ICU and liblzma behind it), opened when the first web page or Word file is read.
#include "CSharedLibrary.h"

#include "shim.h"

static struct reportsh_shared_library libxml2 = {"libxml2.so.2", "read web pages and Word files", "libxml2", 0};

const char *reportsh_libxml2_problem(void) { return reportsh_shared_library_problem(&libxml2); }

REPORTSH_FORWARD_VOID(libxml2, xmlInitParser, (void), ())
REPORTSH_FORWARD(libxml2, htmlDocPtr, htmlReadMemory,
                 (const char *buffer, int size, const char *URL, const char *encoding, int options),
                 (buffer, size, URL, encoding, options))
REPORTSH_FORWARD(libxml2, xmlDocPtr, xmlReadMemory,
                 (const char *buffer, int size, const char *URL, const char *encoding, int options),
                 (buffer, size, URL, encoding, options))
REPORTSH_FORWARD(libxml2, xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *doc), (doc))
REPORTSH_FORWARD_VOID(libxml2, xmlFreeDoc, (xmlDocPtr cur), (cur))
