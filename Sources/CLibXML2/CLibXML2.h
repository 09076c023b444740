// Debian's libxml2-dev, found with pkg-config (libxml-2.0). Only the C target
// XMLShim includes libxml2's headers; Swift never imports this module, so
// Foundation's own use of libxml2 (FoundationXML) cannot clash with it.
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
