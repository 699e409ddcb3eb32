/* portfolio.c: the programme view and its sector mix (see portfolio.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/portfolio.h"
#include "diagnose/score_text.h"
#include "roster/dynamics.h"
#include "roster/sector_word.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* The sectors a partnership's mask knows: bits 0-2 the three of the
** reference study, bits 3-4 the study file's other built-in sectors, bit 5
** (PF_OTHER_SECTOR) any sector a user named. */
static const char *const azSectorBit[5] = { "nonprofit", "industry", "government", "academic", "health system" };
#define PF_OTHER_SECTOR 5
/* Zwisler et al. 2024: of 255 partnerships, nonprofit 190, industry 112,
** government 140; spanning one sector 86, two 147, three 20 (253: the
** publication accounts for no other 2, so the rows it has no figure for,
** academic, health system and none of the three, have no reference). */
static const int aRef255[6] = { 190, 112, 140, 86, 147, 20 };

unsigned portfolio_sector_mask(const MemberRec *aMem, const char *const *aSector, int nMem,
                               const char *zP, int iAsOf){
  unsigned m = 0;
  for(int i=0; i<nMem; i++){
    if( strcmp(aMem[i].zPartnership, zP) || !aSector[i] || !member_present(&aMem[i], iAsOf) ) continue;
    int k = 0;
    while( k<5 && strcmp(aSector[i], azSectorBit[k])!=0 ) k++;
    m |= 1u<<(k<5 ? k : PF_OTHER_SECTOR);
  }
  return m;
}

/* The sectors of partnership i's current members (its own records only). */
static unsigned part_sectors(const DiagStudy *d, int i){
  int k = d->aMemAt[i];
  return portfolio_sector_mask(d->aMem + k, (const char *const*)d->azMemSector + k, d->aMemAt[i+1] - k,
                               d->azPart[i], d->roster.iAsOf);
}

/* How many of the reference study's three sectors the mask holds. */
static int n_bits(unsigned m){ return (int)(m&1) + (int)((m>>1)&1) + (int)((m>>2)&1); }

typedef struct PfRow {
  const char *zP;
  int g;                   /* latest unsuppressed group, -1 when none */
  int gWave;               /* the group whose wave the row shows: g, else the latest (rate only) */
  double rSyn; const char *zBand;
  const ScoreChange *pChg;
  int nConcern, nWarning;
  double rResponse;
  int nPresent;            /* members present when gWave's wave opened: the rate's denominator */
  int nMembers;
  unsigned mSector;
} PfRow;

static int cmp_row(const void *a, const void *b){
  const PfRow *x = a, *y = b;
  if( x->nConcern!=y->nConcern ) return y->nConcern - x->nConcern;
  if( x->nWarning!=y->nWarning ) return y->nWarning - x->nWarning;
  int nx = isnan(x->rSyn), ny = isnan(y->rSyn);
  if( nx!=ny ) return nx - ny;
  if( !nx && x->rSyn!=y->rSyn ) return x->rSyn<y->rSyn ? -1 : 1;
  return strcmp(x->zP, y->zP);
}

/* The groups of partnership q: its latest with synergy shown (*pg) and its
** latest at all (*pgAny), -1 when none. */
static void pf_groups(const DiagStudy *d, const DiagPart *q, int iSyn, int *pg, int *pgAny){
  const ScoreSet *s = d->pScore;
  const int *aG = NULL;
  int nG = q->iScore>=0 ? diag_part_groups(&d->survey, q->iScore, &aG) : 0;
  *pg = *pgAny = -1;
  for(int k=0; k<nG; k++){
    int g = aG[k];
    const ScoreGroup *G = &s->aGroup[g];
    if( *pgAny<0 || G->iSeq>s->aGroup[*pgAny].iSeq ) *pgAny = g;
    if( G->bSuppressed || (iSyn>=0 && score_stat(s, g, iSyn)->bSuppressed) ) continue;
    if( *pg<0 || G->iSeq>s->aGroup[*pg].iSeq ) *pg = g;
  }
}

PfTrend portfolio_trend(const ScoreChange *c){
  if( !c || isnan(c->diff) ) return PF_NONE;
  if( c->bClear && c->diff>0 ) return PF_UP;
  if( c->bClear && c->diff<0 ) return PF_DOWN;
  return PF_SAME;
}

