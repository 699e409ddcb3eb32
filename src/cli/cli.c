/* cli.c: option parsing, errors and output for command handlers (see cli.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "util/date.h"
#include "util/limits.h"
#include "util/sb.h"
#include "util/xalloc.h"
#include "util/i18n.h"

/* fatal() reads no study: a transaction still open when the process exits
** is never committed (SQLite ignores a write without its commit record and
** the next connection to open the file recovers it), so the study stays as
** it was before the command without anything to roll back here. */
void fatal(int rc, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  fputs("synergist: error: ", stderr);
  vfprintf(stderr, zFmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(rc);
}

void warn(const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  fputs("synergist: warning: ", stderr);
  vfprintf(stderr, zFmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

void fatal_if_errors(ErrList *pErr){
  if( pErr->n==0 ) return;
  errlist_sort(pErr);
  errlist_print(pErr, stderr);
  fprintf(stderr, "synergist: %d problem%s found; nothing was changed\n", pErr->n, pErr->n==1?"":"s");
  errlist_free(pErr);
  exit(EXIT_DATA);
}

void fatal_store(Cli *p, int rc){
  Err err = ERR_INIT;
  store_err(p->pStore, rc, &err);
  cli_fail(&err);
}

void cli_fail(Err *pErr){
  if( pErr->list.n ) fatal_if_errors(&pErr->list);
  int rc = pErr->e ? (int)pErr->e : EXIT_INTERNAL;
  char *zMsg = pErr->zMsg;
  pErr->zMsg = NULL;
  err_clear(pErr);
  fatal(rc, "%s", zMsg ? zMsg : "unexpected error");
}

/* Find option zName; returns the index of its word or -1. *pzVal gets the
** value for "--x=v" or the next word (if bValue). */
static int find_opt(Cli *p, const char *zName, int bValue, const char **pzVal){
  size_t n = strlen(zName);
  for(int i=0; i<p->argc; i++){
    const char *z = p->argv[i];
    if( p->aUsed[i] ) continue;
    if( strcmp(z, "--")==0 ) break;
    if( strncmp(z, zName, n)!=0 ) continue;
    if( z[n]==0 ){
      p->aUsed[i] = 1;
      if( bValue ){
        if( i+1>=p->argc ) fatal(EXIT_USAGE, "option %s needs a value (see: synergist help %s)", zName, p->zCmd);
        p->aUsed[i+1] = 1;
        *pzVal = p->argv[i+1];
      }
      return i;
    }
    if( z[n]=='=' ){
      if( !bValue ) fatal(EXIT_USAGE, "option %s takes no value", zName);
      p->aUsed[i] = 1;
      *pzVal = z+n+1;
      return i;
    }
  }
  return -1;
}

const char *cli_opt(Cli *p, const char *zName){
  const char *zVal = NULL;
  find_opt(p, zName, 1, &zVal);
  return zVal;
}
int cli_flag(Cli *p, const char *zName){
  const char *zVal = NULL;
  return find_opt(p, zName, 0, &zVal)>=0;
}
long cli_opt_int(Cli *p, const char *zName, long iDefault){
  const char *z = cli_opt(p, zName);
  if( !z ) return iDefault;
  char *zEnd;
  long v = strtol(z, &zEnd, 10);
  if( *z==0 || *zEnd ) fatal(EXIT_USAGE, "option %s needs a whole number, not '%s'", zName, z);
  return v;
}
double cli_opt_real(Cli *p, const char *zName, double rDefault){
  const char *z = cli_opt(p, zName);
  if( !z ) return rDefault;
  char *zEnd;
  double v = strtod(z, &zEnd);
  if( *z==0 || *zEnd ) fatal(EXIT_USAGE, "option %s needs a number, not '%s'", zName, z);
  return v;
}

void cli_args(Cli *p, int nMin, int nMax){
  free(p->azArg);
  p->azArg = xcalloc((size_t)p->argc+1, sizeof(char*));
  p->nArg = 0;
  int bDashDash = 0;
  for(int i=0; i<p->argc; i++){
    if( p->aUsed[i] ) continue;
    const char *z = p->argv[i];
    if( !bDashDash && strcmp(z, "--")==0 ){ bDashDash = 1; continue; }
    if( !bDashDash && z[0]=='-' && z[1]!=0 ){
      fatal(EXIT_USAGE, "unknown option %s for '%s' (see: synergist help %s)", z, p->zCmd, p->zCmd);
    }
    p->azArg[p->nArg++] = p->argv[i];
  }
  if( p->nArg<nMin ){
    fatal(EXIT_USAGE, "'%s' needs %d argument%s (see: synergist help %s)", p->zCmd, nMin, nMin==1?"":"s", p->zCmd);
  }
  if( nMax>=0 && p->nArg>nMax ){
    fatal(EXIT_USAGE, "unexpected argument '%s' for '%s' (see: synergist help %s)",
          p->azArg[nMax], p->zCmd, p->zCmd);
  }
}

void cli_print_notes(Sb *pNotes){
  const char *z = pNotes->z;
  while( z && *z ){
    const char *zEnd = strchr(z, '\n');
    int n = zEnd ? (int)(zEnd-z) : (int)strlen(z);
    fprintf(stderr, "synergist: note: %.*s\n", n, z);
    z += n + (zEnd!=NULL);
  }
  sb_free(pNotes);
}

void cli_print_table(Cli *p, Table *t){
  table_write(t, p->fmt, stdout);
  table_free(t);
}

int64_t cli_id(const char *zWhat, const char *z){
  char *zEnd;
  long long v = strtoll(z, &zEnd, 10);
  if( *z==0 || *zEnd || v<=0 ) fatal(EXIT_USAGE, "%s must be a positive number, not '%s'", zWhat, z);
  return (int64_t)v;
}

int cli_date(const char *zWhat, const char *zValue){
  int iDay;
  Err err = ERR_INIT;
  if( date_arg(zWhat, zValue, &iDay, &err) ) cli_fail(&err);
  return iDay;
}

void cli_load_limits(Store *pStore){
  for(int i=0; i<LIM_COUNT; i++){
    char *zVal = NULL;
    if( store_setting_get(pStore, limit_setting((LimitId)i), &zVal)==STORE_OK && zVal ){
      if( limit_set(limit_setting((LimitId)i), zVal) ){
        warn(_("setting %s = '%s' is not a whole number >= 1; its default applies"), limit_setting((LimitId)i), zVal);
      }
    }
    free(zVal);
  }
}

int cli_import(Cli *p, int (*xImport)(Store*, const char*, ErrList*), const char *zWhat){
  cli_args(p, 1, 1);
  ErrList err = ERRLIST_INIT;
  int n = xImport(p->pStore, p->azArg[0], &err);
  fatal_if_errors(&err);
  printf("%d %s imported from %s\n", n, zWhat, p->azArg[0]);
  return EXIT_OK;
}

int cli_opt_all(Cli *p, const char ***pazSet){
  const char **az = xcalloc((size_t)p->argc+1, sizeof(char*));
  int n = 0;
  const char *z;
  while( (z = cli_opt(p, "--set"))!=NULL ) az[n++] = z;
  *pazSet = az;
  return n;
}
