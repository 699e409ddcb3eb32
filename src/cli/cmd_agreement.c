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

static int cmd_agreement(Cli *p){
  AgreementOpts o = {0};
  o.zCoders = cli_opt(p, "--coders");
  o.zCodes = cli_opt(p, "--codes");
  o.zSource = cli_opt(p, "--source");
  o.bNames = p->bNames;
  int bDiffOnly = cli_flag(p, "--disagreements");
  cli_args(p, 0, 0);
  AgreementResult res;
  Err err = ERR_INIT;
  if( qual_agreement(p->pStore, &o, &res, &err) ) cli_fail(&err);
  Table *tStat = res.tStat, *tDiff = res.tDiff;
  int nSharedSrc = res.nShared;
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
