#include "XMLShim.h"
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>

static int xml_options(void) {
  // No network, no external DTD, no entity expansion (so no billion laughs
  // and no local file reads), no messages on standard error.
  return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
         XML_PARSE_COMPACT;
}

void *xmlshim_parse_xml(const char *bytes, size_t length) {
  if (length > 0x7fffffff) return NULL;
  return xmlReadMemory(bytes, (int)length, NULL, NULL, xml_options());
}

void *xmlshim_parse_html(const char *bytes, size_t length, const char *encoding) {
  if (length > 0x7fffffff) return NULL;
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
  return htmlReadMemory(bytes, (int)length, NULL, encoding, options);
}

void xmlshim_free(void *document) {
  if (document) xmlFreeDoc((xmlDocPtr)document);
}

void *xmlshim_root(void *document) {
  return document ? xmlDocGetRootElement((xmlDocPtr)document) : NULL;
}

const char *xmlshim_document_encoding(void *document) {
  return document ? (const char *)((xmlDocPtr)document)->encoding : NULL;
}

int32_t xmlshim_node_kind(void *node) { return (int32_t)((xmlNodePtr)node)->type; }
void *xmlshim_node_first_child(void *node) { return ((xmlNodePtr)node)->children; }
void *xmlshim_node_next(void *node) { return ((xmlNodePtr)node)->next; }
void *xmlshim_node_parent(void *node) { return ((xmlNodePtr)node)->parent; }
const char *xmlshim_node_name(void *node) { return (const char *)((xmlNodePtr)node)->name; }

const char *xmlshim_node_prefix(void *node) {
  xmlNsPtr ns = ((xmlNodePtr)node)->ns;
  return ns ? (const char *)ns->prefix : NULL;
}

const char *xmlshim_node_content(void *node) { return (const char *)((xmlNodePtr)node)->content; }

char *xmlshim_node_attribute(void *node, const char *name) {
  return (char *)xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
}

void xmlshim_string_free(char *string) {
  if (string) xmlFree(string);
}

const char *xmlshim_version(void) { return xmlParserVersion; }
