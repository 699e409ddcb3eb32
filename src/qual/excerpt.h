/*
** excerpt.h: pieces of a source's text as reports show them: a span with
** its white space collapsed, shortened and pseudonymised, and the
** attribution of a quote in the study's style, "(011, PCCP)".
** Strings returned are the caller's to free().
*/
#ifndef SYN_EXCERPT_H
#define SYN_EXCERPT_H
#include <stdint.h>
#include "store/st_qual.h"
#include "qual/redact.h"
#include "util/sb.h"

/* The text of code points [iStart, iEnd) of NUL-terminated zText, every run
** of white space made one space and the ends trimmed; longer than nMax code
** points (nMax > 0) it is cut at a word boundary and ends with "...". With
** pRed (may be NULL) terms are replaced by their pseudonyms. */
char *qual_excerpt(const char *zText, int64_t iStart, int64_t iEnd, int nMax, const Redactor *pRed);

/* Append to pOut the keyword-in-context view of hit [iS,iE) (code points)
** in paragraph zPara: up to nCtx code points either side, the hit in
** [brackets], line breaks and tabs as spaces, "…" where the paragraph goes
** on. With pRed (may be NULL) terms are replaced by their pseudonyms; a term
** cut by the edge of the view or of the hit is widened to the whole term, so
** no piece of it is shown. */
void qual_kwic(Sb *pOut, const char *zPara, int64_t iS, int64_t iE, int nCtx, const Redactor *pRed);

/* "(PID, PARTNERSHIP)" for an interview with a participant, otherwise
** "(SOURCE NAME, PARTNERSHIP)". */
char *qual_attribution(const QualSource *pSrc);

#endif
