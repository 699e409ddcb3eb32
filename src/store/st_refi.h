/*
** st_refi.h: what the REFI-QDA exchange (src/qual/qdpx_*.c, qdc.c) needs
** from the store beyond st_qual.h: the study's identity for stable GUIDs,
** code colours, every memo with its target and span, memos on a span of a
** source. SQL in st_qual_refi.c; schema in sql/002_qual_refi.sql.
** Conventions: see store.h.
*/
#ifndef SYN_ST_REFI_H
#define SYN_ST_REFI_H
#include <stdint.h>
#include "store/store.h"

/* The study's random identity (32 hex digits, fixed for the life of the
** study) into *pz (caller frees). */
int st_study_uuid(Store*, char **pz);

/* Set the colour ("#RRGGBB", or NULL for none) of code iCode. Audited as
** "code color". */
int st_code_set_color(Store*, int64_t iCode, const char *zColor, const char *zWho);

/* One memo as stored. zKind: project, source, code, segment; iTarget the
** row id of its source, code or segment (0 for the project); a memo on a
** span of a source has iStart < iEnd, every other memo iStart = iEnd = -1. */
typedef struct QualMemo {
  int64_t id, iTarget, iStart, iEnd;
  char *zKind, *zAuthor, *zCreated, *zText;
} QualMemo;
void st_memos_free(QualMemo *a, int n);
/* Every memo, oldest first. Caller frees with st_memos_free(). */
int st_memo_all(Store*, QualMemo **pa, int *pn);
/* Add a memo on the span [iStart,iEnd) of source zSource (checked to lie in
** the source, non-empty), written by zWho (NULL: st_who()). Audited. */
int st_memo_add_span(Store*, const char *zSource, int64_t iStart, int64_t iEnd,
                     const char *zText, const char *zWho, int64_t *pId);

#endif
