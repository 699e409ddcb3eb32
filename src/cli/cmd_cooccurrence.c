/*
** cmd_cooccurrence.c: cooccurrence: how often codes meet in the same passage
** (analysis/cooccur.c).
** Handlers and their entries of the command table (aCmd_cooccurrence, help
** text beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/cooccur_run.h"

static int cmd_cooccurrence(Cli *p){
  CooccurOpts o = {0};
  o.zCodes = cli_opt(p, "--codes");
  o.zCoder = cli_opt(p, "--coder");
  o.zPartnership = cli_opt(p, "--partnership");
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_cooccurrence(p->pStore, &o, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_cooccurrence[] = {
  { "cooccurrence", cmd_cooccurrence, CMD_STUDY, "which codes occur together (overlap, same paragraph)",
    "Usage: synergist cooccurrence [--codes CODE] [--coder C] [--partnership P]\n\n"
    "For each pair of codes that occur together: overlaps (pairs of segments,\n"
    "one of each code in the same source, sharing at least one character),\n"
    "overlap_jaccard (characters coded with both / with either), paragraphs\n"
    "(paragraphs holding both codes; a paragraph is a line of the source, see\n"
    "docs/qualitative.md) and paragraph_jaccard (paragraphs with both / with\n"
    "either). Codes are compared as coded (a segment's code only, not its\n"
    "parents). --codes limits to a code and the codes below it; --coder to one\n"
    "coder's segments. Sorted by paragraphs, then overlaps, most first.\n\n"
    "CSV columns: code_a,code_b,overlaps,overlap_jaccard,paragraphs,paragraph_jaccard.\n\n"
    "Example:\n"
    "  synergist cooccurrence --codes determinants --format csv\n" },
  {0,0,0,0,0}
};
