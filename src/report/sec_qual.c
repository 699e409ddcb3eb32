/*
** sec_qual.c: the qualitative evidence. The interviewee sample (published
** table layout, from roster/describe.h), the framework matrix read as a
** cross-case synthesis (codes down the side, partnerships across, each cell
** the charted summary or the amount of coded evidence, from qual/matrix.h),
** illustrative quotes by pseudonym, and inter-coder agreement. Exports
** sec_qual.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "qual/agreement_run.h"
#include "qual/codebook.h"
#include "qual/matrix.h"
#include "qual/matrix_html.h"
#include "report/report_data.h"
#include "report/section.h"
#include "roster/describe.h"
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Quotations in the report unless --full. */
#define QUOTES_SHOWN 6

/* The interviewee sample as a table (stakeholder group and every member
** attribute, by partnership), with *pnAll (unless pnAll is NULL) the
** interviewees of all partnerships (the last column's n). NULL when there are no interviewees
** or on a store error (*pRc set). Caller frees. */
static Table *sample_table(ReportCtx *p, int *pRc, int *pnAll){
  Interviewee *aI = NULL; int nI = 0;
  MemberRec *aM = NULL; int nM = 0;
  Table *pAttr = table_newc(NULL, "name,type,members");
  *pRc = STORE_OK;
  if( st_interviewees(p->pStore, &aI, &nI) || st_member_all(p->pStore, report_only_part(p), &aM, &nM)
      || st_member_attr_list(p->pStore, pAttr) ){
    *pRc = STORE_ERROR;
  }
  Table *pWide = NULL;
  if( *pRc==STORE_OK && nI>0 ){
    int nAttr = 1 + pAttr->nRow;
    const char **azAttr = xcalloc((size_t)nAttr, sizeof(char*));
    azAttr[0] = "stakeholder_group";
    for(int r=0; r<pAttr->nRow; r++) azAttr[1+r] = table_cell(pAttr, r, 0)->z;
    DescUnit *aU = xcalloc((size_t)nI, sizeof(DescUnit));
    int nU = 0;
    for(int i=0; i<nI; i++){
      if( !report_has_part(p, aI[i].zPartnership) ) continue;
      const MemberRec *pRec = NULL;
      for(int m=0; m<nM && !pRec; m++){
        if( strcmp(aM[m].zPartnership, aI[i].zPartnership)==0 && strcmp(aM[m].zPid, aI[i].zPid)==0 ) pRec = &aM[m];
      }
      if( !pRec ) continue;
      aU[nU].zPartnership = pRec->zPartnership;
      aU[nU].azValue = xcalloc((size_t)nAttr, sizeof(char*));
      for(int a=0; a<nAttr; a++) aU[nU].azValue[a] = member_value(pRec, azAttr[a], p->pOpts->iToday);
      nU++;
    }
    if( nU>0 ){
      Table *pLong = describe_build(nAttr, azAttr, aU, nU);
      int *aN = NULL;
      pWide = describe_wide(pLong, pnAll ? &aN : NULL);
      if( pnAll ) *pnAll = aN[pWide->nCol-2];
      free(aN);
      table_free(pLong);
    }
    for(int i=0; i<nU; i++) free(aU[i].azValue);
    free(aU);
    free(azAttr);
  }
  st_interviewees_free(aI, nI);
  st_member_recs_free(aM, nM);
  table_free(pAttr);
  return pWide;
}

/* The "n (percent%)" cells of describe_wide() written again with the
** page's number typography ("3 (27 %)" in French), and its machine words
** in the page's language: the built-in characteristic "stakeholder_group"
** (attributes the study defines keep their names). */
static void localise_counts(Table *t){
  for(int r=0; r<t->nRow; r++){
    const Cell *x0 = table_cell(t, r, 0);
    if( x0->z && strcmp(x0->z, "stakeholder_group")==0 ) table_text(t, r, 0, _("stakeholder group"));
    for(int c=1; c<t->nCol; c++){
      const Cell *x = table_cell(t, r, c);
      long long n, pct;
      int nEnd = 0;
      if( x->t!=CELL_TEXT || sscanf(x->z, "%lld (%lld%%)%n", &n, &pct, &nEnd)!=2 || x->z[nEnd]!=0 ) continue;
      char *z = i18n_asprintf("%lld (%lld%%)", n, pct);
      table_text(t, r, c, z);
      free(z);
    }
  }
}

