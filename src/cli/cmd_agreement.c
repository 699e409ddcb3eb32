/*
** cmd_agreement.c: `agreement`, inter-coder agreement of two coders per
** code over the sources both coded (help text in cmd_qanalysis.h). The
** statistics are analysis/agreement.c; this file gathers the segments,
** builds the tables and lists the disagreeing spans.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cmd_qanalysis.h"
#include "qual/agreement_run.h"
#include "qual/excerpt.h"
#include "qual/redact.h"
#include "store/st_qual.h"
#include "util/xalloc.h"

int cmd_agreement(Cli *p){
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
  int64_t *aFilter = qa_code_filter(p, zCodes, &nFilter);
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
