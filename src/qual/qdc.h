/*
** qdc.h: REFI-QDA codebooks (.qdc, QDA-XML 1.0 CodeBook, valid against
** Codebook-mrt2019.xsd) in and out, and the reading and merging of a
** <Codes> tree that project import (qdpx_read.c) shares.
**
** A code's description and example travel in its <Description> (see
** refi_code_text()); its colour in the color attribute. Codes are merged
** into the study by path: a code whose path exists keeps its identity (its
** colour is set when it had none); the others are added.
*/
#ifndef SYN_QUAL_QDC_H
#define SYN_QUAL_QDC_H
#include <libxml/tree.h>
#include "store/store.h"
#include "util/errlist.h"

/* One code read from a <Codes> tree, parents before children. */
typedef struct RefiCode {
  char *zGuid;          /* as written, lower case */
  char *zName;          /* "/" replaced by U+2215 */
  char *zPath;          /* the path below the import's parent */
  char *zDesc, *zExample, *zColor;   /* NULL when absent */
  int iParent;          /* index of the parent in the list, -1 at the top */
  int64_t iStudyCode;   /* the study's code row id once stored */
} RefiCode;
typedef struct RefiCodes { RefiCode *a; int n; } RefiCodes;
void refi_codes_free(RefiCodes*);

/* Read the <Code> elements under pCodes (a <Codes> element) of file zFile
** into pOut. A code without guid or name, or a GUID used twice, is added
** to pErr with its line; a name holding "/" or a bad colour to pWarn. */
void refi_codes_read(xmlNodePtr pCodes, const char *zFile, RefiCodes *pOut, ErrList *pErr, ErrList *pWarn);
/* Index of the code with GUID zGuid (any case, braces allowed), or -1. */
int refi_codes_find(const RefiCodes*, const char *zGuid);
/* Merge p's codes into the study under code path zUnder (NULL: top level),
** by path; sets each a[i].iStudyCode. *pnAdded: codes added. */
int refi_codes_store(Store*, RefiCodes *p, const char *zUnder, const char *zWho, int *pnAdded);

/* The study's codebook as a .qdc document (caller frees), or NULL with
** *pzErr (caller frees) when it is empty or cannot be written. */
char *qdc_export(Store*, char **pzErr);
/* Merge the .qdc document z[0..n) from file zFile into the study under
** zUnder (NULL: top level). Problems go to pErr (nothing is added then),
** warnings to pWarn. Returns STORE_OK or a store error. */
int qdc_import(Store*, const char *z, size_t n, const char *zFile, const char *zUnder,
               const char *zWho, int *pnAdded, ErrList *pErr, ErrList *pWarn);

#endif