/* The matrix of codes (two top levels) by partnership, made once per run
** (report_memo(): every page of report --each shows its rows of the same
** matrix), or NULL with *pRc. Borrowed from the memo. */
static Matrix *synthesis_matrix(ReportCtx *p, int *pRc){
  ReportMemo *pMemo = report_memo(p);
  *pRc = STORE_OK;
  if( pMemo->bSynth ) return pMemo->pSynth;
  /* A study without sources has no partnership rows: that is "no data"
  ** (an empty matrix), not an error. */
  MxSpec spec = { "partnership", NULL, NULL, 1, 240, 0, 1 };
  Matrix *m = NULL;
  Err err = ERR_INIT;
  *pRc = qual_matrix(p->pStore, &spec, &m, &err) ? STORE_ERROR : STORE_OK;
  err_clear(&err);
  if( *pRc ){ qual_matrix_free(m); return NULL; }
  pMemo->pSynth = m; pMemo->bSynth = 1;
  return m;
}

/* Codes shown: the two top levels of the tree with any coded evidence. */
static int code_shown(Matrix *m, int iCode){
  if( m->aCode[iCode].iDepth>1 ) return 0;
  for(int r=0; r<m->nRow; r++) if( qual_matrix_cell(m, r, iCode)->nSeg>0 ) return 1;
  return 0;
}

static void synthesis_html(ReportCtx *p, Matrix *m){
  Sb *o = p->pOut;
  int *aRow = xcalloc((size_t)m->nRow+1, sizeof(int));
  int nRow = 0;
  for(int r=0; r<m->nRow; r++) if( report_has_part(p, m->azRow[r]) ) aRow[nRow++] = r;
  const char *zCap = _("Cross-case synthesis: coded evidence and charted summaries by code and partnership");
  /* Folded unless --full: open on screen, collapsed in print. */
  if( !p->pOpts->bFull ) html_printf(o, "<details class=\"fold\"><summary>%h</summary>\n", zCap);
  html_printf(o, "<table class=\"synthesis\">\n<caption>%h</caption>\n<thead><tr><th scope=\"col\">%h</th>",
              zCap, _("Code"));
  for(int k=0; k<nRow; k++) html_printf(o, "<th scope=\"col\">%h</th>", m->azRow[aRow[k]]);
  sb_puts(o, "</tr></thead>\n<tbody>\n");
  for(int c=0; c<m->nCode; c++){
    if( !code_shown(m, c) ) continue;
    const QualCode *pC = &m->aCode[c];
    html_printf(o, "<tr><th scope=\"row\"%s", pC->iDepth ? " class=\"sub\"" : "");
    if( pC->zDescription ) html_printf(o, " title=\"%h\"", codebook_word(pC->zDescription, pC->bBuiltin));
    html_printf(o, ">%h</th>", codebook_word(pC->zName, pC->bBuiltin));
    for(int k=0; k<nRow; k++){
      MxCell *x = qual_matrix_cell(m, aRow[k], c);
      sb_puts(o, "<td>");
      if( x->zSummary ) html_printf(o, "<p>%h</p>", x->zSummary);
      if( x->nSeg>0 ){
        char *zN = matrix_count_words(x);
        html_printf(o, "<p class=\"meta\">%h</p>", zN);
        free(zN);
      }
      sb_puts(o, "</td>");
    }
    sb_puts(o, "</tr>\n");
  }
  sb_puts(o, "</tbody>\n</table>\n");
  if( !p->pOpts->bFull ) sb_puts(o, "</details>\n");
  /* Quotes by pseudonym, each captioned by its code's name; unless --full,
  ** QUOTES_SHOWN of them, the others counted: first one per speaker (the
  ** "(011, PCCP)" closing each quote), then the next ones, never the same
  ** words twice (a segment coded under two codes), shown in codebook
  ** order. */
  html_printf(o, "<h3>%h</h3>\n", _("Illustrative quotations"));
  int nQuote = 0, nMore = 0, nAll = 0;
  for(int c=0; c<m->nCode; c++){
    if( !code_shown(m, c) ) continue;
    for(int k=0; k<nRow; k++) nAll += qual_matrix_cell(m, aRow[k], c)->nQuote;
  }
  typedef struct Qt { const char *z; int c; int bShow; } Qt;
  Qt *aQ = xcalloc((size_t)nAll+1, sizeof(Qt));
  int n = 0;
  for(int c=0; c<m->nCode; c++){
    if( !code_shown(m, c) ) continue;
    for(int k=0; k<nRow; k++){
      MxCell *x = qual_matrix_cell(m, aRow[k], c);
      for(int q=0; q<x->nQuote; q++){ aQ[n].z = x->azQuote[q]; aQ[n].c = c; aQ[n++].bShow = p->pOpts->bFull; }
    }
  }
  if( !p->pOpts->bFull ){
    int aShown[QUOTES_SHOWN];   /* the quotes picked so far (at most QUOTES_SHOWN are compared) */
    for(int pass=0; pass<2; pass++){
      for(int i=0; i<n && nQuote<QUOTES_SHOWN; i++){
        if( aQ[i].bShow ) continue;
        const char *zWho = strrchr(aQ[i].z, '(');
        size_t nText = zWho ? (size_t)(zWho - aQ[i].z) : strlen(aQ[i].z);
        int bSkip = 0;
        for(int s=0; s<nQuote && !bSkip; s++){
          int j = aShown[s];
          const char *zW2 = strrchr(aQ[j].z, '(');
          size_t n2 = zW2 ? (size_t)(zW2 - aQ[j].z) : strlen(aQ[j].z);
          if( n2==nText && memcmp(aQ[j].z, aQ[i].z, nText)==0 ) bSkip = 1;              /* the same words */
          if( pass==0 && zWho && zW2 && strcmp(zWho, zW2)==0 ) bSkip = 1;               /* a speaker already quoted */
        }
        if( !bSkip ){ aQ[i].bShow = 1; aShown[nQuote++] = i; }
      }
    }
  }
  for(int i=0; i<n; i++){
    if( !aQ[i].bShow ){ nMore++; continue; }
    const QualCode *pC = &m->aCode[aQ[i].c];
    html_printf(o, "<blockquote><p>%h</p><footer>%h</footer></blockquote>\n", aQ[i].z,
                codebook_word(pC->zName, pC->bBuiltin));
    if( p->pOpts->bFull ) nQuote++;
  }
  free(aQ);
  if( nQuote==0 ) report_no_data(p, _("No segment has been coded."), "synergist code apply");
  if( nMore>0 ){
    char *z = i18n_asprintf(ngettext("%d more quotation in the full report (report --full).",
                                     "%d more quotations in the full report (report --full).",
                                     (unsigned long)nMore), nMore);
    html_printf(o, "<p class=\"meta\">%h</p>\n", z);
    free(z);
  }
  free(aRow);
}

