/*
** cmd_qdpx.c: qdpx export and qdpx import (entries in cmd_qdpx.h, gathered
** in aCmd_qual). The work is done by src/qual/qdpx_write.c and qdpx_read.c.
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cmd_qdpx.h"
#include "qual/qdpx.h"
#include "store/st_roster.h"
#include "util/csvread.h"
#include "util/xalloc.h"

int cmd_qdpx_export(Cli *p){
  cli_args(p, 1, -1);
  const char *zFile = p->azArg[0];
  for(int i=1; i<p->nArg; i++){
    int rc = st_partnership_exists(p->pStore, p->azArg[i]);
    if( rc ) fatal_store(p, rc);
  }
  QdpxCounts c;
  char *zErr = NULL;
  int rc = qdpx_export(p->pStore, zFile, (const char*const*)p->azArg+1, p->nArg-1, p->bNames, &c, &zErr);
  if( zErr ) fatal(EXIT_FAIL, "%s", zErr);
  if( rc ) fatal_store(p, rc);
  printf("%s: %d sources, %d segments, %d codes, %d users, %d notes, %d cases\n",
         zFile, c.nSource, c.nSegment, c.nCode, c.nUser, c.nNote, c.nCase);
  return EXIT_OK;
}

/* The --coder-map file read by csv_read(): columns user,coder. */
typedef struct CoderMap {
  const char *zFile;
  int iUser, iCoder;      /* columns, -1 before the header */
  char **azFrom, **azTo; int n;
  ErrList *pErr;
} CoderMap;

static int coder_map_row(void *pArg, const CsvRow *r){
  CoderMap *m = pArg;
  if( m->iUser<0 ){
    m->iUser = csv_find_col(r, "user");
    m->iCoder = csv_find_col(r, "coder");
    if( m->iUser<0 || m->iCoder<0 ){
      errlist_add(m->pErr, m->zFile, r->iLine, 0, "the header must name the columns user and coder");
      return 1;
    }
    return 0;
  }
  if( m->iUser>=r->nField || m->iCoder>=r->nField || !r->az[m->iUser][0] || !r->az[m->iCoder][0] ){
    errlist_add(m->pErr, m->zFile, r->iLine, 0, "a row needs a user and a coder");
    return 0;
  }
  m->azFrom = xrealloc(m->azFrom, sizeof(char*)*(size_t)(m->n+1));
  m->azTo = xrealloc(m->azTo, sizeof(char*)*(size_t)(m->n+1));
  m->azFrom[m->n] = xstrdup(r->az[m->iUser]);
  m->azTo[m->n] = xstrdup(r->az[m->iCoder]);
  m->n++;
  return 0;
}

int cmd_qdpx_import(Cli *p){
  const char *zPart = cli_opt(p, "--partnership");
  const char *zMap = cli_opt(p, "--coder-map");
  cli_args(p, 1, 1);
  if( !zPart ) fatal(EXIT_USAGE, "qdpx import needs --partnership P");
  int rcPart = st_partnership_exists(p->pStore, zPart);
  if( rcPart ) fatal_store(p, rcPart);
  ErrList err = ERRLIST_INIT, wl = ERRLIST_INIT;
  CoderMap m = { zMap, -1, -1, NULL, NULL, 0, &err };
  if( zMap ){
    csv_read(zMap, coder_map_row, &m, &err);
    fatal_if_errors(&err);
  }
  QdpxCounts c;
  int rc = qdpx_import(p->pStore, p->azArg[0], zPart, (const char*const*)m.azFrom,
                       (const char*const*)m.azTo, m.n, NULL, &c, &err, &wl);
  errlist_print_as(&wl, "warning", stderr);
  errlist_free(&wl);
  for(int i=0; i<m.n; i++){ free(m.azFrom[i]); free(m.azTo[i]); }
  free(m.azFrom); free(m.azTo);
  fatal_if_errors(&err);
  if( rc ) fatal_store(p, rc);
  printf("%s: %d sources, %d segments, %d span memos, %d notes, %d cases; "
         "%d codes (%d new), %d coders new, %d members new\n",
         p->azArg[0], c.nSource, c.nSegment, c.nSpanMemo, c.nNote, c.nCase,
         c.nCode, c.nCodeNew, c.nCoderNew, c.nMemberNew);
  return EXIT_OK;
}
