#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy of ICU inside Foundation.
// Nothing here touches an encoding handler, the one structure those headers change.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// Why libxml2's library cannot be opened (one line), or NULL once it is open.
const char *reportsh_libxml2_problem(void);
