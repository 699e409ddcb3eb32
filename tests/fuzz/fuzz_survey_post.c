/* fuzz_survey_post.c: what the web survey takes from a posted form body
** (serve/request.c parses it): a questionnaire page's answers checked
** against the built-in psf instrument (survey/answer.c: answer_take, the
** page chosen by the first byte, or every item) and a network survey
** page's rows (serve/tieform.c, both steps). Nothing is written. */
#include "fuzz.h"
#include "serve/request.h"
#include "serve/tieform.h"
#include "survey/answer.h"

static Store *pStore = NULL;
static AnswerForm form;

static void answers(const SvForm *f, int iPage){
  int nItem = form.pInst->nItem, nMax = nItem + f->n + 1;
  unsigned char *aAns = calloc((size_t)nItem, 1), *aSet = calloc((size_t)nItem, 1);
  AnswerErr *aErr = calloc((size_t)nMax, sizeof(AnswerErr));
  static const char *const azSkip[] = { "key", "nav", NULL };
  if( !aAns || !aSet || !aErr ) abort();
  int nErr = answer_take(&form, iPage, f->n, (const char *const*)f->azName,
                         (const char *const*)f->azValue, azSkip, aAns, aSet, aErr, nMax);
  if( nErr<0 || nErr>nMax ) abort();
  for(int i=0; i<nErr; i++) if( aErr[i].iItem<-1 || aErr[i].iItem>=nItem || !aErr[i].zMsg ) abort();
  free(aAns); free(aSet); free(aErr);
}

static void ties(const SvForm *f, int eStep){
  TieAnswer *a = NULL;
  int n = -1;
  if( sv_tie_rows(f, eStep, &a, &n)==0 ){
    if( n<0 || n>TIE_ROWS_MAX ) abort();
    for(int i=0; i<n; i++) if( !a[i].zOrg ) abort();
  }
  free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  if( !pStore ){
    char *zErr = NULL;
    pStore = fuzz_demo_study(0);
    if( answer_instrument(pStore, NULL, &form, &zErr) ) abort();
  }
  if( n<1 ) return 0;
  SvForm f;
  memset(&f, 0, sizeof(f));
  if( sv_form_parse((const char*)a+1, n-1, &f)!=0 ) return 0;
  answers(&f, a[0]==0xff ? -1 : a[0] % form.nPage);
  ties(&f, a[0] & 1 ? TIE_STEP_RATINGS : TIE_STEP_LEVELS);
  sv_form_clear(&f);
  return 0;
}