/* Agreement of the study's first two coders (by name) who have coded
** something, per code and pooled, as the agreement command computes it,
** once per run into the memo (report_memo(): the same on every page).
** (Users of the workspace are coders too, most of them with no segment.) */
static int agreement_memo(ReportCtx *p, ReportMemo *m){
  if( m->eAgree ) return STORE_OK;
  Table *tc = table_newc(NULL, "coder,segments,sources");
  int rc = st_coder_list(p->pStore, tc);
  const char *azCoder[2] = { NULL, NULL };
  int nCoder = 0;
  for(int i=0; !rc && i<tc->nRow && nCoder<2; i++){
    if( table_cell(tc, i, 1)->i>0 ) azCoder[nCoder++] = table_cell(tc, i, 0)->z;
  }
  if( rc || nCoder<2 ){
    table_free(tc);
    if( !rc ) m->eAgree = 1;
    return rc;
  }
  Table *tDiff = NULL;
  char *zErr = NULL;
  rc = agreement_run(p->pStore, azCoder, NULL, NULL, 0, NULL, &m->pAgree, &tDiff, &m->nShared, &zErr);
  if( rc==STORE_NOTFOUND ){
    m->eAgree = 2;
    rc = STORE_OK;
  }else if( rc==STORE_OK ){
    m->eAgree = 3;
    m->azCoder[0] = xstrdup(azCoder[0]); m->azCoder[1] = xstrdup(azCoder[1]);
    /* Codes by their paths in the report's language, the pooled row too. */
    Table *tStat = m->pAgree;
    QualCode *aCode = NULL; int nCode = 0;
    if( st_code_all(p->pStore, &aCode, &nCode)==STORE_OK ){
      for(int r=0; r<tStat->nRow; r++){
        const Cell *x = table_cell(tStat, r, 0);
        if( x->t!=CELL_TEXT ) continue;
        if( strcmp(x->z, "all")==0 ){ table_text(tStat, r, 0, C_("pooled", "all")); continue; }
        for(int k=0; k<nCode; k++){
          if( strcmp(aCode[k].zPath, x->z)!=0 ) continue;
          char *z = codebook_path_words(aCode, nCode, k);
          table_text(tStat, r, 0, z);
          free(z);
          break;
        }
      }
    }
    st_codes_free(aCode, nCode);
  }
  free(zErr);
  table_free(tDiff);
  table_free(tc);
  return rc;
}