/* The portfolio table of the rows a[0..n) in form eForm (portfolio.h):
** figures for programs, or words in the current language for readers,
** narrow enough for a printed page. */
static Table *pf_write(const ScoreSet *s, const PfRow *a, int n, PfForm eForm){
  int bWords = eForm==PF_WORDS;
  Table *t = table_newc(_("Programme portfolio (struggling partnerships first)"), bWords
    ? "partnership,wave,synergy,band,trend,concerns,warnings,response_rate,members_now,sectors"
    : "partnership,wave,synergy,band,trend,change,concerns,warnings,response_rate,members_present,members_now,"
      "nonprofit,industry,government,academic,health_system,other_sector,sectors,reference_sector_count");
  int iC = bWords ? 5 : 6;     /* the concerns column; warnings, rate, members, sectors follow */
  for(int i=0; i<n; i++){
    const PfRow *r = &a[i];
    int row = table_row(t);
    table_text(t, row, 0, r->zP);
    if( r->gWave>=0 ) table_text(t, row, 1, s->azWave[s->aGroup[r->gWave].iWave]);
    table_real(t, row, 2, r->rSyn, 2);
    PfTrend e = portfolio_trend(r->pChg);
    table_int(t, row, iC, r->nConcern);
    table_int(t, row, iC+1, r->nWarning);
    if( !bWords ){
      table_real(t, row, iC+2, r->rResponse, 2);
      if( r->nPresent ) table_int(t, row, iC+3, r->nPresent);
      int iM = iC+4;           /* members_now, then the sectors */
      table_int(t, row, iM, r->nMembers);
      table_text(t, row, 3, r->zBand);
      table_text(t, row, 4, trend_code(e));
      if( e!=PF_NONE ) table_real(t, row, 5, r->pChg->diff, 2);
      for(int k=0; k<6; k++) table_text(t, row, iM+1+k, (r->mSector>>k)&1 ? "yes" : "no");
      /* the sectors by their stored names, as the page names them */
      Sb sb = SB_INIT;
      for(int k=0; k<5; k++) if( (r->mSector>>k)&1 ) sb_printf(&sb, "%s%s", sb.n ? ", " : "", azSectorBit[k]);
      if( (r->mSector>>PF_OTHER_SECTOR)&1 ) sb_printf(&sb, "%s%s", sb.n ? ", " : "", "other");
      if( sb.n ) table_text(t, row, iM+7, sb.z);
      sb_free(&sb);
      table_int(t, row, iM+8, n_bits(r->mSector));
      continue;
    }
    if( r->zBand ) table_text(t, row, 3, score_band_words(r->zBand));
    char *zTrend = trend_short(e, e!=PF_NONE ? r->pChg->diff : 0);
    if( zTrend ){
      char *z = xasprintf("%s %s", trend_arrow(e), zTrend);
      table_text(t, row, 4, z);
      free(z);
      free(zTrend);
    }
    table_int(t, row, iC+3, r->nMembers);
    if( !isnan(r->rResponse) ){
      /* TRANSLATORS: a response rate and its denominator, the members present when the wave opened. */
      char *z = i18n_asprintf(_("%.0f%% of %d"), 100.0*r->rResponse, r->nPresent);
      table_text(t, row, iC+2, z);
      free(z);
    }
    Sb sb = SB_INIT;
    for(int k=0; k<5; k++){
      if( (r->mSector>>k)&1 ) sb_printf(&sb, "%s%s", sb.n ? ", " : "", sector_word(azSectorBit[k]));
    }
    /* TRANSLATORS: sectors named by the user, beside the known ones. */
    if( (r->mSector>>PF_OTHER_SECTOR)&1 ) sb_printf(&sb, "%s%s", sb.n ? ", " : "", _("other sectors"));
    if( sb.n ) table_text(t, row, iC+4, sb.z);
    sb_free(&sb);
  }
  return t;
}

