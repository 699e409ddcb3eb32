/*
** source_import.c: `source import` (see source_import.h). Files are read,
** normalised and tokenized ahead on a second thread (qual/srcread.c) while
** this one stores them: the same results, in the same order.
*/
#include <stdlib.h>
#include <string.h>
#include "qual/redact.h"
#include "qual/source_import.h"
#include "qual/srcread.h"
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "store/st_search.h"
#include "util/date.h"
#include "util/xalloc.h"

/* The file's base name without directory and extension (caller frees). */
static char *source_name_of(const char *zPath){
  const char *zBase = strrchr(zPath, '/');
  zBase = zBase ? zBase+1 : zPath;
  const char *zDot = strrchr(zBase, '.');
  return zDot && zDot>zBase ? xstrndup(zBase, (size_t)(zDot-zBase)) : xstrdup(zBase);
}

/* The options' problems, in the order a reader fixes them; 0 when none. */
static int check_opts(Store *p, const SourceImportOpts *o, Err *pErr){
  const char *zKind = o->zKind;
  int iDay;
  if( !o->zPartnership ) return err_set(pErr, ERR_USAGE, "source import needs --partnership P");
  if( !zKind ) return err_set(pErr, ERR_USAGE, "source import needs --kind interview|fieldnotes|document");
  if( strcmp(zKind, "interview") && strcmp(zKind, "fieldnotes") && strcmp(zKind, "document") ){
    return err_set(pErr, ERR_USAGE, "--kind must be interview, fieldnotes or document, not '%s'", zKind);
  }
  if( o->zLanguage && strcmp(o->zLanguage, "en") && strcmp(o->zLanguage, "fr") ){
    return err_set(pErr, ERR_USAGE, "--language must be en or fr, not '%s'", o->zLanguage);
  }
  if( o->zDate && !date_parse(o->zDate, &iDay) ){
    return err_set(pErr, ERR_USAGE, "%s: '%s' is not a date (YYYY-MM-DD)", "--date", o->zDate);
  }
  if( o->zParticipant && strcmp(zKind, "interview") ){
    return err_set(pErr, ERR_USAGE, "--participant is for --kind interview");
  }
  if( o->nFile>1 && (o->zName || o->zParticipant) ){
    return err_set(pErr, ERR_USAGE, "--name and --participant need a single FILE");
  }
  if( st_partnership_exists(p, o->zPartnership) ) return store_err(p, STORE_NOTFOUND, pErr);
  if( o->zParticipant && st_member_exists(p, o->zPartnership, o->zParticipant) ){
    return err_set(pErr, ERR_FAIL, "no member '%s' in partnership %s (see: synergist member list)",
                   o->zParticipant, o->zPartnership);
  }
  return 0;
}

int qual_source_import(Store *p, const SourceImportOpts *o, SourceImportResult *pRes, Err *pErr){
  memset(pRes, 0, sizeof(*pRes));
  if( check_opts(p, o, pErr) ) return pErr->e;
  const char *zLanguage = o->zLanguage ? o->zLanguage : "en";
  /* Source names are printed everywhere (search, segments, evidence), and
  ** files are often named after the person interviewed. */
  RedactTerm *aTerm = NULL; int nTerm = 0;
  int rcTerm = st_redact_terms(p, &aTerm, &nTerm);
  if( rcTerm ) return store_err(p, rcTerm, pErr);
  RedactLabels *pLabels = redact_labels_new(aTerm, nTerm);
  st_redact_terms_free(aTerm, nTerm);
  pRes->a = xcalloc((size_t)o->nFile+1, sizeof(SourceImported));
  SrcReader *pRead = srcreader_start(o->azFile, o->nFile, zLanguage);
  SrcPrep *pPrep;
  while( (pPrep = srcreader_next(pRead))!=NULL ){
    const char *zFile = pPrep->zFile;
    for(int k=0; k<errlist_kept(&pPrep->err); k++){
      const ErrEntry *e = &pPrep->err.a[k];
      errlist_add(&pErr->list, e->zFile, e->iLine, e->iCol, "%s", e->zMsg);
    }
    if( !pPrep->zText ){ srcprep_free(pPrep); continue; }
    QualSource src;
    memset(&src, 0, sizeof(src));
    char *zOwnName = o->zName ? xstrdup(o->zName) : source_name_of(zFile);
    const char *zBase = strrchr(zFile, '/');
    src.zName = zOwnName;
    src.zPartnership = (char*)o->zPartnership;
    src.zKind = (char*)o->zKind;
    src.zParticipant = (char*)o->zParticipant;
    src.zLanguage = (char*)zLanguage;
    src.zDate = (char*)o->zDate;
    src.zFile = (char*)(zBase ? zBase+1 : zFile);
    src.zText = pPrep->zText;
    src.nCp = pPrep->nCp;
    SearchPrep prep = { pPrep->nPara, pPrep->aPara, pPrep->aByte, pPrep->pTape };
    int rc = st_source_add_prepared(p, &src, &prep, NULL);
    if( rc==STORE_EXISTS || rc==STORE_NOTFOUND ){
      errlist_add(&pErr->list, zFile, 0, 0, "%s", store_errmsg(p));
      free(zOwnName);
    }else if( rc ){
      free(zOwnName);
      srcprep_free(pPrep);
      srcreader_free(pRead);
      redact_labels_free(pLabels);
      return store_err(p, rc, pErr);
    }else{
      SourceImported *s = &pRes->a[pRes->n++];
      s->zName = zOwnName;
      s->nCp = pPrep->nCp;
      s->bNameWarn = redact_label_has_name(pLabels, zOwnName);
    }
    srcprep_free(pPrep);
  }
  srcreader_free(pRead);
  redact_labels_free(pLabels);
  return err_if_problems(pErr);
}

void source_import_result_clear(SourceImportResult *pRes){
  for(int i=0; i<pRes->n; i++) free(pRes->a[i].zName);
  free(pRes->a);
  memset(pRes, 0, sizeof(*pRes));
}
