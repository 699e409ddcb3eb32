/*
** report_run.c: the use cases of `report` (report_run.h) over the report
** writers (report.c, report_xlsx.c, report_each.c).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "report/report_run.h"
#include "store/st_roster.h"
#include "util/sb.h"
#include "util/xalloc.h"

int report_request(Store *p, const ReportRequest *q, ReportOpts *pOpts, Err *pErr){
  if( (q->bProgramme || q->bAll || q->zEach) && q->nPart ){
    return err_set(pErr, ERR_USAGE, "report %s covers every partnership: name none",
                   q->bProgramme ? "--programme" : q->bAll ? "--all" : "--each");
  }
  if( q->bProgramme + q->bAll + (q->zEach!=NULL) > 1 ) return err_set(pErr, ERR_USAGE, "choose one of --programme, --all and --each");
  if( q->zEach && (q->zOut || q->zXlsx) ) return err_set(pErr, ERR_USAGE, "report --each DIR writes its own files (the workbook DIR/workbook.xlsx among them): no --out or --xlsx");
  if( !q->zOut && !q->zXlsx && !q->zEach ) return err_set(pErr, ERR_USAGE, "report needs --out FILE.html, --xlsx FILE.xlsx or --each DIR");
  const char *zLang = q->zLang ? q->zLang : "en";
  if( strcmp(zLang, "en")!=0 && strcmp(zLang, "fr")!=0 ) return err_set(pErr, ERR_USAGE, "--lang must be en or fr, not '%s'", zLang);
  for(int i=0; i<q->nPart; i++){
    int rc = st_partnership_exists(p, q->azPart[i]);
    if( rc ) return store_err(p, rc, pErr);
  }
  /* Naming no partnership: a programme (more than one) gets its overview. */
  int bProgramme = q->bProgramme;
  if( !bProgramme && !q->bAll && !q->zEach && q->nPart==0 ){
    int rc = report_is_programme(p);
    if( rc<0 ) return store_err(p, STORE_ERROR, pErr);
    bProgramme = rc;
  }
  report_opts_init(pOpts, q->nPart, q->azPart, zLang, bProgramme);
  pOpts->bFull = q->bFull;
  return 0;
}

/* The directory part of zPath, resolved ("." for a bare name); NULL when
** it does not exist. Caller frees. */
static char *dir_real(const char *zPath){
  const char *zSlash = strrchr(zPath, '/');
  char *zDir = zSlash ? xasprintf("%.*s", zSlash==zPath ? 1 : (int)(zSlash-zPath), zPath) : xstrdup(".");
  char *zReal = realpath(zDir, NULL);
  free(zDir);
  return zReal;
}

char *report_workbook_href(const char *zPage, const char *zXlsx){
  const char *zSlash = strrchr(zXlsx, '/');
  const char *zBase = zSlash ? zSlash+1 : zXlsx;
  char *zFrom = dir_real(zPage), *zTo = dir_real(zXlsx);
  Sb s = SB_INIT;
  if( !zFrom || !zTo ){
    sb_puts(&s, zXlsx);
  }else{
    /* the common leading directories, then ".." for each left in zFrom */
    size_t i = 0, iCut = 0;
    while( zFrom[i] && zFrom[i]==zTo[i] ){ i++; if( zFrom[i]=='/' || zFrom[i]==0 ) iCut = i; }
    if( zFrom[i]==0 && (zTo[i]=='/' || zTo[i]==0) ) iCut = i;
    if( strcmp(zFrom, "/")==0 ) iCut = 0;
    for(const char *z=zFrom+iCut; *z; z++) if( *z=='/' ) sb_puts(&s, "../");
    const char *zRest = zTo+iCut;
    if( *zRest=='/' ) zRest++;
    if( *zRest ) sb_printf(&s, "%s/", zRest);
    sb_puts(&s, zBase);
  }
  free(zFrom); free(zTo);
  /* percent-encode what a link's path cannot hold as it is */
  Sb u = SB_INIT;
  for(const unsigned char *z=(const unsigned char*)sb_str(&s); *z; z++){
    if( *z<=' ' || *z=='%' || *z=='#' || *z=='?' || *z>=0x7f ) sb_printf(&u, "%%%02X", *z);
    else sb_printf(&u, "%c", *z);
  }
  sb_free(&s);
  return sb_take(&u);
}

/* Write z (n bytes) to zPath; 0 on success. */
static int write_file(const char *zPath, const char *z, size_t n){
  FILE *f = fopen(zPath, "wb");
  if( !f ) return 1;
  size_t nOut = fwrite(z, 1, n, f);
  int rc = fclose(f);
  return nOut!=n || rc!=0;
}

int report_write_html(Store *p, const ReportOpts *pOpts, const char *zPath, Err *pErr){
  Sb page = SB_INIT;
  int rc = report_html(p, pOpts, &page);
  if( rc ){ sb_free(&page); return store_err(p, rc, pErr); }
  rc = write_file(zPath, sb_str(&page), page.n);
  sb_free(&page);
  return rc ? err_set(pErr, ERR_FAIL, "cannot write %s", zPath) : 0;
}

/* ERR_FAIL with zErr (freed) or zWhat. */
static int write_failed(char *zErr, const char *zWhat, Err *pErr){
  err_set(pErr, ERR_FAIL, "%s", zErr ? zErr : zWhat);
  free(zErr);
  return ERR_FAIL;
}

int report_write_xlsx(Store *p, const ReportOpts *pOpts, const char *zPath, Err *pErr){
  char *zErr = NULL;
  return report_xlsx(p, pOpts, zPath, &zErr) ? write_failed(zErr, "cannot write the workbook", pErr) : 0;
}

int report_write_each(Store *p, const ReportOpts *pOpts, const char *zDir, int *pnFile, Err *pErr){
  char *zErr = NULL;
  *pnFile = 0;
  return report_each(p, pOpts, zDir, pnFile, &zErr) ? write_failed(zErr, "cannot write the reports", pErr) : 0;
}
