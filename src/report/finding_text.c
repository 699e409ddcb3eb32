/*
** finding_text.c: findings in plain words for the report (finding_text.h).
*/
#include <stdlib.h>
#include <string.h>
#include "report/finding_text.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* At most this many pieces of evidence of one type are listed one by one. */
#define EVIDENCE_LISTED 3

const char *finding_title(const char *zKind){
  static const char *const az[][2] = {
    { "meeting_gap", N_("Long gap between meetings") },
    { "turnover", N_("Members leaving") },
    { "attendance_decline", N_("Attendance falling") },
    { "missing_stakeholder_group", N_("A stakeholder group is missing") },
    { "low_response", N_("Few members answered the survey") },
    { "synergy_decline", N_("Synergy fell") },
    { "tipping_point", N_("Tipping point: what protected synergy was lost too") },
    { "synergy_recovery", N_("Synergy recovered") },
    { "low_determinant", N_("A weak determinant of synergy") },
    { "benefits_below_drawbacks", N_("More drawbacks than benefits") },
    { "levers", N_("Where to act first") },
    { "network_fragmented", N_("The network has split") },
    { "single_broker", N_("The network hangs on one organisation") },
    { "isolated_group", N_("A group is cut off from the network") },
    { "centralised_network", N_("Everything passes through one hub") },
    { "network_thinning", N_("Fewer collaborations") },
  };
  for(size_t i=0; i<sizeof(az)/sizeof(az[0]); i++){
    if( strcmp(az[i][0], zKind)==0 ) return _(az[i][1]);
  }
  return zKind;
}

int finding_same(const Finding *x, const Finding *y){
  if( strcmp(x->zKind, y->zKind)!=0 || x->nEv==0 || y->nEv==0 ) return 0;
  const FindEvidence *a = &x->aEv[0], *b = &y->aEv[0];
  return strcmp(a->zType, b->zType)==0 && strcmp(a->zRef ? a->zRef : "", b->zRef ? b->zRef : "")==0
      && (strcmp(a->zType, "scale")==0 || strcmp(a->zType, "organisation")==0);
}

/* Findings of one severity: open ones first, then the most recent, then
** the one that weighs more (finding_cmp_weight()). */
static int cmp_shown(const void *a, const void *b){
  const Finding *x = *(const Finding*const*)a, *y = *(const Finding*const*)b;
  if( x->eSev!=y->eSev ) return (int)y->eSev - (int)x->eSev;
  if( x->bOpen!=y->bOpen ) return y->bOpen - x->bOpen;
  if( x->iOrder!=y->iOrder ) return x->iOrder>y->iOrder ? -1 : 1;
  return finding_cmp_weight(x, y);
}

int finding_order(const Finding *a, int n, int *aIdx, int *aLead){
  const Finding **aSort = xcalloc((size_t)n+1, sizeof(Finding*));
  int *aUnder = xcalloc((size_t)n+1, sizeof(int));   /* sorted place of its lead, or -1 */
  for(int i=0; i<n; i++) aSort[i] = &a[i];
  qsort(aSort, (size_t)n, sizeof(Finding*), cmp_shown);
  for(int k=0; k<n; k++) aUnder[k] = -1;
  int nShown = 0;
  for(int k=0; k<n; k++){
    if( aUnder[k]>=0 ) continue;
    aUnder[k] = k;
    aIdx[nShown] = (int)(aSort[k] - a);
    aLead[nShown] = nShown;
    for(int m=k+1; m<n; m++){
      if( aUnder[m]<0 && aSort[m]->eSev==aSort[k]->eSev && finding_same(aSort[k], aSort[m]) ) aUnder[m] = k;
    }
    nShown++;
  }
  /* the folded ones, after every shown one, by the order of their leads */
  int nNum = nShown;
  for(int j=0; j<nShown; j++){
    const Finding *pLead = &a[aIdx[j]];
    for(int m=0; m<n; m++){
      if( aSort[m]!=pLead && aUnder[m]>=0 && aSort[aUnder[m]]==pLead ){
        aIdx[nNum] = (int)(aSort[m] - a);
        aLead[nNum++] = j;
      }
    }
  }
  free(aSort); free(aUnder);
  return nShown;
}

int finding_number(const Finding *a, int n, const Finding *f){
  if( f<a || f>=a+n ) return 0;
  int *aIdx = xcalloc((size_t)n+1, sizeof(int)), *aLead = xcalloc((size_t)n+1, sizeof(int)), iNum = 0;
  finding_order(a, n, aIdx, aLead);
  for(int k=0; k<n && !iNum; k++) if( a+aIdx[k]==f ) iNum = k+1;
  free(aIdx); free(aLead);
  return iNum;
}

