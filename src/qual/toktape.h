/*
** toktape.h: the words of texts as a tokenizer reported them, kept to be
** reported again later, possibly on another thread.
**
** An import tokenizes its sources' paragraphs on a reading thread
** (src/qual/srcread.h) and the search index replays them while it inserts
** (src/store/st_search_fts.c), so that the two run at once. A replay makes
** exactly the calls qtok_run() made when the tape was recorded.
**
** Exports: QualTape, qtape_new(), qtape_free(), qtape_record(),
** qtape_units(), qtape_replay(). A tape is used by one thread at a time.
*/
#ifndef SYN_QUAL_TOKTAPE_H
#define SYN_QUAL_TOKTAPE_H
#include "qual/tokenize.h"

typedef struct QualTape QualTape;

/* An empty tape (never NULL); the caller frees it with qtape_free(). */
QualTape *qtape_new(void);
void qtape_free(QualTape*);
/* Run qtok_run(t, z, n, ...) and keep every word it reports as the next
** unit (units are numbered from 0 in recording order). */
void qtape_record(QualTape*, QualTok *t, const char *z, int n);
/* Number of units recorded. */
int qtape_units(const QualTape*);
/* Call xTok for unit iUnit's words, in order, with the arguments qtok_run()
** gave when it was recorded. Returns 0, or the first non-zero value xTok
** returned (the replay stops there). */
int qtape_replay(const QualTape*, int iUnit, QualTokFn xTok, void *pArg);

#endif
