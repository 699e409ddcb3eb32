/*
** ws.h: private to the coding workspace pages of src/serve/ (ws_*.c): the
** pieces they share. ws.c: the page frame of a workspace page, access to a
** source by the signed-in user, the form fields every post carries, the
** writes handed to the writer thread, code colours and coder initials.
**
** Access: coders, evaluators and admins see the sources of their
** partnerships; viewers never see a transcript (403). Every post carries
** the CSRF token and is refused (403, nothing changed) without it.
*/
#ifndef SYN_SERVE_WS_H
#define SYN_SERVE_WS_H
#include "serve/serve_int.h"
#include "serve/auth.h"
#include "qual/coding.h"

/* Start a workspace page (status 200) titled zTitle (translated already):
** the layout with the workspace stylesheet, the code colours and, when
** bScript, the workspace script (the layout is sv_app_begin). End with
** sv_app_end(). */
void ws_page_begin(SvReq*, const char *zTitle, int bScript);
/* Open source zName (text when bText) for the signed-in user: 1 with *pSrc
** filled (caller clears it), or 0 with a page written: 403 for a viewer or
** a user of other partnerships, 404 when there is no such source (the same
** page whether it exists elsewhere or not would be better, but a coder may
** know the names of the study's sources). */
int ws_source_open(SvReq*, const char *zName, int bText, QualSource *pSrc);

/* A 4xx page for a refused change: title zTitle, the store's message. */
void ws_refused(SvReq*, int iStatus, const char *zMsg);

/* Hand a change to the writer: xWrite(pStore, job) runs in the writer
** thread with pArg (freed with xFree), then xAfter writes the response
** (usually a redirect) in the request's thread. */
void ws_queue(SvReq*, int (*xWrite)(Store*, SvJob*), void *pArg, void (*xFree)(void*), int (*xAfter)(SvReq*));

/* After a refused change: 409 for STORE_EXISTS, 404 for STORE_NOTFOUND,
** 400 otherwise, with the message. 1 when it wrote a page. */
int ws_job_failed(SvReq*);

/* Where to go back after a post: the form's "back" when it is a path of
** the workspace ("/w/..."), else zDefault. Borrowed. */
const char *ws_back(SvReq*, const char *zDefault);

/* The initials of coder zName into zOut (at least 4 bytes): the first
** letters of its first two words, or its first two letters, upper case. */
void ws_initials(const char *zName, char *zOut);

/* The memos on zKind ("source", "segment") zTarget as a list, each with
** its author and date, pseudonymised as `memo list` prints them. */
void ws_memos(SvReq*, const char *zKind, const char *zTarget);

/* The memos section of a source or a segment: heading zTitle (untranslated),
** the memos (ws_memos) and the form adding one. */
void ws_memo_section(SvReq*, const char *zKind, const char *zTarget, const char *zTitle);

/* <datalist id="codelist">: the codes aFirst[0..nFirst) (ids, e.g. the
** user's recent codes) first, then every other code of a[0..n) in tree order. */
void ws_code_datalist(SvReq*, const QualCode *a, int n, const int64_t *aFirst, int nFirst);

/* ---- handlers ---- */
void ws_js(SvReq*);            /* GET /w/coding.js */
void ws_css(SvReq*);           /* GET /w/coding.css */
void ws_codes_css(SvReq*);     /* GET /w/codes.css: a class per code colour */
void ws_sources(SvReq*);       /* GET /w/sources?p= */
void ws_source(SvReq*);        /* GET /w/source?s=NAME[&part=K|all][&at=CP] */
void ws_source_part(SvReq*);   /* GET /w/source/part?s=NAME&part=K: the text of part K alone */
void ws_segment(SvReq*);       /* GET /w/segment?id= */
void ws_code_post(SvReq*);     /* POST /w/code */
void ws_remove_post(SvReq*);   /* POST /w/segment/remove */
void ws_recode_post(SvReq*);   /* POST /w/segment/recode */
void ws_memo_post(SvReq*);     /* POST /w/memo */
void ws_undo_post(SvReq*);     /* POST /w/undo */
void ws_redo_post(SvReq*);     /* POST /w/redo */
void ws_codebook(SvReq*);      /* GET /w/codebook */
void ws_codebook_post(SvReq*); /* POST /w/codebook */
void ws_search(SvReq*);        /* GET /w/search?q= */
void ws_suggest_post(SvReq*);  /* POST /w/suggestions */
void ws_matrix(SvReq*);        /* GET /w/matrix */
void ws_quotes(SvReq*);        /* GET /w/quotes?code=&row= */
void ws_summary_post(SvReq*);  /* POST /w/summary */
void ws_agreement(SvReq*);     /* GET /w/agreement?a=&b= */

#endif