/* Index just past the ')' closing the '(' at z[i], or -1. */
static int paren_end(const char *z, int i){
  int nDepth = 0;
  for(int k=i; z[k]; k++){
    if( z[k]=='(' ) nDepth++;
    else if( z[k]==')' && --nDepth==0 ) return k+1;
  }
  return -1;
}

char *finding_plain(const Finding *f, int bFirst){
  const char *z = f->zDetail ? f->zDetail : "";
  char *zOut = xstrdup(z);
  const char *zAt = f->zRule && f->zRule[0] ? strstr(z, f->zRule) : NULL;
  if( !zAt && f->zRule && strchr(f->zRule, '.') ){
    /* "low_determinant.band+programme" is named by its family. */
    char *zFam = xstrdup(f->zRule);
    *strchr(zFam, '.') = 0;
    zAt = strstr(z, zFam);
    free(zFam);
  }
  if( zAt ){
    /* The rule is named inside parentheses, either as all of them or after
    ** a ';' that ends what the parentheses say before it. */
    int iRule = (int)(zAt - z), iOpen = -1, iSemi = -1;
    for(int k=iRule-1; k>=0; k--){
      if( z[k]==';' && iSemi<0 ) iSemi = k;
      if( z[k]=='(' ){ iOpen = k; break; }
    }
    int iEnd = iOpen>=0 ? paren_end(z, iOpen) : -1;
    if( iEnd>0 ){
      int iFrom, iTo;
      if( iSemi>iOpen ){
        iFrom = iSemi; iTo = iEnd-1;
        while( iFrom>0 && z[iFrom-1]==' ' ) iFrom--;   /* French " ;" */
      }else{
        iFrom = iOpen; iTo = iEnd;
        while( iFrom>0 && z[iFrom-1]==' ' ) iFrom--;
      }
      Sb s = SB_INIT;
      sb_printf(&s, "%.*s%s", iFrom, z, z+iTo);
      free(zOut);
      zOut = sb_take(&s);
    }
  }
  if( bFirst ){
    /* The first sentence: up to a full stop followed by a space. */
    char *zStop = strstr(zOut, ". ");
    if( zStop ) zStop[1] = 0;
  }
  return zOut;
}

/* How many pieces of evidence of type zType f has. */
static int evidence_count(const Finding *f, const char *zType){
  int n = 0;
  for(int i=0; i<f->nEv; i++) if( strcmp(f->aEv[i].zType, zType)==0 ) n++;
  return n;
}

int finding_evidence_short(const Finding *f, const char *zType){
  return evidence_count(f, zType)<=EVIDENCE_LISTED;
}

/* One summary line for the evidence of type zType: the count, then either
** how often each text occurs (when texts repeat, as members' stakeholder
** groups do) or the first references. */
static void evidence_summary(Sb *o, const Finding *f, const char *zType, const FindingSee *pSee){
  int n = evidence_count(f, zType);
  const char **azText = xcalloc((size_t)n+1, sizeof(char*));
  int *anText = xcalloc((size_t)n+1, sizeof(int));
  int nDistinct = 0;
  for(int i=0; i<f->nEv; i++){
    const FindEvidence *e = &f->aEv[i];
    if( strcmp(e->zType, zType)!=0 ) continue;
    const char *zT = e->zText ? e->zText : "";
    int k = 0;
    while( k<nDistinct && strcmp(azText[k], zT)!=0 ) k++;
    if( k==nDistinct ){ azText[k] = zT; nDistinct++; }
    anText[k]++;
  }
  /* TRANSLATORS: a summary of evidence: the evidence type, how many, then
  ** what they are ("member (14): decision maker 6, clinician 2"). */
  html_printf(o, "<li class=\"evidence-summary\">%h (%d)%h", evidence_type_name(zType),
              n, C_("separator", ": "));
  if( nDistinct<n ){
    /* Most frequent first (stable among equals). */
    for(int done=0; done<nDistinct; done++){
      int kMax = -1;
      for(int k=0; k<nDistinct; k++) if( anText[k]>0 && (kMax<0 || anText[k]>anText[kMax]) ) kMax = k;
      html_printf(o, "%s%h %d", done ? ", " : "", azText[kMax], anText[kMax]);
      anText[kMax] = 0;
    }
  }else{
    int nShown = 0;
    for(int i=0; i<f->nEv && nShown<EVIDENCE_LISTED; i++){
      const FindEvidence *e = &f->aEv[i];
      if( strcmp(e->zType, zType)!=0 ) continue;
      html_printf(o, "%s%h", nShown ? ", " : "", e->zRef ? e->zRef : "");
      nShown++;
    }
    char *zMore = i18n_asprintf(ngettext("and %d more", "and %d more", (unsigned long)(n-nShown)), n-nShown);
    html_printf(o, " %h", zMore);
    free(zMore);
  }
  sb_puts(o, " <span class=\"see-workbook\">(");
  if( pSee && pSee->zWorkbook ){
    /* TRANSLATORS: where the full list is: %s the link to the workbook,
    ** then the partnership and the finding's number in the findings and
    ** evidence sheets ("PCCP finding 3"). */
    char *z = i18n_asprintf(_("full list: %s, sheet evidence, %s finding %d"), "\x01", f->zPartnership, pSee->iFinding);
    char *zLink = strchr(z, '\x01');
    *zLink = 0;
    html_printf(o, "%h<a href=\"%h\">%h</a>%h", z, pSee->zWorkbook, _("the workbook"), zLink+1);
    free(z);
  }else{
    html_printf(o, "%h", _("full list: sheet evidence of the workbook that synergist report --xlsx writes"));
  }
  sb_puts(o, ")</span></li>\n");
  free(azText); free(anText);
}

