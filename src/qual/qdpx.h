/*
** qdpx.h: REFI-QDA projects (.qdpx: a zip archive holding project.qde, the
** QDA-XML 1.0 project, and Sources/ with each source's plain text), written
** by qdpx_write.c and read by qdpx_read.c with the position mapping of
** qdpx_pos.c. What is carried and what is not: docs/qualitative.md.
*/
#ifndef SYN_QUAL_QDPX_H
#define SYN_QUAL_QDPX_H
#include "store/store.h"
#include "util/err.h"
#include "util/errlist.h"

/* What an export or import did, for the command's summary line. */
typedef struct QdpxCounts {
  int nCode, nUser, nSource, nSegment, nNote, nCase, nSpanMemo;
  int nCodeNew;        /* import: codes added (the others were already there) */
  int nCoderNew;       /* import: coders added */
  int nMemberNew;      /* import: members added for cases */
} QdpxCounts;

/* Write the study (the sources of partnerships azPart[0..nPart), every
** source when nPart is 0; the whole codebook) to zFile as a .qdpx project.
** Without bNames, source texts and memos are pseudonymised (redact.h) and
** the selections' positions follow the pseudonymised text. Returns STORE_OK,
** a STORE_* code with the store's message, or STORE_ERROR with *pzErr
** (caller frees) when the file cannot be written. */
int qdpx_export(Store*, const char *zFile, const char *const *azPart, int nPart,
                int bNames, QdpxCounts *pCounts, char **pzErr);

/* Read the .qdpx project zFile into partnership zPart. azMapFrom/azMapTo
** [0..nMap) rename users to coders (--coder-map). Every problem of the
** archive is added to pErr with its place (FILE(member):LINE:COLUMN or the
** GUID concerned) and nothing is written then; warnings (renamed sources,
** duplicates) go to pWarn. Writes inside the caller's transaction. Returns
** STORE_OK (check pErr) or a STORE_* code from the store. */
int qdpx_import(Store*, const char *zFile, const char *zPart,
                const char *const *azMapFrom, const char *const *azMapTo, int nMap,
                const char *zWho, QdpxCounts *pCounts, ErrList *pErr, ErrList *pWarn);

/* ---- the use cases of `qdpx export` and `qdpx import` (qdpx_run.c) ---- */
/* Export the sources of the nPart partnerships azPart (0: every one; each
** must exist) to zFile; real names only with bNames. */
int qual_qdpx_export(Store*, const char *zFile, const char *const *azPart, int nPart, int bNames,
                     QdpxCounts *pCounts, Err *pErr);
/* Import project zFile into partnership zPart (required, ERR_USAGE
** without); zCoderMap (NULL: none) a CSV of columns user,coder naming the
** coder of each of the project's users. Warnings go to pWarn; the problems
** of either file are all in *pErr (ERR_DATA). */
int qual_qdpx_import(Store*, const char *zFile, const char *zPart, const char *zCoderMap,
                     QdpxCounts *pCounts, ErrList *pWarn, Err *pErr);

#endif
