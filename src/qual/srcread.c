/*
** srcread.c: reading source files ahead on a second thread (see
** srcread.h). The reading thread owns its tokenizer; prepared files pass
** to the caller through a small queue guarded by one mutex.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "qual/docread.h"
#include "qual/srcread.h"
#include "util/xalloc.h"

#define SRC_AHEAD 4           /* prepared files waiting at most */

struct SrcReader {
  const char *const *azFile;
  int nFile;
  char *zLang;
  QualTok *pTok;              /* the reading thread's (or the caller's, without thread) */
  int iNext;                  /* next file to prepare */
  int iTaken;                 /* files handed to the caller */
  SrcPrep *aQueue[SRC_AHEAD]; /* files iTaken.. in ring order */
  int nQueue;
  int bStop;                  /* srcreader_free() asks the thread to end */
  int bThread;                /* a thread was started */
  pthread_t thread;
  pthread_mutex_t mutex;
  pthread_cond_t cond;        /* signalled when the queue or bStop changes */
};

void srcprep_free(SrcPrep *p){
  if( !p ) return;
  free(p->zText);
  free(p->aPara);
  free(p->aByte);
  qtape_free(p->pTape);
  errlist_free(&p->err);
  free(p);
}

/* Read, normalise, split and tokenize one file. */
static SrcPrep *prepare(SrcReader *r, int i){
  SrcPrep *p = xcalloc(1, sizeof(SrcPrep));
  p->zFile = r->azFile[i];
  p->zText = doc_read(p->zFile, &p->err);
  if( !p->zText ) return p;
  p->nByte = strlen(p->zText);
  p->aPara = paragraph_split_ex(p->zText, &p->nPara, &p->aByte, &p->nCp);
  p->pTape = qtape_new();
  for(int k=0; k<p->nPara; k++){
    qtape_record(p->pTape, r->pTok, p->zText + p->aByte[k].iStart,
                 (int)(p->aByte[k].iEnd - p->aByte[k].iStart));
  }
  return p;
}

static void *reader_main(void *pArg){
  SrcReader *r = pArg;
  for(;;){
    pthread_mutex_lock(&r->mutex);
    while( !r->bStop && r->nQueue==SRC_AHEAD ) pthread_cond_wait(&r->cond, &r->mutex);
    int i = r->iNext;
    int bDone = r->bStop || i>=r->nFile;
    pthread_mutex_unlock(&r->mutex);
    if( bDone ) break;
    SrcPrep *p = prepare(r, i);
    pthread_mutex_lock(&r->mutex);
    r->aQueue[(r->iTaken + r->nQueue) % SRC_AHEAD] = p;
    r->nQueue++;
    r->iNext++;
    pthread_cond_broadcast(&r->cond);
    pthread_mutex_unlock(&r->mutex);
  }
  return NULL;
}

SrcReader *srcreader_start(const char *const *azFile, int nFile, const char *zLang){
  SrcReader *r = xcalloc(1, sizeof(SrcReader));
  r->azFile = azFile;
  r->nFile = nFile;
  r->zLang = xstrdup(zLang ? zLang : "");
  r->pTok = qtok_new(r->zLang);
  qtok_want_raw(r->pTok, 1);
  doc_read_init();
  pthread_mutex_init(&r->mutex, NULL);
  pthread_cond_init(&r->cond, NULL);
  r->bThread = nFile>1 && pthread_create(&r->thread, NULL, reader_main, r)==0;
  return r;
}

SrcPrep *srcreader_next(SrcReader *r){
  if( !r->bThread ){
    if( r->iTaken>=r->nFile ) return NULL;
    return prepare(r, r->iTaken++);
  }
  pthread_mutex_lock(&r->mutex);
  while( r->nQueue==0 && r->iTaken<r->nFile ) pthread_cond_wait(&r->cond, &r->mutex);
  SrcPrep *p = NULL;
  if( r->nQueue>0 ){
    p = r->aQueue[r->iTaken % SRC_AHEAD];
    r->nQueue--;
    r->iTaken++;
    pthread_cond_broadcast(&r->cond);
  }
  pthread_mutex_unlock(&r->mutex);
  return p;
}

void srcreader_free(SrcReader *r){
  if( !r ) return;
  if( r->bThread ){
    pthread_mutex_lock(&r->mutex);
    r->bStop = 1;
    pthread_cond_broadcast(&r->cond);
    pthread_mutex_unlock(&r->mutex);
    pthread_join(r->thread, NULL);
    for(int k=0; k<r->nQueue; k++) srcprep_free(r->aQueue[(r->iTaken + k) % SRC_AHEAD]);
  }
  pthread_mutex_destroy(&r->mutex);
  pthread_cond_destroy(&r->cond);
  qtok_free(r->pTok);
  free(r->zLang);
  free(r);
}
