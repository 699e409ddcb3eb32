/*
** answer.c: answering a survey by token (see answer.h): opening an answer
** set, pages of an instrument, checking posted answers, saving a page or
** the submission. The web survey's handlers and the command line call
** these; all SQL is in store/st_answer.c.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "survey/answer.h"
#include "survey/survey.h"
#include "store/st_survey.h"
#include "store/st_answer.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define PAGE_ITEMS 8   /* about how many items a page holds */

/* ---- the parsed instruments, kept for the process ---- */

typedef struct FormEntry {
  char *zCode;
  int64_t iRev;             /* the study's revision of it (0: built-in) */
  AnswerForm form;
  struct FormEntry *pNext;
} FormEntry;
static FormEntry *pForms = NULL;
static pthread_mutex_t formMutex = PTHREAD_MUTEX_INITIALIZER;

/* Split the items into pages: a section is a run of items sharing their
** first scale; sections are packed whole into a page of up to PAGE_ITEMS
** items, a longer section fills pages of its own. */
static void make_pages(const Instrument *p, AnswerPage **paPage, int *pnPage){
  AnswerPage *a = xcalloc((size_t)p->nItem+1, sizeof(AnswerPage));
  int n = 0, i = 0;
  while( i<p->nItem ){
    int j = i+1;
    int sc = p->aItem[i].nScale ? p->aItem[i].aiScale[0] : -1;
    while( j<p->nItem && (p->aItem[j].nScale ? p->aItem[j].aiScale[0] : -1)==sc ) j++;
    /* Section [i, j). */
    AnswerPage *pg = n ? &a[n-1] : NULL;
    int nSec = j-i;
    if( pg && pg->nItem+nSec<=PAGE_ITEMS ){
      pg->nItem += nSec;
    }else{
      for(int k=i; k<j; k+=PAGE_ITEMS){
        a[n].iFirst = k;
        a[n].nItem = j-k<PAGE_ITEMS ? j-k : PAGE_ITEMS;
        n++;
      }
    }
    i = j;
  }
  *paPage = a; *pnPage = n;
}

int answer_instrument(Store *p, const char *zCode, AnswerForm *pForm, char **pzErr){
  *pzErr = NULL;
  memset(pForm, 0, sizeof(*pForm));
  if( !zCode ) zCode = "psf";
  /* The study's instrument (id, revision), else the built-in (0, 0). */
  int64_t id = 0, iRev = 0;
  int rc = st_instrument_revision(p, zCode, &id, &iRev);
  if( rc==STORE_NOTFOUND ){
    if( !instrument_builtin(zCode, NULL) ){
      *pzErr = xasprintf("no instrument '%s' (see: synergist instrument list)", zCode);
      return rc;
    }
  }else if( rc ){
    *pzErr = xstrdup(store_errmsg(p));
    return rc;
  }
  pthread_mutex_lock(&formMutex);
  FormEntry *e;
  for(e = pForms; e; e = e->pNext){
    if( e->form.iInstrument==id && e->iRev==iRev && strcmp(e->zCode, zCode)==0 ) break;
  }
  if( e ) *pForm = e->form;
  pthread_mutex_unlock(&formMutex);
  if( e ) return STORE_OK;
  /* Not parsed yet: read and parse it outside the lock. */
  char *zJson = NULL;
  const char *zSrc;
  size_t nSrc = 0;
  if( id ){
    if( st_instrument_get(p, zCode, NULL, &zJson) ){ *pzErr = xstrdup(store_errmsg(p)); return STORE_ERROR; }
    zSrc = zJson;
    nSrc = strlen(zJson);
  }else{
    zSrc = instrument_builtin(zCode, &nSrc);
  }
  Instrument *pInst = NULL;
  ErrList err = ERRLIST_INIT;
  if( instrument_parse(zSrc, nSrc, zCode, &pInst, &err) ){
    *pzErr = xasprintf("instrument '%s' cannot be read: %s", zCode, err.n ? err.a[0].zMsg : "?");
    errlist_free(&err);
    free(zJson);
    return STORE_ERROR;
  }
  errlist_free(&err);
  free(zJson);
  e = xcalloc(1, sizeof(*e));
  e->zCode = xstrdup(zCode);
  e->iRev = iRev;
  e->form.pInst = pInst;
  e->form.iInstrument = id;
  AnswerPage *aPage; int nPage;
  make_pages(pInst, &aPage, &nPage);
  e->form.aPage = aPage; e->form.nPage = nPage;
  pthread_mutex_lock(&formMutex);
  e->pNext = pForms;
  pForms = e;
  *pForm = e->form;
  pthread_mutex_unlock(&formMutex);
  return STORE_OK;
}

void answer_cache_clear(void){
  pthread_mutex_lock(&formMutex);
  while( pForms ){
    FormEntry *e = pForms;
    pForms = e->pNext;
    instrument_free((Instrument*)e->form.pInst);
    free((void*)e->form.aPage);
    free(e->zCode); free(e);
  }
  pthread_mutex_unlock(&formMutex);
}

/* ---- opening ---- */

int answer_wave_state(const char *zOpens, const char *zCloses, int iToday){
  int iDay;
  if( zOpens && date_parse(zOpens, &iDay) && iToday<iDay ) return ANSWER_NOT_YET;
  if( zCloses && date_parse(zCloses, &iDay) && iToday>iDay ) return ANSWER_CLOSED;
  return ANSWER_OPEN;
}