Table *finding_evidence_table(const Finding *const *aF, const int *aiNum, int n){
  Table *t = table_newc("evidence", "finding,partnership,kind,wave,date,type,reference,id,text");
  for(int i=0; i<n; i++){
    const Finding *f = aF[i];
    for(int k=0; k<f->nEv; k++){
      const FindEvidence *e = &f->aEv[k];
      int r = table_row(t);
      table_int(t, r, 0, aiNum[i]);
      table_text(t, r, 1, f->zPartnership);
      table_text(t, r, 2, f->zKind);
      table_text(t, r, 3, f->zWave);
      table_text(t, r, 4, f->zDate);
      table_text(t, r, 5, e->zType);
      char *zRef = evidence_ref_words(e);
      table_text(t, r, 6, zRef);
      free(zRef);
      if( e->id ) table_int(t, r, 7, e->id);
      table_text(t, r, 8, e->zText);
    }
  }
  return t;
}

void finding_evidence_html(Sb *o, const Finding *f, const FindingSee *pSee){
  const char *zSep = C_("separator", ": ");
  sb_puts(o, "<ul class=\"evidence\">\n");
  for(int i=0; i<f->nEv; i++){
    const FindEvidence *e = &f->aEv[i];
    /* Each type once, at its first piece of evidence. */
    int bFirst = 1;
    for(int k=0; k<i && bFirst; k++) if( strcmp(f->aEv[k].zType, e->zType)==0 ) bFirst = 0;
    if( !finding_evidence_short(f, e->zType) ){
      if( bFirst ) evidence_summary(o, f, e->zType, pSee);
      continue;
    }
    char *zRef = evidence_ref_words(e);
    html_printf(o, "<li>%h %h%h%h</li>\n", evidence_type_name(e->zType), zRef, zSep, e->zText ? e->zText : "");
    free(zRef);
  }
  sb_puts(o, "</ul>\n");
}

static const char *severity_label(Severity e){
  return e==SEV_CONCERN ? _("concern") : e==SEV_WARNING ? _("warning") : _("information");
}

void finding_details_html(Sb *o, const Finding *f, const FindingSee *pSee){
  const char *zSep = C_("separator", ": ");
  html_printf(o, "<details><summary>%h</summary>\n<p>%h</p>\n", _("Figures, evidence and rule"),
              f->zDetail ? f->zDetail : "");
  if( f->nFig>0 ){
    html_printf(o, "<p>%h ", _("Figures:"));
    for(int i=0; i<f->nFig; i++){
      char zNum[I18N_NUM_MAX];
      html_printf(o, "%s%h = %h", i ? "; " : "", f->aFig[i].zName, i18n_num(zNum, f->aFig[i].r, f->aFig[i].nDec));
    }
    sb_puts(o, "</p>\n");
  }
  if( f->nEv>0 ){
    html_printf(o, "<p>%h</p>\n", _("Evidence:"));
    finding_evidence_html(o, f, pSee);
  }
  if( f->nAction>1 ){
    html_printf(o, "<p>%h</p>\n<ul class=\"actions\">\n", _("Further suggested actions:"));
    for(int i=1; i<f->nAction; i++) html_printf(o, "<li>%h</li>\n", f->azAction[i]);
    sb_puts(o, "</ul>\n");
  }
  html_printf(o, "<p class=\"rule\">%h %h", _("Rule:"), f->zRule ? f->zRule : "");
  if( f->zThreshold ) html_printf(o, "%h%h %h", zSep, _("threshold"), f->zThreshold);
  html_printf(o, " (%h%h%h)</p>\n</details>\n", _("severity"), zSep, severity_label(f->eSev));
}
