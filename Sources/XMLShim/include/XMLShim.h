// XMLShim: the parts of libxml2 that `align` uses, as plain C functions.
//
// A parsed tree is an opaque handle; nodes are opaque pointers valid while
// their tree lives. Strings returned by `xmlshim_node_name` and
// `xmlshim_node_content` belong to the tree; `xmlshim_node_attribute`
// returns a copy to free with `xmlshim_string_free`.
// Only `Sources/Alignment/Formats/XML/` imports this module.
#ifndef ALIGN_XML_SHIM_H
#define ALIGN_XML_SHIM_H

#include <stddef.h>
#include <stdint.h>

/// Node kinds (values of libxml2's `xmlElementType`).
enum {
  XMLSHIM_ELEMENT = 1,
  XMLSHIM_TEXT = 3,
  XMLSHIM_CDATA = 4,
  XMLSHIM_COMMENT = 8,
};

/// Parses an XML document held in memory, without loading external
/// entities or DTDs and without network access. Returns NULL when the bytes
/// are not well-formed XML.
void *xmlshim_parse_xml(const char *bytes, size_t length);

/// Parses an HTML document held in memory with libxml2's HTML parser, which
/// recovers from errors as browsers do. `encoding` is an IANA charset name,
/// or NULL to use the page's own `meta` charset (UTF-8 when it has none).
void *xmlshim_parse_html(const char *bytes, size_t length, const char *encoding);

/// Frees a tree returned by one of the parse functions.
void xmlshim_free(void *document);

/// The root element of a tree, or NULL.
void *xmlshim_root(void *document);

/// The `<meta charset>` / `http-equiv` encoding libxml2 used, or NULL.
const char *xmlshim_document_encoding(void *document);

int32_t xmlshim_node_kind(void *node);
void *xmlshim_node_first_child(void *node);
void *xmlshim_node_next(void *node);
void *xmlshim_node_parent(void *node);
/// The local name of an element (without its namespace prefix).
const char *xmlshim_node_name(void *node);
/// The namespace prefix of an element ("w" in `w:p`), or NULL.
const char *xmlshim_node_prefix(void *node);
/// The text of a text, CDATA or comment node.
const char *xmlshim_node_content(void *node);
/// The value of the attribute with this local name, whatever its namespace,
/// or NULL. Free the result with `xmlshim_string_free`.
char *xmlshim_node_attribute(void *node, const char *name);
void xmlshim_string_free(char *string);

/// The version of libxml2 in use, such as "20914".
const char *xmlshim_version(void);

#endif
