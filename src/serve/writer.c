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
** duplicate segment) takes back only itself.
** While another program holds the write lock (an import), the writer
** waits for it; the requests wait with it.
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "serve/serve_int.h"
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

void sv_job_free(SvJob *j){
  if( !j ) return;
  token_info_clear(&j->tok);
  if( j->xFree ) j->xFree(j->pArg);
  free(j->zErr);
  free(j->aAns); free(j->aSet); free(j);
}

/* Save a batch in one transaction; set each job's rc. */
static void write_batch(SvJob *pList){
  int rc;
  /* BEGIN IMMEDIATE waits (busy timeout) for another writer; keep trying. */
  while( (rc = store_begin(w.pStore))!=STORE_OK ){
    fprintf(stderr, "synergist: warning: waiting to write: %s\n", store_errmsg(w.pStore));
    usleep(20000);
  }
  for(SvJob *j = pList; j; j = j->pNext){
    w.nSave++;
    if( j->xWrite ){
      if( (j->rc = store_part_begin(w.pStore))==STORE_OK ){
        j->rc = j->xWrite(w.pStore, j);
        if( j->rc && !j->zErr ) j->zErr = xstrdup(store_errmsg(w.pStore));
        store_part_end(w.pStore, j->rc!=STORE_OK);
      }
      continue;
    }
    j->rc = answer_save(w.pStore, &j->tok, &j->form, j->aAns, j->aSet, j->iPage, j->bSubmit);
    if( j->rc!=STORE_OK && j->rc!=STORE_INUSE ){
      fprintf(stderr, "synergist: error: saving answers: %s\n", store_errmsg(w.pStore));
    }
  }
  w.nCommit++;
  if( store_commit(w.pStore)!=STORE_OK ){
    fprintf(stderr, "synergist: error: commit: %s\n", store_errmsg(w.pStore));
    for(SvJob *j = pList; j; j = j->pNext) j->rc = STORE_ERROR;
  }
}

static void *writer_main(void *pArg){
  (void)pArg;
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
  if( rc ) return rc;
  store_set_durable(w.pStore);
  w.pHead = NULL; w.ppTail = &w.pHead; w.bStop = 0;
  if( pthread_create(&w.thread, NULL, writer_main, NULL) ){
    *pzErr = xstrdup("cannot start the writer thread");
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
  store_close(w.pStore);
  w.pStore = NULL;
}
