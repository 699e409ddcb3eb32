/*
** tie_import.c: collaboration ties from CSV (see tie_import.h). The file
** is read whole (util/csvdoc.h), every row is checked against the roster
** read once (netroster.h), then the ties are written.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "network/tie_import.h"
#include "network/netroster.h"
#include "roster/dynamics.h"
#include "store/st_network.h"
#include "util/i18n.h"
#include "util/xalloc.h"

const char *const azTieCol[TIE_NCOL] = { "partnership", "wave", "respondent", "organisation", "collaboration",
  "frequency", "trust_reliable", "trust_mission", "trust_open", "value_power", "value_involvement",
  "value_resources" };

/* Integer value z of column c within [lo, hi] into *pv; reports otherwise.
** An empty value is allowed unless bRequired (then *pv is left as it is). */
static int check_int(ErrList *pErr, const char *zPath, int ln, int c, const char *zCol,
                     const char *z, int lo, int hi, int bRequired, int *pv){
  if( c<0 || !z ){
    if( bRequired ) errlist_add(pErr, zPath, ln, c+1, _("%s is empty (%d to %d)"), zCol, lo, hi);
    return !bRequired;
  }
  char *zEnd;
  errno = 0;
  long v = strtol(z, &zEnd, 10);
  if( zEnd==z || *zEnd || errno || v<lo || v>hi ){
    errlist_add(pErr, zPath, ln, c+1, _("%s '%s' is not a whole number from %d to %d"), zCol, z, lo, hi);
    return 0;
  }
  *pv = (int)v;
  return 1;
}

/* Is organisation zOrg represented in zP (someone present on day x)? */
static int org_present(const NetRoster *r, const char *zP, const char *zOrg, int x){
  int i0, n = netroster_members_of(r, zP, &i0);
  for(int i=i0; i<i0+n; i++){
    const MemberRec *m = &r->aMem[i];
    if( m->zOrg && strcmp(m->zOrg, zOrg)==0 && member_present(m, x) ) return 1;
  }
  return 0;
}

static int org_known(const NetRoster *r, const char *zOrg){
  for(int lo=0, hi=r->nOrg; lo<hi; ){
    int mid = (lo+hi)/2, c = strcmp(r->azOrg[mid], zOrg);
    if( c==0 ) return 1;
    if( c<0 ) lo = mid+1; else hi = mid;
  }
  return 0;
}

/* Check row i; fill *t (borrowed strings) and return 1 when it can be written. */
static int check_row(Store *p, const NetRoster *r, const CsvDoc *d, int i, const int *aC,
                     int bReplace, const TieScope *pOnly, const char *zPath, ErrList *pErr, TieRec *t){
  int ln = d->aLine[i], ok = 1;
  enum { cP, cW, cR, cO, cC, cF };
  const char *zP = doc_get(d, i, aC[cP]), *zW = doc_get(d, i, aC[cW]);
  const char *zR = doc_get(d, i, aC[cR]), *zO = doc_get(d, i, aC[cO]);
  memset(t, 0, sizeof(*t));
  t->zPartnership = (char*)zP; t->zWave = (char*)zW; t->zRespondent = (char*)zR; t->zOrg = (char*)zO;
  const WaveRec *w = NULL;
  const MemberRec *m = NULL;
  if( pOnly && !((zP && strcmp(zP, pOnly->zPartnership)==0) && (zW && strcmp(zW, pOnly->zWave)==0)
                 && (zR && strcmp(zR, pOnly->zRespondent)==0)) ){
    errlist_add(pErr, zPath, ln, aC[cR]+1, _("this answer is not %s's in %s wave %s"),
                pOnly->zRespondent, pOnly->zPartnership, pOnly->zWave);
    return 0;
  }
  if( !zP ){ errlist_add(pErr, zPath, ln, aC[cP]+1, "%s", _("partnership is empty")); ok = 0; }
  else if( st_partnership_exists(p, zP) ){
    errlist_add(pErr, zPath, ln, aC[cP]+1, _("unknown partnership '%s'"), zP); ok = 0; zP = NULL;
  }
  if( !zW ){ errlist_add(pErr, zPath, ln, aC[cW]+1, "%s", _("wave is empty")); ok = 0; }
  else if( zP && (w = netroster_wave(r, zP, zW))==NULL ){
    errlist_add(pErr, zPath, ln, aC[cW]+1, _("unknown wave '%s' of %s (add it first: synergist wave add %s %s)"), zW, zP, zP, zW);
    ok = 0;
  }
  int x = w ? netroster_wave_day(w) : 0;
  if( !zR ){ errlist_add(pErr, zPath, ln, aC[cR]+1, "%s", _("respondent is empty")); ok = 0; }
  else if( zP && (m = netroster_member(r, zP, zR))==NULL ){
    errlist_add(pErr, zPath, ln, aC[cR]+1, _("unknown member '%s' of %s"), zR, zP); ok = 0;
  }else if( m && !m->zOrg ){
    errlist_add(pErr, zPath, ln, aC[cR]+1, _("member '%s' of %s has no organisation in the roster"), zR, zP); ok = 0; m = NULL;
  }else if( m && w && !member_present(m, x) ){
    errlist_add(pErr, zPath, ln, aC[cR]+1, _("member '%s' of %s was not a member when wave %s opened (%s)"),
                zR, zP, zW, w->zOpens ? w->zOpens : _("today"));
    ok = 0;
  }
  if( !zO ){ errlist_add(pErr, zPath, ln, aC[cO]+1, "%s", _("organisation is empty")); ok = 0; }
  else if( !org_known(r, zO) ){
    errlist_add(pErr, zPath, ln, aC[cO]+1, _("unknown organisation '%s'"), zO); ok = 0;
  }else if( m && strcmp(m->zOrg, zO)==0 ){
    errlist_add(pErr, zPath, ln, aC[cO]+1, _("member '%s' names their own organisation '%s'"), zR, zO); ok = 0;
  }else if( zP && w && !org_present(r, zP, zO, x) ){
    errlist_add(pErr, zPath, ln, aC[cO]+1, _("organisation '%s' had no member in %s when wave %s opened (%s)"),
                zO, zP, zW, w->zOpens ? w->zOpens : _("today"));
    ok = 0;
  }
  if( !check_int(pErr, zPath, ln, aC[cC], "collaboration", doc_get(d, i, aC[cC]), 0, 5, 1, &t->iCollab) ) ok = 0;
  t->iFreq = -1;
  if( !check_int(pErr, zPath, ln, aC[cF], "frequency", doc_get(d, i, aC[cF]), 0, 5, 0, &t->iFreq) ) ok = 0;
  for(int k=0; k<TIE_NRATE; k++){
    int c = aC[6+k];
    if( !check_int(pErr, zPath, ln, c, azTieRate[k], doc_get(d, i, c), 1, 4, 0, &t->aRate[k]) ) ok = 0;
  }
  if( ok && !bReplace && !pOnly && st_tie_exists(p, zP, zW, zR, zO)==STORE_OK ){
    errlist_add(pErr, zPath, ln, aC[cO]+1, _("%s already named '%s' in %s wave %s (use --replace to import the wave again)"),
                zR, zO, zP, zW);
    ok = 0;
  }
  return ok;
}

