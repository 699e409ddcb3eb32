/*
** refi.h: pieces shared by the REFI-QDA exchange (QDA-XML 1.0): project
** export and import (qdpx_write.c, qdpx_read.c) and codebooks (qdc.c).
**
** Exports: refi_guid() (stable GUIDs), the producers and refi_producer(),
** refi_write_codes() (a codebook tree as <Code> elements), refi_code_text()
** and refi_code_split() (a code's description and example in one
** <Description>), refi_xml_read() (a safe parse of an XML part),
** refi_xml_validate_project() and refi_xml_validate_codebook() (the
** QDA-XML schema checks of an import).
*/
#ifndef SYN_QUAL_REFI_H
#define SYN_QUAL_REFI_H
#include <stdint.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include "store/st_qual.h"
#include "util/errlist.h"

#define REFI_NS_PROJECT "urn:QDA-XML:project:1.0"
#define REFI_NS_CODEBOOK "urn:QDA-XML:codebook:1.0"
#define REFI_GUID_LEN 36

/* A GUID derived from the study's identity zStudy, a kind ("code",
** "source", "segment"...) and a key (a row id as text, a name): the first
** 16 bytes of SHA-256 over them, marked as a name-based UUID of version 8
** (RFC 9562), written lower case with hyphens into zOut (37 bytes). The
** same study exports the same GUIDs every time; different studies differ. */
void refi_guid(const char *zStudy, const char *zKind, const char *zKey, char *zOut);
/* The same with an integer key. */
void refi_guid_id(const char *zStudy, const char *zKind, int64_t iKey, char *zOut);

/* How a producer counts the positions of a PlainTextSelection. */
typedef enum RefiProducer {
  REFI_STANDARD = 0,  /* Unicode code points of the text as stored in the archive */
  REFI_NVIVO,         /* UTF-16 code units (beyond the BMP: 2); CRLF counts 2 */
  REFI_ATLAS_MAXQDA   /* code points, CRLF counts 1 */
} RefiProducer;
/* The producer of a project from its origin attribute (NULL: standard):
** "NVivo..." is REFI_NVIVO, "ATLAS.ti..." or "MAXQDA..." REFI_ATLAS_MAXQDA,
** case-insensitively; anything else counts code points. */
RefiProducer refi_producer(const char *zOrigin);
/* "NVivo (UTF-16 code units, CRLF as 2)"...: for messages. Static. */
const char *refi_producer_name(RefiProducer);

/* A code's description and example as one <Description> text: the
** description, then "\n\nExample: " and the example when there is one.
** Caller frees; NULL when both are empty. */
char *refi_code_text(const QualCode*);
/* The inverse: split zText at its last "\n\nExample: " into *pzDesc and
** *pzExample (either NULL when empty; caller frees both). */
void refi_code_split(const char *zText, char **pzDesc, char **pzExample);

/* Write a[0..n) (codes in tree order, as st_code_all() gives them) as nested
** <Code guid name isCodable color> elements with their <Description>. When
** xNoteRefs is not NULL it is called after each code's Description to write
** its <NoteRef> elements (the project format has them, codebooks do not).
** Returns 0, or -1 when the writer failed. */
int refi_write_codes(xmlTextWriterPtr, const char *zStudy, const QualCode *a, int n,
                     void (*xNoteRefs)(void*, xmlTextWriterPtr, const QualCode*), void *pArg);

/* Parse the XML z[0..n) named zName in messages, without network access or
** entity expansion. Returns the document (caller frees with xmlFreeDoc())
** or NULL after adding every error as zName:LINE:COLUMN to pErr. */
xmlDocPtr refi_xml_read(const char *z, size_t n, const char *zName, ErrList *pErr);

/* Validate d against the QDA-XML 1.0 project schema (Project-mrt2019.xsd,
** built in from data/refi-qda/): each violation is added to pErr as
** zName:LINE: "not valid QDA-XML: ..." (element names without their
** namespace). Returns the number of violations added (0: valid). */
int refi_xml_validate_project(xmlDocPtr d, const char *zName, ErrList *pErr);
/* The same against the QDA-XML 1.0 codebook schema (Codebook-mrt2019.xsd),
** for a .qdc. */
int refi_xml_validate_codebook(xmlDocPtr d, const char *zName, ErrList *pErr);

/* Attribute zName of node x as a new string (caller frees), or NULL. */
char *refi_attr(xmlNodePtr x, const char *zName);
/* The first child element of x called zName, or NULL. */
xmlNodePtr refi_child(xmlNodePtr x, const char *zName);
/* 1 if x is an element called zName. */
int refi_is(xmlNodePtr x, const char *zName);
/* Text content of x (caller frees; "" when empty). */
char *refi_text(xmlNodePtr x);

#endif
