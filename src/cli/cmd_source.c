/*
** cmd_source.c: source import/list/show/remove (entries in cmd_source.h,
** gathered in aCmd_qual).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_source.h"
#include "util/paragraph.h"
#include "qual/redact.h"
#include "qual/srcread.h"
#include "store/st_qual.h"
#include "store/st_roster.h"
#include "store/st_search.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The file's base name without directory and extension (caller frees). */
static char *source_name_of(const char *zPath){
  const char *zBase = strrchr(zPath, '/');
  zBase = zBase ? zBase+1 : zPath;
  const char *zDot = strrchr(zBase, '.');
  return zDot && zDot>zBase ? xstrndup(zBase, (size_t)(zDot-zBase)) : xstrdup(zBase);
}

int cmd_source_import(Cli *p){
  QualSource src = {0};
  const char *zPart = cli_opt(p, "--partnership");
  const char *zKind = cli_opt(p, "--kind");
  const char *zParticipant = cli_opt(p, "--participant");
  const char *zLang = cli_opt(p, "--language");
  const char *zDate = cli_opt(p, "--date");
  const char *zName = cli_opt(p, "--name");
  cli_args(p, 1, -1);
  if( !zPart ) fatal(EXIT_USAGE, "source import needs --partnership P");
  if( !zKind ) fatal(EXIT_USAGE, "source import needs --kind interview|fieldnotes|document");
  if( strcmp(zKind, "interview") && strcmp(zKind, "fieldnotes") && strcmp(zKind, "document") ){
    fatal(EXIT_USAGE, "--kind must be interview, fieldnotes or document, not '%s'", zKind);
  }
  if( zLang && strcmp(zLang, "en") && strcmp(zLang, "fr") ) fatal(EXIT_USAGE, "--language must be en or fr, not '%s'", zLang);
  if( zDate ) cli_date("--date", zDate);
  if( zParticipant && strcmp(zKind, "interview") ) fatal(EXIT_USAGE, "--participant is for --kind interview");
  if( p->nArg>1 && (zName || zParticipant) ){
    fatal(EXIT_USAGE, "--name and --participant need a single FILE");
  }
  if( st_partnership_exists(p->pStore, zPart) ) fatal_store(p, STORE_NOTFOUND);
  if( zParticipant && st_member_exists(p->pStore, zPart, zParticipant) ){
    fatal(EXIT_FAIL, "no member '%s' in partnership %s (see: synergist member list)", zParticipant, zPart);
  }
  ErrList err = ERRLIST_INIT;
  const char *zLanguage = zLang ? zLang : "en";
  /* Source names are printed everywhere (search, segments, evidence), and
  ** files are often named after the person interviewed. */
  RedactTerm *aTerm = NULL; int nTerm = 0;
  int rcTerm = st_redact_terms(p->pStore, &aTerm, &nTerm);
  if( rcTerm ) fatal_store(p, rcTerm);
  RedactLabels *pLabels = redact_labels_new(aTerm, nTerm);
  redact_terms_free(aTerm, nTerm);
  /* Files are read, normalised and tokenized ahead on a second thread
  ** while this one stores them: the same results, in the same order. */
  SrcReader *pRead = srcreader_start((const char *const*)p->azArg, p->nArg, zLanguage);
  SrcPrep *pPrep;
  while( (pPrep = srcreader_next(pRead))!=NULL ){
    const char *zFile = pPrep->zFile;
    for(int k=0; k<errlist_kept(&pPrep->err); k++){
      const ErrEntry *e = &pPrep->err.a[k];
      errlist_add(&err, e->zFile, e->iLine, e->iCol, "%s", e->zMsg);
    }
    if( !pPrep->zText ){ srcprep_free(pPrep); continue; }
    memset(&src, 0, sizeof(src));
    char *zOwnName = zName ? xstrdup(zName) : source_name_of(zFile);
    const char *zBase = strrchr(zFile, '/');
    src.zName = zOwnName;
    src.zPartnership = (char*)zPart;
    src.zKind = (char*)zKind;
    src.zParticipant = (char*)zParticipant;
    src.zLanguage = (char*)zLanguage;
    src.zDate = (char*)zDate;
    src.zFile = (char*)(zBase ? zBase+1 : zFile);
    src.zText = pPrep->zText;
    src.nCp = pPrep->nCp;
    SearchPrep prep = { pPrep->nPara, pPrep->aPara, pPrep->aByte, pPrep->pTape };
    int rc = st_source_add_prepared(p->pStore, &src, &prep, NULL);
    if( rc==STORE_EXISTS || rc==STORE_NOTFOUND ){
      errlist_add(&err, zFile, 0, 0, "%s", store_errmsg(p->pStore));
    }else if( rc ){
      srcprep_free(pPrep);
      srcreader_free(pRead);
      redact_labels_free(pLabels);
      fatal_store(p, rc);
    }else{
      printf("source %s imported (%s, %lld characters)\n", zOwnName, zKind, (long long)pPrep->nCp);
      if( redact_label_has_name(pLabels, zOwnName) ){
        warn("source name '%s' holds a name to pseudonymise; source names are printed as they are "
             "(remove it and import again with --name NEUTRAL)", zOwnName);
      }
    }
    free(zOwnName);
    srcprep_free(pPrep);
  }
  srcreader_free(pRead);
  redact_labels_free(pLabels);
  fatal_if_errors(&err);
  errlist_free(&err);
  return EXIT_OK;
}