int network_import(Store *p, const char *zPath, int bReplace, ErrList *pErr, int *pnCleared){
  static const char *const azReq[] = { "partnership", "wave", "respondent", "organisation", "collaboration", NULL };
  if( pnCleared ) *pnCleared = 0;
  CsvDoc d;
  int nDone = 0;
  if( doc_load(&d, zPath, azReq, pErr)==0 ){
    nDone = network_import_doc(p, &d, zPath, bReplace, NULL, 0, pErr, pnCleared);
  }
  doc_free(&d);
  return nDone;
}

int network_import_doc(Store *p, const CsvDoc *pDoc, const char *zPath, int bReplace, const TieScope *pOnly,
                       int bCheck, ErrList *pErr, int *pnCleared){
  const CsvDoc d = *pDoc;
  if( pnCleared ) *pnCleared = 0;
  int nErr0 = pErr->n, nDone = 0;
  int aC[TIE_NCOL];
  for(int k=0; k<TIE_NCOL; k++) aC[k] = doc_col(&d, azTieCol[k]);
  for(int j=0; j<d.nCol; j++){
    int known = 0;
    for(int k=0; k<TIE_NCOL; k++) if( aC[k]==j ) known = 1;
    if( !known ) errlist_add(pErr, zPath, 1, j+1, _("unknown column '%s'"), d.azHead[j]);
  }
  NetRoster r;
  if( netroster_load(p, &r, pOnly ? pOnly->zPartnership : NULL) ){
    errlist_add(pErr, zPath, 0, 0, "%s", store_errmsg(p));
    return 0;
  }
  TieRec *aTie = xcalloc((size_t)d.nRow+1, sizeof(TieRec));
  int *aFirst = doc_first_same(&d, aC, 4);
  for(int i=0; i<d.nRow; i++){
    check_row(p, &r, &d, i, aC, bReplace, pOnly, zPath, pErr, &aTie[i]);
    if( aFirst[i]>=0 ){
      errlist_add(pErr, zPath, d.aLine[i], aC[3]+1, _("repeated pair: %s already named '%s' in this wave on line %d"),
                  doc_get(&d, i, aC[2]) ? doc_get(&d, i, aC[2]) : "", doc_get(&d, i, aC[3]) ? doc_get(&d, i, aC[3]) : "",
                  d.aLine[aFirst[i]]);
    }
  }
  if( pErr->n==nErr0 && pOnly && !bCheck ){
    if( st_tie_clear_respondent(p, pOnly->zPartnership, pOnly->zWave, pOnly->zRespondent, pnCleared) ){
      errlist_add(pErr, zPath, 0, 0, "%s", store_errmsg(p));
    }
  }
  if( pErr->n==nErr0 && !bCheck ){
    /* --replace: clear each wave the file names once (rows of a wave need
    ** not be together, so clear on the first row of each wave). */
    int aiPW[2] = { aC[0], aC[1] };
    int *aFirstPW = doc_first_same(&d, aiPW, 2);
    for(int i=0; bReplace && i<d.nRow; i++){
      int n = 0;
      if( aFirstPW[i]>=0 ) continue;
      if( st_tie_clear(p, aTie[i].zPartnership, aTie[i].zWave, &n) ){
        errlist_add(pErr, zPath, d.aLine[i], 0, "%s", store_errmsg(p));
      }
      if( pnCleared ) *pnCleared += n;
    }
    free(aFirstPW);
    for(int i=0; i<d.nRow && pErr->n==nErr0; i++){
      if( st_tie_add(p, &aTie[i]) ) errlist_add(pErr, zPath, d.aLine[i], 0, "%s", store_errmsg(p));
      else nDone++;
    }
  }
  if( bCheck && pErr->n==nErr0 ) nDone = d.nRow;
  free(aFirst);
  free(aTie);
  netroster_free(&r);
  return nDone;
}