int answer_open(Store *p, const char *zToken, AnswerSet **pp, char **pzErr){
  *pp = NULL; *pzErr = NULL;
  AnswerSet *a = xcalloc(1, sizeof(*a));
  int rc = st_token_info(p, zToken, &a->tok);
  if( rc==STORE_NOTFOUND || (rc==STORE_OK && a->tok.bRevoked) ){
    a->eState = ANSWER_UNKNOWN;
    *pp = a;
    return STORE_OK;
  }
  if( rc ){ *pzErr = xstrdup(store_errmsg(p)); answer_set_free(a); return rc; }
  rc = answer_instrument(p, a->tok.zInstrument, &a->form, pzErr);
  if( rc ){ answer_set_free(a); return rc; }
  int nItem = a->form.pInst->nItem;
  a->aAns = xcalloc((size_t)nItem+1, 1);
  if( a->form.iInstrument ){
    unsigned char *aOld = NULL; int nOld = 0;
    rc = st_answer_get(p, a->tok.iWave, a->form.iInstrument, a->tok.zRespondent,
                       &a->bStarted, &aOld, &nOld, &a->bComplete, &a->iPageSaved);
    if( rc ){ *pzErr = xstrdup(store_errmsg(p)); answer_set_free(a); return rc; }
    if( aOld ) memcpy(a->aAns, aOld, (size_t)(nOld<nItem ? nOld : nItem));
    free(aOld);
  }
  int eWave = answer_wave_state(a->tok.zOpens, a->tok.zCloses, date_today());
  if( a->bComplete && (!a->tok.bAllowChanges || eWave==ANSWER_CLOSED) ) a->eState = ANSWER_SUBMITTED;
  else a->eState = eWave;
  *pp = a;
  return STORE_OK;
}

void answer_set_free(AnswerSet *a){
  if( !a ) return;
  st_token_info_clear(&a->tok);
  free(a->aAns);
  free(a);
}

/* ---- posted answers ---- */

static int in_list(const char *z, const char *const *az){
  for(; az && *az; az++) if( strcmp(z, *az)==0 ) return 1;
  return 0;
}

/* The integer in z (optional '-', digits only), or 0 when not one. */
static int parse_int(const char *z, int *pv){
  const char *s = z;
  if( *s=='-' ) s++;
  if( !*s || strlen(s)>6 ) return 0;
  for(const char *c = s; *c; c++) if( *c<'0' || *c>'9' ) return 0;
  *pv = atoi(z);
  return 1;
}

int answer_take(const AnswerForm *pForm, int iPage, int n, const char *const *azName,
                const char *const *azValue, const char *const *azSkip,
                unsigned char *aAns, unsigned char *aSet, AnswerErr *aErr, int nErrMax){
  const Instrument *pI = pForm->pInst;
  int nErr = 0;
#define ADD_ERR(I, M) do{ if( nErr<nErrMax ){ aErr[nErr].iItem = (I); aErr[nErr].zMsg = (M); } nErr++; }while(0)
  int iLo = 0, iHi = pI->nItem;
  if( iPage>=0 ){
    iLo = pForm->aPage[iPage].iFirst;
    iHi = iLo + pForm->aPage[iPage].nItem;
  }
  int iGuess = iLo;          /* forms list their items in instrument order */
  for(int k=0; k<n; k++){
    if( in_list(azName[k], azSkip) ) continue;
    int i = iGuess<pI->nItem && strcmp(pI->aItem[iGuess].zId, azName[k])==0 ? iGuess : instrument_item_index(pI, azName[k]);
    if( i>=0 ) iGuess = i+1;
    if( i<0 || i<iLo || i>=iHi ){
      ADD_ERR(-1, N_("The form holds an answer to a question that is not on this page."));
      continue;
    }
    if( aSet[i] ){ ADD_ERR(i, N_("This question was answered twice in the form.")); continue; }
    aSet[i] = 1;
    const InstResp *r = &pI->aResp[pI->aItem[i].iResp];
    const char *z = azValue[k];
    int v;
    if( z[0]==0 ){ aAns[i] = ANS_MISSING; continue; }
    if( !parse_int(z, &v) ){ ADD_ERR(i, N_("This answer is not one of the choices.")); continue; }
    if( r->bNa && v==r->iNa ) aAns[i] = ANS_NA;
    else if( v>=r->iMin && v<=r->iMax ) aAns[i] = ANS_VALUE(v, r->iMin);
    else ADD_ERR(i, N_("This answer is not one of the choices."));
  }
#undef ADD_ERR
  return nErr;
}

int answer_save(Store *p, const TokenInfo *pTok, const AnswerForm *pForm, const unsigned char *aAns,
                const unsigned char *aSet, int iPage, int bSubmit){
  int64_t iInst = pForm->iInstrument;
  if( !iInst ){
    /* A built-in answered for the first time: the study keeps its copy
    ** (the form was opened before an earlier save of the same batch
    ** stored it: then only its id is needed). */
    int64_t iRev = 0;
    int rc = st_instrument_revision(p, pForm->pInst->zId, &iInst, &iRev);
    if( rc!=STORE_OK && rc!=STORE_NOTFOUND ) return rc;
  }
  if( !iInst ){
    Instrument *pI = NULL;
    char *zErr = NULL;
    int rc = survey_instrument_load(p, pForm->pInst->zId, 1, &pI, &iInst, &zErr);
    instrument_free(pI);
    free(zErr);
    if( rc ) return rc;
  }
  return st_answer_put(p, pTok->iWave, iInst, pTok->zRespondent, pTok->iMember, aAns, aSet,
                       pForm->pInst->nItem, bSubmit, iPage, pTok->bAllowChanges);
}
