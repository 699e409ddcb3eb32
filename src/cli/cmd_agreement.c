/*
** cmd_agreement.c: inter-coder agreement of two coders (the work in
** qual/agreement_run.c).
** Handlers and their entries of the command table (aCmd_agreement, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/agreement_run.h"
#include "qual/redact.h"
#include "store/st_qual.h"
#include "util/xalloc.h"

static int cmd_agreement(Cli *p){
  const char *zCoders = cli_opt(p, "--coders");
  const char *zCodes = cli_opt(p, "--codes");
  const char *zSource = cli_opt(p, "--source");
  int bDiffOnly = cli_flag(p, "--disagreements");
  cli_args(p, 0, 0);
  if( !zCoders ) fatal(EXIT_USAGE, "agreement needs --coders A,B");
  const char *zComma = strchr(zCoders, ',');
  if( !zComma || zComma==zCoders || !zComma[1] || strchr(zComma+1, ',') ){
    fatal(EXIT_USAGE, "--coders takes two coder names separated by a comma, not '%s'", zCoders);
  }
  char *azCoder[2] = { xstrndup(zCoders, (size_t)(zComma-zCoders)), xstrdup(zComma+1) };
  if( strcmp(azCoder[0], azCoder[1])==0 ) fatal(EXIT_USAGE, "--coders names the same coder twice");
  int rc;
  for(int w=0; w<2; w++){
    int64_t id;
    if( (rc = st_coder_id(p->pStore, azCoder[w], &id))!=STORE_OK ) fatal_store(p, rc);
  }
  if( zSource ){
    QualSource one = {0};
    if( (rc = st_source_get(p->pStore, zSource, 0, &one))!=STORE_OK ) fatal_store(p, rc);
    qual_source_clear(&one);
  }
  int nFilter;
  int64_t *aFilter = cli_code_filter(p, zCodes, &nFilter);
  Redactor *pRed = p->bNames ? NULL : redactor_for_study(p->pStore);
  if( !p->bNames && !pRed ) fatal_store(p, STORE_ERROR);
  Table *tStat, *tDiff;
  int nSharedSrc;
  char *zErr = NULL;
  rc = agreement_run(p->pStore, (const char *const*)azCoder, zSource, aFilter, nFilter, pRed,
                     &tStat, &tDiff, &nSharedSrc, &zErr);
  redactor_free(pRed);
  free(aFilter);
  if( rc==STORE_NOTFOUND && zErr ) fatal(EXIT_FAIL, "%s", zErr);
  if( rc ) fatal_store(p, rc);
  if( bDiffOnly ){
    table_free(tStat);
    cli_print_table(p, tDiff);
  }else{
    cli_print_table(p, tStat);
    if( p->fmt==FMT_TEXT ){
      printf("\n%d source%s coded by both; ", nSharedSrc, nSharedSrc==1 ? "" : "s");
      if( tDiff->nRow==0 ){
        printf("no disagreements.\n");
        table_free(tDiff);
      }else{
        printf("%d disagreeing span%s.\n\nDisagreements to discuss\n", tDiff->nRow, tDiff->nRow==1 ? "" : "s");
        cli_print_table(p, tDiff);
      }
    }else{
      table_free(tDiff);
    }
  }
  for(int w=0; w<2; w++) free(azCoder[w]);
  return EXIT_OK;
}

const CmdEntry aCmd_agreement[] = {
  { "agreement", cmd_agreement, CMD_STUDY, "inter-coder agreement per code (percent, kappa, alpha)",
    "Usage: synergist agreement --coders A,B [--codes CODE] [--source NAME]\n"
    "                           [--disagreements]\n\n"
    "Compares two coders over the sources both of them coded (at least one\n"
    "segment each), with characters as units, as NVivo's coding comparison\n"
    "does: per code, every character of those sources is coded by both, by one\n"
    "or by neither. Columns: agreement (percent of characters on which they\n"
    "agree), kappa (Cohen's kappa of coded/not coded per character) and\n"
    "krippendorff_alpha (nominal, characters as units). The last row, all,\n"
    "pools the characters of every code listed. When the coders agree on every\n"
    "character (a code neither used) kappa and alpha are reported as 1; when\n"
    "one coder used a code and the other did not, kappa is 0.\n\n"
    "Codes listed: those either coder used on the shared sources; with --codes\n"
    "every code from CODE down, used or not. --source restricts to one source.\n"
    "Text output ends with the disagreeing spans to discuss (source, code,\n"
    "[start,end), who coded it, the text); --disagreements prints only those\n"
    "in any format (columns source,code,start,end,coded_by,text).\n\n"
    "CSV columns: code,agreement,kappa,krippendorff_alpha.\n\n"
    "Example:\n"
    "  synergist agreement --coders ana,ben\n"
    "  synergist agreement --coders ana,ben --codes determinants --format csv\n" },
  {0,0,0,0,0}
};
