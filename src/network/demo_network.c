/*
** demo_network.c: the demo's tie surveys (see roster/demo.h), one per
** survey wave, answered by the first member of each organisation present
** when the wave opens.
**
** Story told by the ties: PCCP starts as a dense network of its eight
** organisations; at follow-up 1, after the 2015 reform, three of them have
** left and the five that stayed keep only a few weak ties (the network
** thins); by follow-up 2 the five form a dense, trusting core and the
** returning organisations join at its periphery. CHRP is a star around
** its research team (Harbourview University): the university names every
** partner and each names it back, with one tie among the others, so the
** network is centralised and hangs on the university. Deterministic:
** DemoRng with a fixed seed.
*/
#include <stdlib.h>
#include <string.h>
#include "network/netroster.h"
#include "roster/demo.h"
#include "roster/dynamics.h"
#include "store/st_network.h"
#include "util/xalloc.h"

/* PCCP's organisations that stayed through the reform. */
static const char *const azStayed[] = { "Université du Littoral", "Val-des-Pins University",
  "Littoral-Nord General Practice Division", "Val-des-Pins General Practice Division",
  "Littoral-Nord Regional Health Network", NULL };
static const char zHub[] = "Harbourview University";

static int stayed(const char *zOrg){
  for(int i=0; azStayed[i]; i++) if( strcmp(azStayed[i], zOrg)==0 ) return 1;
  return 0;
}

static int pick(DemoRng *g, int lo, int hi){ return lo + (int)(demo_rng_uniform(g)*(hi-lo+1)); }

/* The level A's respondent gives B in wave w (0: not named); *pTrust and
** *pValue get the ratings (1..4) for a named organisation. */
static int level_of(DemoRng *g, const char *zP, int w, const char *zA, const char *zB, int *pTrust, int *pValue){
  int lev = 0;
  if( strcmp(zP, "CHRP")==0 ){
    if( strcmp(zA, zHub)==0 ) lev = pick(g, 3, 4);
    else if( strcmp(zB, zHub)==0 ) lev = pick(g, 1, 4);
    else if( strstr(zA, "Health Authority") && strstr(zB, "Home and Community") ) lev = 2;
    *pTrust = pick(g, 2, 4); *pValue = pick(g, 2, 4);
  }else if( w==0 ){
    lev = demo_rng_uniform(g) < 0.6 ? pick(g, 2, 4) : 0;
    *pTrust = pick(g, 3, 4); *pValue = pick(g, 3, 4);
  }else if( w==1 ){
    lev = demo_rng_uniform(g) < 0.35 ? pick(g, 1, 2) : 0;
    *pTrust = pick(g, 2, 3); *pValue = pick(g, 1, 3);
  }else{
    int sA = stayed(zA), sB = stayed(zB);
    if( sA && sB ) lev = pick(g, 4, 5);
    else if( !sA && strcmp(zB, azStayed[0])==0 ) lev = 2;    /* each newcomer works with the university */
    else if( sA || sB ) lev = demo_rng_uniform(g) < 0.3 ? pick(g, 1, 2) : 0;
    *pTrust = sA && sB ? 4 : pick(g, 2, 3); *pValue = sA && sB ? pick(g, 3, 4) : pick(g, 2, 3);
  }
  return lev;
}

int demo_network(Store *p){
  DemoRng g = { 20150401 };
  NetRoster r;
  int rc = netroster_load(p, &r, NULL);
  if( rc ) return rc;
  for(int iw=0; iw<r.nWave && rc==STORE_OK; iw++){
    const WaveRec *w = &r.aWave[iw];
    int iSeq = 0;   /* this wave's place among its partnership's waves */
    for(int k=0; k<iw; k++) if( strcmp(r.aWave[k].zPartnership, w->zPartnership)==0 ) iSeq++;
    int x = netroster_wave_day(w);
    const char **azOrg;
    int nOrg = netroster_orgs_at(&r, w->zPartnership, x, &azOrg);
    int i0, nMem = netroster_members_of(&r, w->zPartnership, &i0);
    for(int a=0; a<nOrg && rc==STORE_OK; a++){
      const MemberRec *m = NULL;   /* the organisation's respondent */
      for(int i=i0; i<i0+nMem && !m; i++){
        if( r.aMem[i].zOrg && strcmp(r.aMem[i].zOrg, azOrg[a])==0 && member_present(&r.aMem[i], x) ) m = &r.aMem[i];
      }
      for(int b=0; b<nOrg && m && rc==STORE_OK; b++){
        if( a==b ) continue;
        TieRec t = { (char*)w->zPartnership, (char*)w->zName, m->zPid, (char*)azOrg[b], 0, -1, {0} };
        int trust = 0, value = 0;
        t.iCollab = level_of(&g, w->zPartnership, iSeq, azOrg[a], azOrg[b], &trust, &value);
        if( t.iCollab==0 ) continue;
        t.iFreq = t.iCollab>=4 ? 4 : 2;
        t.aRate[TIE_TRUST_RELIABLE] = trust;
        t.aRate[TIE_TRUST_MISSION] = trust>1 && t.iCollab<3 ? trust-1 : trust;
        t.aRate[TIE_TRUST_OPEN] = trust;
        t.aRate[TIE_VALUE_POWER] = value;
        t.aRate[TIE_VALUE_INVOLVEMENT] = value;
        t.aRate[TIE_VALUE_RESOURCES] = value>1 && t.iCollab<3 ? value-1 : value;
        rc = st_tie_add(p, &t);
      }
    }
    free(azOrg);
  }
  netroster_free(&r);
  return rc;
}