int portfolio_trend_from(const DiagStudy *d, int iPart){
  const ScoreSet *s = d->pScore;
  int iSyn = s ? instrument_scale_index(s->pInst, "synergy") : -1;
  if( iSyn<0 || iPart<0 || iPart>=d->nPart ) return -1;
  DiagPart q;
  diag_part(d, iPart, &q);
  int g, gAny;
  pf_groups(d, &q, iSyn, &g, &gAny);
  if( g<0 ) return -1;
  const int *aG = NULL;
  int nG = diag_part_groups(&d->survey, q.iScore, &aG), gPrev = -1;
  for(int k=0; k<nG; k++){
    const ScoreGroup *G = &s->aGroup[aG[k]];
    if( G->iSeq<s->aGroup[g].iSeq && (gPrev<0 || G->iSeq>s->aGroup[gPrev].iSeq) ) gPrev = aG[k];
  }
  return gPrev;
}

Table *portfolio_table(const DiagStudy *d, const Findings *pF, PfForm eForm){
  const ScoreSet *s = d->pScore;
  int iSyn = s ? instrument_scale_index(s->pInst, "synergy") : -1;
  int iAsOf = d->roster.iAsOf;
  PfRow *a = xcalloc((size_t)d->nPart+1, sizeof(PfRow));
  /* open concerns and warnings of every partnership in one pass over the
  ** findings (not one pass per partnership) */
  for(int k=0; k<pF->n; k++){
    const Finding *f = &pF->a[k];
    if( !f->bOpen || f->eSev<SEV_WARNING ) continue;
    int i = diag_part_index(d, f->zPartnership);
    if( i<0 ) continue;
    if( f->eSev>=SEV_CONCERN ) a[i].nConcern++;
    else a[i].nWarning++;
  }
  for(int i=0; i<d->nPart; i++){
    PfRow *r = &a[i];
    r->zP = d->azPart[i];
    r->rSyn = r->rResponse = NAN;
    DiagPart q;
    diag_part(d, i, &q);
    int gAny;
    pf_groups(d, &q, iSyn, &r->g, &gAny);
    if( r->g>=0 && iSyn>=0 ){
      const ScaleStat *st = score_stat(s, r->g, iSyn);
      r->rSyn = st->mean;
      r->zBand = st->zBand;
      r->pChg = diag_change(&d->survey, -1, r->g, iSyn);
    }
    /* The response rate of the wave whose synergy is shown (else the latest). */
    int gRate = r->g>=0 ? r->g : gAny;
    r->gWave = gRate;
    const WaveRec *W = gRate>=0 ? diag_group_wave(&d->survey, gRate) : NULL;
    if( W && W->zOpens ){
      int nElig = diag_present_count(&q.roster, r->zP, diag_day(W->zOpens, 0));
      if( nElig ) r->rResponse = (double)s->aGroup[gRate].nResp/nElig;
      r->nPresent = nElig;
    }
    r->nMembers = diag_present_count(&q.roster, r->zP, iAsOf);
    r->mSector = part_sectors(d, i);
  }
  qsort(a, (size_t)d->nPart, sizeof(PfRow), cmp_row);
  Table *t = pf_write(s, a, d->nPart, eForm);
  free(a);
  return t;
}

Table *portfolio_sectors(const DiagStudy *d){
  /* rows: the three sectors, academic, health system; spans one, two,
  ** three of the three, none of them (so the spans add up to every
  ** partnership) */
  int aCount[9] = {0};
  for(int i=0; i<d->nPart; i++){
    unsigned m = part_sectors(d, i);
    for(int k=0; k<5; k++) aCount[k] += (m>>k)&1;
    int nb = n_bits(m);
    aCount[nb>0 ? 4+nb : 8]++;
  }
  static const char *const azMeasure[9] = {
    N_("involves nonprofit partners"), N_("involves industry partners"), N_("involves government partners"),
    N_("involves academic partners"), N_("involves health system partners"),
    N_("spans one sector"), N_("spans two sectors"), N_("spans three sectors"),
    N_("none of the three sectors") };
  static const int aiRef[9] = { 0, 1, 2, -1, -1, 3, 4, 5, -1 };
  Table *t = table_newc(_("Sector mix (nonprofit, industry, government)"), "measure,partnerships,of,percent,reference_255");
  for(int k=0; k<9; k++){
    int r = table_row(t);
    table_text(t, r, 0, _(azMeasure[k]));
    table_int(t, r, 1, aCount[k]);
    table_int(t, r, 2, d->nPart);
    if( d->nPart ) table_int(t, r, 3, (int)floor(100.0*aCount[k]/d->nPart + 0.5));
    if( aiRef[k]>=0 ) table_int(t, r, 4, aRef255[aiRef[k]]);
  }
  return t;
}