static int agreement_html(ReportCtx *p){
  ReportMemo *m = report_memo(p);
  int rc = agreement_memo(p, m);
  if( rc ) return rc;
  if( m->eAgree==1 ){
    report_no_data(p, _("Fewer than two coders have coded sources."), "synergist agreement --coders A,B");
  }else if( m->eAgree==2 ){
    report_no_data(p, _("The two coders have no coded source in common."), "synergist agreement --coders A,B");
  }else{
    html_printf(p->pOut, "<p>%h %h, %h; %d %h. %h</p>\n", _("Coders:"), m->azCoder[0], m->azCoder[1], m->nShared,
      _("sources coded by both"),
      _("Characters are the units: percent agreement, Cohen's kappa (coded or not, per character) "
        "and Krippendorff's alpha for nominal data, per code and pooled (all)."));
    static const char *const azHead[] = { N_("Code"), N_("Agreement (%)"), N_("Kappa"), N_("Krippendorff's alpha") };
    const char *azTr[4];
    for(int i=0; i<4; i++) azTr[i] = _(azHead[i]);
    report_table_fold(p, m->pAgree, _("Inter-coder agreement by code"), azTr);
  }
  return STORE_OK;
}

static int qual_html(ReportCtx *p){
  int rc;
  html_printf(p->pOut, "<p>%h</p>\n",
    _("Interviews, meeting field notes and documents coded against the partnership synergy "
      "framework and themes found in the data. Participants are quoted by pseudonym."));
  html_printf(p->pOut, "<h3>%h</h3>\n", _("Interviewee sample"));
  int nAll = 0;
  Table *t = sample_table(p, &rc, &nAll);
  if( rc ) return rc;
  if( !t ) report_no_data(p, _("No interview has been linked to a member."), "synergist source import");
  else{
    localise_counts(t);
    /* Headings: the characteristic, each partnership, then all of them
    ** ("all (n = 11)" in the page's language, describe_wide()'s last
    ** column). */
    const char **azHead = xcalloc((size_t)t->nCol, sizeof(char*));
    azHead[0] = _("characteristic");
    for(int c=1; c<t->nCol; c++) azHead[c] = t->azCol[c];
    char *zAll = i18n_asprintf(_("all (n = %d)"), nAll);
    azHead[t->nCol-1] = zAll;
    report_table(p, t, _("Characteristics of the interviewees, n (%) by partnership"), azHead);
    free(zAll);
    free(azHead);
    table_free(t);
  }
  html_printf(p->pOut, "<h3>%h</h3>\n", _("Framework matrix and cross-case synthesis"));
  Matrix *m = synthesis_matrix(p, &rc);
  if( rc ) return rc;
  if( !m || m->nRow==0 ) report_no_data(p, _("No source has been coded."), "synergist code apply");
  else synthesis_html(p, m);
  html_printf(p->pOut, "<h3>%h</h3>\n", _("Inter-coder agreement"));
  return agreement_html(p);
}

static int qual_tables(ReportCtx *p, ReportTables *pList){
  int rc;
  Table *t = sample_table(p, &rc, NULL);
  if( t ){
    free(t->zTitle);
    t->zTitle = xstrdup("interviewees");
    report_tables_add(pList, t);
  }
  return rc;
}

const ReportSection sec_qual = { "qualitative", N_("Qualitative findings"), qual_html, qual_tables };
