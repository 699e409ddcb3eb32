/* tieform.c: the rows a network survey page posts (see tieform.h). */
#include <stdlib.h>
#include <string.h>
#include "serve/tieform.h"
#include "util/xalloc.h"

const char *const sv_azTieRate[TIE_NRATE] = { "tr", "tm", "to", "vp", "vi", "vr" };

int sv_tie_rows(const SvForm *f, int eStep, TieAnswer **paRow, int *pnRow){
  int nSlot = 0;
  TieAnswer *aSlot = xcalloc(TIE_ROWS_MAX, sizeof(TieAnswer));
  int bBad = 0;
  for(int i=0; i<f->n && !bBad; i++){
    const char *zN = f->azName[i], *zV = f->azValue[i];
    if( strcmp(zN, "key")==0 || strcmp(zN, "nav")==0 ) continue;
    size_t nPre = strcspn(zN, "0123456789");
    char *zEnd;
    long k = strtol(zN+nPre, &zEnd, 10);
    if( nPre==0 || zN[nPre]==0 || *zEnd || k<0 || k>=TIE_ROWS_MAX || sv_form_count(f, zN)!=1 ){ bBad = 1; break; }
    TieAnswer *t = &aSlot[k];
    const char **pz = NULL;
    if( nPre==1 && zN[0]=='o' ) pz = &t->zOrg;
    else if( nPre==1 && zN[0]=='c' && eStep==TIE_STEP_LEVELS ) pz = &t->zCollab;
    else if( nPre==1 && zN[0]=='f' && eStep==TIE_STEP_LEVELS ) pz = &t->zFreq;
    for(int j=0; j<TIE_NRATE && eStep==TIE_STEP_RATINGS; j++){
      if( nPre==2 && strncmp(zN, sv_azTieRate[j], 2)==0 ) pz = &t->azRate[j];
    }
    if( !pz ){ bBad = 1; break; }
    *pz = zV;
    if( k+1>nSlot ) nSlot = (int)k+1;
  }
  /* Rows in the order of N; an answer without its organisation is refused. */
  TieAnswer *aRow = xcalloc((size_t)nSlot+1, sizeof(TieAnswer));
  int nRow = 0;
  for(int k=0; k<nSlot && !bBad; k++){
    TieAnswer *t = &aSlot[k];
    int bAny = t->zCollab || t->zFreq;
    for(int j=0; j<TIE_NRATE; j++) if( t->azRate[j] ) bAny = 1;
    if( !t->zOrg ){ if( bAny ) bBad = 1; continue; }
    aRow[nRow++] = *t;
  }
  free(aSlot);
  *paRow = aRow; *pnRow = nRow;
  return bBad ? -1 : 0;
}
