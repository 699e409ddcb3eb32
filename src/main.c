/*
** main.c: the command line only. Takes the global options (--study,
** --format, --names, --help, --version) from anywhere on the line, finds the
** command in the one table (src/cli/commands.c), opens the study when the
** command needs it, and runs the handler inside one transaction
** (store_write(), the helper the web server uses too) when the command
** writes. Exit codes: see `synergist help exit-codes`.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static void usage(FILE *out){
  fprintf(out,
    "synergist %s: evaluate and strengthen multi-stakeholder health partnerships\n\n"
    "Usage: synergist [--study PATH] [--format text|csv|json] [--raw] COMMAND [ARGS]\n\n",
    SYNERGIST_VERSION);
  cmd_print_list(out);
}

static int run(int argc, char **argv, char **azWord);

/* A writing command's handler as the work of store_write(). */
typedef struct CmdRun { const CmdEntry *pCmd; Cli *pCli; } CmdRun;
static int run_handler(Store *pStore, void *pArg){
  (void)pStore;
  CmdRun *r = pArg;
  return r->pCmd->xCmd(r->pCli);
}

int main(int argc, char **argv){
  i18n_init(argv[0]);
  char **azWord = xcalloc((size_t)argc+1, sizeof(char*));
  int rc = run(argc, argv, azWord);
  free(azWord);
  return rc;
}

/* Everything but the allocation of azWord (argc+1 slots for the words
** that are not global options). Returns the exit code. */
static int run(int argc, char **argv, char **azWord){
  const char *zStudy = getenv("SYNERGIST_STUDY");
  const char *zFormat = NULL;
  int bNames = 0, bHelp = 0;
  int nWord = 0;
  for(int i=1; i<argc; i++){
    const char *z = argv[i];
    if( strcmp(z, "--")==0 ){ while( i<argc ) azWord[nWord++] = argv[i++]; break; }
    if( strcmp(z, "--study")==0 || strcmp(z, "--format")==0 ){
      if( i+1>=argc ) fatal(EXIT_USAGE, "option %s needs a value", z);
      if( z[2]=='s' ) zStudy = argv[++i]; else zFormat = argv[++i];
    }else if( strncmp(z, "--study=", 8)==0 ){ zStudy = z+8;
    }else if( strncmp(z, "--format=", 9)==0 ){ zFormat = z+9;
    }else if( strcmp(z, "--names")==0 ){ bNames = 1;
    }else if( strcmp(z, "--raw")==0 ){ table_set_raw(1);
    }else if( strcmp(z, "--help")==0 || strcmp(z, "-h")==0 ){ bHelp = 1;
    }else if( strcmp(z, "--version")==0 ){
      printf("synergist %s\n", SYNERGIST_VERSION);
      return EXIT_OK;
    }else azWord[nWord++] = argv[i];
  }
  if( nWord==0 ){
    usage(bHelp ? stdout : stderr);
    return bHelp ? EXIT_OK : EXIT_USAGE;
  }
  if( strcmp(azWord[0], "help")==0 ){
    if( nWord==1 ){ usage(stdout); return EXIT_OK; }
    char zTopic[200] = "";
    int nw;
    const CmdEntry *e = cmd_find(nWord-1, azWord+1, &nw);
    if( e ) snprintf(zTopic, sizeof(zTopic), "%s", e->zName);
    else snprintf(zTopic, sizeof(zTopic), "%s%s%s", azWord[1], nWord>2?" ":"", nWord>2?azWord[2]:"");
    if( cmd_print_help(zTopic, stdout) && cmd_print_help(azWord[1], stdout) ){
      fatal(EXIT_USAGE, "no help for '%s' (see: synergist help)", zTopic);
    }
    return EXIT_OK;
  }
  int nCmdWords = 0;
  const CmdEntry *pCmd = cmd_find(nWord, azWord, &nCmdWords);
  if( !pCmd ){
    if( cmd_print_help(azWord[0], stderr)==0 ){
      fprintf(stderr, "\nsynergist: error: '%s' needs one of the sub-commands above\n", azWord[0]);
      return EXIT_USAGE;
    }
    fatal(EXIT_USAGE, "unknown command '%s' (see: synergist help)", azWord[0]);
  }
  if( bHelp ){ cmd_print_help(pCmd->zName, stdout); return EXIT_OK; }

  Cli cli = {0};
  cli.argc = nWord - nCmdWords;
  cli.argv = azWord + nCmdWords;
  cli.aUsed = xcalloc((size_t)cli.argc+1, 1);
  cli.zStudy = zStudy && zStudy[0] ? zStudy : "synergist.db";
  cli.bNames = bNames;
  cli.zCmd = pCmd->zName;
  if( zFormat ){
    int f = format_parse(zFormat);
    if( f<0 ) fatal(EXIT_USAGE, "--format must be text, csv or json, not '%s'", zFormat);
    cli.fmt = (Format)f;
  }
  if( pCmd->flags & (CMD_STUDY|CMD_WRITE) ){
    char *zErr = NULL;
    int rc = store_open(cli.zStudy, (pCmd->flags & CMD_CREATE)!=0, &cli.pStore, &zErr);
    if( rc ){
      fatal(rc==STORE_ERROR ? EXIT_INTERNAL : EXIT_STUDY, "%s", zErr);
    }
    cli_load_limits(cli.pStore);
  }
  int rc;
  if( pCmd->flags & CMD_WRITE ){
    CmdRun r = { pCmd, &cli };
    if( store_write(cli.pStore, run_handler, &r, &rc) ){
      fatal(EXIT_INTERNAL, "%s", store_errmsg(cli.pStore));
    }
  }else{
    rc = pCmd->xCmd(&cli);
    /* A reading command may have written (search builds a missing index). */
    if( cli.pStore && rc==EXIT_OK && store_commit(cli.pStore) ){
      fatal(EXIT_INTERNAL, "%s", store_errmsg(cli.pStore));
    }
  }
  if( cli.pStore ){
    store_rollback(cli.pStore);
    store_close(cli.pStore);
  }
  fflush(stdout);
  if( ferror(stdout) ) fatal(EXIT_INTERNAL, "cannot write the output");
  free(cli.aUsed);
  free(cli.azArg);
  return rc;
}
