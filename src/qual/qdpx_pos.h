/*
** qdpx_pos.h: positions of an imported project's selections, as its
** producer counted them, mapped onto the text synergist stores.
**
** The stored text is what doc_clean_text() makes of the source's plain
** text: byte-order mark dropped, CRLF and CR as LF, trailing line breaks
** dropped, NFC. A producer counts positions in the text as it was in the
** archive (after the byte-order mark): the standard in code points (CRLF
** is two), NVivo in UTF-16 code units (a character beyond the BMP is two;
** CRLF two), ATLAS.ti and MAXQDA in code points with CRLF as one. A
** position maps to the stored position of the same place in the text; it
** cannot be mapped when it falls inside a UTF-16 surrogate pair or between
** characters that NFC joins into one (a letter and its combining accent).
** A position inside a CRLF maps to the place of the line break; one in
** the dropped trailing line breaks to the end of the text.
*/
#ifndef SYN_QUAL_QDPX_POS_H
#define SYN_QUAL_QDPX_POS_H
#include <stddef.h>
#include <stdint.h>
#include "qual/refi.h"

typedef struct QdpxPos {
  int64_t nUnit;        /* length of the text in the producer's units */
  int64_t *aMap;        /* nUnit+1 entries: stored position, or -1 */
  int64_t nCp;          /* length of the stored text in code points */
} QdpxPos;

/* Build the map for the valid UTF-8 text z[0..n) (byte-order mark already
** dropped) counted as producer e; zStored is doc_clean_text() of the same
** text. Returns 0, or -1 when the stored text is not the one the mapping
** rebuilds (the caller reports the source as unmappable). The caller
** frees with qdpx_pos_free(). */
int qdpx_pos_build(const char *z, size_t n, RefiProducer e, const char *zStored, QdpxPos *p);
void qdpx_pos_free(QdpxPos*);
/* The stored position of producer position iUnit, or -1 when it is
** outside the text or cannot be mapped. */
int64_t qdpx_pos_map(const QdpxPos*, int64_t iUnit);

#endif