int cmd_source_list(Cli *p){
  const char *zPart = cli_opt(p, "--partnership");
  cli_args(p, 0, 0);
  if( zPart && st_partnership_exists(p->pStore, zPart) ) fatal_store(p, STORE_NOTFOUND);
  Table *t = table_newc(NULL, "name,partnership,kind,participant,language,date,characters,segments");
  int rc = st_source_list(p->pStore, zPart, t);
  if( rc ) fatal_store(p, rc);
  cli_print_table(p, t);
  return EXIT_OK;
}

/* Pseudonymise z unless --names was given. Caller frees. */
static char *shown_text(Cli *p, Redactor *r, const char *z){
  return p->bNames ? xstrdup(z) : redactor_apply(r, z);
}

int cmd_source_show(Cli *p){
  long iStart = cli_opt_int(p, "--start", 0);
  long iEnd = cli_opt_int(p, "--end", -1);
  int bPara = cli_flag(p, "--paragraphs");
  cli_args(p, 1, 1);
  QualSource src;
  int rc = st_source_get(p->pStore, p->azArg[0], 1, &src);
  if( rc ) fatal_store(p, rc);
  if( iEnd<0 ) iEnd = (long)src.nCp;
  if( iStart<0 || iEnd>src.nCp || iStart>iEnd ){
    fatal(EXIT_USAGE, "span [%ld,%ld) is not inside source '%s', which has %lld characters",
          iStart, iEnd, src.zName, (long long)src.nCp);
  }
  Redactor *r = redactor_for_study(p->pStore);
  if( !r ) fatal_store(p, STORE_ERROR);
  if( bPara ){
    int n;
    QualRange *a = qual_paragraphs(src.zText, &n);
    Table *t = table_newc(NULL, "paragraph,start,end,text");
    for(int i=0; i<n; i++){
      if( a[i].iEnd<=iStart || a[i].iStart>=iEnd ) continue;
      size_t b0 = utf8_byte_offset(src.zText, (size_t)a[i].iStart);
      size_t b1 = utf8_byte_offset(src.zText, (size_t)a[i].iEnd);
      char *zPara = xstrndup(src.zText+b0, b1-b0);
      char *zShown = shown_text(p, r, zPara);
      int row = table_row(t);
      table_int(t, row, 0, i+1);
      table_int(t, row, 1, a[i].iStart);
      table_int(t, row, 2, a[i].iEnd);
      table_text(t, row, 3, zShown);
      free(zPara); free(zShown);
    }
    free(a);
    cli_print_table(p, t);
  }else{
    size_t b0 = utf8_byte_offset(src.zText, (size_t)iStart);
    size_t b1 = utf8_byte_offset(src.zText, (size_t)iEnd);
    char *zPart = xstrndup(src.zText+b0, b1-b0);
    char *zShown = shown_text(p, r, zPart);
    printf("%s\n", zShown);
    free(zPart); free(zShown);
  }
  redactor_free(r);
  qual_source_clear(&src);
  return EXIT_OK;
}

int cmd_source_remove(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  int rc = st_source_remove(p->pStore, p->azArg[0], NULL, zReason);
  if( rc ) fatal_store(p, rc);
  printf("source %s removed\n", p->azArg[0]);
  return EXIT_OK;
}
