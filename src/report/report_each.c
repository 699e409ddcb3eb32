/*
** report_each.c: which report a study gets when none is named, and report
** --each DIR (report.h): the programme overview and every partnership's
** own report as files of one folder, linked both ways, and the workbook
** of all their tables, which every page links to. The study is
** diagnosed and scored once; each partnership's report then reads only its
** own roster, and its rows of the workbook are written after its page
** (report_book_part()), so writing them all grows with the programme's
** size in time but not in memory.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "diagnose/diagnose.h"
#include "report/report.h"
#include "report/report_data.h"
#include "store/st_roster.h"
#include "util/strmap.h"
#include "util/xalloc.h"

/* The workbook report --each writes beside the pages (no partnership's
** page can take its name: those end in .html). */
#define EACH_WORKBOOK "workbook.xlsx"

int report_is_programme(Store *pStore){
  char **az = NULL; int n = 0;
  if( st_partnership_codes(pStore, &az, &n) ) return -1;
  for(int i=0; i<n; i++) free(az[i]);
  free(az);
  return n>1;
}

/* The file name of partnership zCode's report: unsafe characters become
** '_', and a name already in pTaken (or index.html) gets "-2", "-3"...;
** the name is added to pTaken (one look-up per try, so naming every
** partnership grows linearly). Caller frees. */
static char *part_file(const char *zCode, StrMap *pTaken){
  char *zBase = xstrdup(zCode[0] ? zCode : "_");
  for(char *z=zBase; *z; z++){
    int c = (unsigned char)*z;
    int bOk = (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9') || c=='-' || c=='_' || c=='.';
    if( !bOk ) *z = '_';
  }
  if( zBase[0]=='.' ) zBase[0] = '_';
  char *zName = xasprintf("%s.html", zBase);
  for(int k=2; ; k++){
    if( strcmp(zName, "index.html") && strmap_put(pTaken, zName, 0)<0 ) break;
    free(zName);
    zName = xasprintf("%s-%d.html", zBase, k);
  }
  free(zBase);
  return zName;
}

/* Write the page of *pOpts to DIR/zName. */
static int write_page(Store *pStore, const ReportOpts *pOpts, const char *zDir, const char *zName, char **pzErr){
  Sb page = SB_INIT;
  int rc = report_html(pStore, pOpts, &page);
  if( rc ){
    *pzErr = xstrdup(store_errmsg(pStore));
    sb_free(&page);
    return rc;
  }
  char *zPath = xasprintf("%s/%s", zDir, zName);
  FILE *f = fopen(zPath, "wb");
  size_t nOut = f ? fwrite(sb_str(&page), 1, page.n, f) : 0;
  int bFail = !f || nOut!=page.n;
  if( f && fclose(f) ) bFail = 1;
  if( bFail ){
    *pzErr = xasprintf("cannot write %s", zPath);
    rc = STORE_ERROR;
  }
  free(zPath);
  sb_free(&page);
  return rc;
}

int report_each(Store *pStore, const ReportOpts *pBase, const char *zDir, int *pnFile, char **pzErr){
  *pnFile = 0; *pzErr = NULL;
  if( mkdir(zDir, 0777) && errno!=EEXIST ){
    *pzErr = xasprintf("cannot create %s: %s", zDir, strerror(errno));
    return STORE_ERROR;
  }
  int bHeld = store_read_hold(pStore);
  DiagnoseOptions o = {0};
  o.iAsOf = pBase->iToday;
  Err err = ERR_INIT;
  DiagStudy *d = diag_study_load(pStore, &o, &err);
  if( !d ){
    *pzErr = err.zMsg; err.zMsg = NULL;
    err_clear(&err);
    store_read_release(pStore, bHeld);
    return STORE_ERROR;
  }
  Findings *pF = diag_study_findings(d, pStore, NULL, 0);
  char **azFile = xcalloc((size_t)d->nPart+1, sizeof(char*));
  StrMap *pTaken = strmap_new();
  for(int i=0; i<d->nPart; i++) azFile[i] = part_file(d->azPart[i], pTaken);
  strmap_free(pTaken);

  ReportMemo memo = {0};      /* the tables every page shows alike, made once */
  ReportOpts ov = *pBase;
  ov.pMemo = &memo;
  ov.nPart = 0; ov.azPart = NULL;
  ov.bProgramme = 1;
  ov.pDiag = d; ov.pFindings = pF;
  ov.zHome = NULL;
  ov.nLink = d->nPart; ov.azLinkCode = d->azPart; ov.azLinkHref = azFile;
  ov.zWorkbook = EACH_WORKBOOK;
  int rc = write_page(pStore, &ov, zDir, "index.html", pzErr);
  if( rc==STORE_OK ) (*pnFile)++;
  /* The workbook: every partnership's tables and the programme's sheets,
  ** the findings numbered as on the pages (the same findings), each
  ** partnership's rows written after its page, so that no more than one
  ** partnership's tables are held. */
  ReportOpts wb = *pBase;
  wb.nPart = 0; wb.azPart = NULL;
  wb.bProgramme = 0; wb.bProgrammeSheets = 1;
  wb.pDiag = d; wb.pFindings = pF;
  wb.pMemo = &memo;
  wb.zHome = NULL; wb.nLink = 0; wb.azLinkCode = wb.azLinkHref = NULL;
  char *zBook = xasprintf("%s/%s", zDir, EACH_WORKBOOK);
  ReportBook *pBook = NULL;
  if( rc==STORE_OK ){
    pBook = report_book_open(pStore, &wb, zBook, pzErr);
    if( !pBook ) rc = STORE_ERROR;
  }
  for(int i=0; i<d->nPart && rc==STORE_OK; i++){
    ReportOpts one = *pBase;
    one.nPart = 1; one.azPart = &d->azPart[i];
    one.bProgramme = 0;
    one.pDiag = d; one.pFindings = pF;
    one.pMemo = &memo;
    one.zHome = "index.html";
    one.nLink = 0; one.azLinkCode = one.azLinkHref = NULL;
    one.zWorkbook = EACH_WORKBOOK;
    rc = write_page(pStore, &one, zDir, azFile[i], pzErr);
    if( rc==STORE_OK ) (*pnFile)++;
    if( rc==STORE_OK ) rc = report_book_part(pBook, d->azPart[i], pzErr);
  }
  if( pBook ){
    char *zErr = NULL;
    int rcBook = report_book_close(pBook, rc==STORE_OK, &zErr);
    if( rc==STORE_OK && rcBook ){ rc = rcBook; *pzErr = zErr; zErr = NULL; }
    free(zErr);
  }
  free(zBook);
  for(int i=0; i<d->nPart; i++) free(azFile[i]);
  free(azFile);
  report_memo_clear(&memo);
  findings_free(pF);
  diag_study_free(d);
  store_read_release(pStore, bHeld);
  return rc;
}
