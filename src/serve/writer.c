/*
** writer.c: the one thread that writes answers. Request threads queue
** their saves (sv_writer_queue) and wait; the writer takes everything
** queued, saves it in one transaction with the same use case as the
** command line (answer_save), commits with a synced write-ahead log
** (synchronous=FULL), and only then wakes the waiting requests, which
** answer with their redirect. So an acknowledged save is on disk, and
** concurrent saves share one sync (group commit). A save that fails alone
** (already submitted) fails alone: each is one statement.
** Other changes (coding from the web) are queued the same way, each in a
** savepoint of the shared transaction so that one refused change (a
** duplicate segment) takes back only itself. Each change runs in the
** language of the page that asked for it, so that a use case's problem
** comes back in that language (i18n_thread_english()).
** While another program holds the write lock (an import), the writer
** waits for it; the requests wait with it.
** Checkpoints (copying the write-ahead log into the study file, and its
** sync) run on a thread of their own, so that no commit, and no request
** waiting for one, waits for them.
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "serve/serve_int.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static struct {
  pthread_t thread;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  SvJob *pHead, **ppTail;
  int bStop;
  Store *pStore;
  long nSave, nCommit;      /* for the stop line of the log */
} w = { .mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER };

/* The checkpointing thread: woken when the log has grown past
** CHECKPOINT_PAGES pages (SQLite's own default for its automatic one). */
#define CHECKPOINT_PAGES 1000
static struct {
  pthread_t thread;
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int bDue, bStop;
  Store *pStore;
} ck = { .mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER };

/* After each commit of the writer (its thread): the log's length. */
static void log_grew(void *pArg, int nPage){
  (void)pArg;
  if( nPage<CHECKPOINT_PAGES ) return;
  pthread_mutex_lock(&ck.mu);
  ck.bDue = 1;
  pthread_cond_signal(&ck.cv);
  pthread_mutex_unlock(&ck.mu);
}

static void ck_stop(void){
  pthread_mutex_lock(&ck.mu);
  ck.bStop = 1;
  pthread_cond_signal(&ck.cv);
  pthread_mutex_unlock(&ck.mu);
  pthread_join(ck.thread, NULL);
  store_close(ck.pStore);
  ck.pStore = NULL;
}

static void *checkpoint_main(void *pArg){
  (void)pArg;
  for(;;){
    pthread_mutex_lock(&ck.mu);
    while( !ck.bDue && !ck.bStop ) pthread_cond_wait(&ck.cv, &ck.mu);
    int bStop = ck.bStop;
    ck.bDue = 0;
    pthread_mutex_unlock(&ck.mu);
    if( bStop ) break;
    if( store_checkpoint(ck.pStore) ){
      fprintf(stderr, "synergist: warning: checkpoint: %s\n", store_errmsg(ck.pStore));
    }
  }
  return NULL;
}

void sv_job_free(SvJob *j){
  if( !j ) return;
  st_token_info_clear(&j->tok);
  if( j->xFree ) j->xFree(j->pArg);
  free(j->zErr);
  free(j->aAns); free(j->aSet); free(j);
}

/* The jobs of a batch saved, each job's rc set; the transaction is
** store_write()'s. */
typedef struct Batch { SvJob *pList; int bRan; } Batch;
static int save_batch(Store *p, void *pArg){
  Batch *b = pArg;
  b->bRan = 1;
  for(SvJob *j = b->pList; j; j = j->pNext){
    w.nSave++;
    if( j->xWrite ){
      if( (j->rc = store_part_begin(p))==STORE_OK ){
        i18n_thread_english(!j->pReq->bFr);
        j->rc = j->xWrite(p, j);
        if( j->rc && !j->zErr ) j->zErr = xstrdup(store_errmsg(p));
        i18n_thread_english(1);
        store_part_end(p, j->rc!=STORE_OK);
      }
      continue;
    }
    j->rc = answer_save(p, &j->tok, &j->form, j->aAns, j->aSet, j->iPage, j->bSubmit);
    if( j->rc!=STORE_OK && j->rc!=STORE_INUSE ){
      fprintf(stderr, "synergist: error: saving answers: %s\n", store_errmsg(p));
    }
  }
  w.nCommit++;
  return 0;
}

/* Save a batch in one transaction; set each job's rc. */
static void write_batch(SvJob *pList){
  Batch b = { pList, 0 };
  int rcWork = 0;
  /* BEGIN IMMEDIATE waits (busy timeout) for another writer; keep trying. */
  int rc;
  while( (rc = store_write(w.pStore, save_batch, &b, &rcWork))!=STORE_OK && !b.bRan ){
    fprintf(stderr, "synergist: warning: waiting to write: %s\n", store_errmsg(w.pStore));
    usleep(20000);
  }
  if( rc!=STORE_OK ){
    fprintf(stderr, "synergist: error: commit: %s\n", store_errmsg(w.pStore));
    for(SvJob *j = pList; j; j = j->pNext) j->rc = STORE_ERROR;
  }
}

static void *writer_main(void *pArg){
  (void)pArg;
  /* The log's messages in English; each change in its page's language. */
  i18n_thread_english(1);
  for(;;){
    pthread_mutex_lock(&w.mu);
    while( !w.pHead && !w.bStop ) pthread_cond_wait(&w.cv, &w.mu);
    SvJob *pList = w.pHead;
    w.pHead = NULL; w.ppTail = &w.pHead;
    int bStop = w.bStop;
    pthread_mutex_unlock(&w.mu);
    if( pList ){
      write_batch(pList);
      while( pList ){
        SvJob *j = pList;
        pList = j->pNext;
        j->pNext = NULL;
        sv_job_done(j);
      }
    }else if( bStop ){
      break;
    }
  }
  return NULL;
}

int sv_writer_start(const char *zStudy, char **pzErr){
  int rc = store_open(zStudy, 0, &w.pStore, pzErr);
  if( !rc ) rc = store_open(zStudy, 0, &ck.pStore, pzErr);
  if( rc ){ store_close(w.pStore); return rc; }
  store_set_durable(w.pStore);
  store_set_durable(ck.pStore);
  store_checkpoint_elsewhere(w.pStore, log_grew, NULL);
  w.pHead = NULL; w.ppTail = &w.pHead; w.bStop = 0;
  ck.bDue = ck.bStop = 0;
  if( pthread_create(&ck.thread, NULL, checkpoint_main, NULL) ){
    *pzErr = xstrdup("cannot start the checkpoint thread");
    store_close(ck.pStore); store_close(w.pStore);
    return STORE_ERROR;
  }
  if( pthread_create(&w.thread, NULL, writer_main, NULL) ){
    *pzErr = xstrdup("cannot start the writer thread");
    ck_stop();
    store_close(w.pStore);
    return STORE_ERROR;
  }
  return STORE_OK;
}

void sv_writer_queue(SvJob *j){
  pthread_mutex_lock(&w.mu);
  j->pNext = NULL;
  *w.ppTail = j;
  w.ppTail = &j->pNext;
  pthread_cond_signal(&w.cv);
  pthread_mutex_unlock(&w.mu);
}

void sv_writer_stop(void){
  pthread_mutex_lock(&w.mu);
  w.bStop = 1;
  pthread_cond_signal(&w.cv);
  pthread_mutex_unlock(&w.mu);
  pthread_join(w.thread, NULL);
  fprintf(stderr, "synergist: %ld saves in %ld commits\n", w.nSave, w.nCommit);
  ck_stop();
  store_close(w.pStore);
  w.pStore = NULL;
}
