/*
** cmd_autocode.c: autocode rule add/list/remove, autocode run (PCRE2 rules:
** the work in qual/autocode_run.c), autocode learn (naive Bayes
** suggestions, qual/autocode_learn.c) and the hidden test-autocode-time.
** Handlers and their entries of the command table (aCmd_autocode, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
#include "qual/autocode_learn.h"
#include "qual/autocode_run.h"
#include "store/st_qual.h"

static int cmd_autocode_learn(Cli *p){
  LearnOpts o = {0};
  o.zCoder = cli_opt(p, "--coder");
  o.nFold = cli_opt_int(p, "--folds", 5);
  o.rThreshold = cli_opt_real(p, "--threshold", 0.5);
  o.nMinExamples = cli_opt_int(p, "--min-examples", 3);
  o.bDryRun = cli_flag(p, "--dry-run");
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_autocode_learn(p->pStore, &o, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_autocode_rule_add(Cli *p){
  AcRuleAddOpts o = {0};
  o.zWords = cli_opt(p, "--words");
  o.zPhrase = cli_opt(p, "--phrase");
  o.zRegex = cli_opt(p, "--regex");
  o.zScope = cli_opt(p, "--scope");
  cli_args(p, 1, 1);
  o.zCode = p->azArg[0];
  o.zWho = st_who();
  int64_t id;
  Err err = ERR_INIT;
  if( qual_autocode_rule_add(p->pStore, &o, &id, &err) ) cli_fail(&err);
  printf("rule %lld added\n", (long long)id);
  return EXIT_OK;
}

static int cmd_autocode_rule_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_autocode_rule_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_autocode_rule_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_autocode_rule_remove(p->pStore, cli_id("the rule id", p->azArg[0]), st_who(), &err) ) cli_fail(&err);
  printf("rule %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

static int cmd_autocode_run(Cli *p){
  AcRunOpts o = {0};
  const char *zRule = cli_opt(p, "--rule");
  o.zPartnership = cli_opt(p, "--partnership");
  o.zSource = cli_opt(p, "--source");
  cli_args(p, 0, 0);
  if( zRule ) o.iRule = cli_id("--rule", zRule);
  Table *t;
  Err err = ERR_INIT;
  if( qual_autocode_run(p->pStore, &o, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int count_hit(void *pArg, int iRule, int64_t iStart, int64_t iEnd){
  (void)iRule; (void)iStart; (void)iEnd;
  (*(int64_t*)pArg)++;
  return 0;
}

/* test-autocode-time: match every rule over every source as `autocode run`
** does, counting the matches instead of storing suggestions, and print the
** matching time alone (texts are read from the study first). */
static int cmd_test_autocode_time(Cli *p){
  cli_args(p, 0, 0);
  AcRuleRec *aRule; int nRule;
  AcSet *pSet;
  Err err = ERR_INIT;
  if( qual_autocode_compile(p->pStore, 0, &aRule, &nRule, &pSet, &err) ) cli_fail(&err);
  QualSource *aSrc; int nSrc;
  int rc = st_source_all(p->pStore, NULL, 1, &aSrc, &nSrc);
  if( rc ) fatal_store(p, rc);
  int64_t nMatch = 0, nByte = 0;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for(int i=0; i<nSrc; i++){
    ac_match(pSet, aSrc[i].zText, aSrc[i].zLanguage, count_hit, &nMatch);
    nByte += (int64_t)strlen(aSrc[i].zText);
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double rSec = (double)(t1.tv_sec-t0.tv_sec) + (double)(t1.tv_nsec-t0.tv_nsec)/1e9;
  printf("rules %d sources %d mb %.1f matches %lld seconds %.3f mb_s %.1f\n", nRule, nSrc,
         (double)nByte/1048576.0, (long long)nMatch, rSec, rSec>0 ? (double)nByte/1048576.0/rSec : 0.0);
  ac_free(pSet);
  st_ac_rule_recs_free(aRule, nRule);
  st_sources_free(aSrc, nSrc);
  return EXIT_OK;
}

const CmdEntry aCmd_autocode[] = {
  { "autocode rule add", cmd_autocode_rule_add, CMD_WRITE, "attach an auto-coding rule to a code",
    "Usage: synergist autocode rule add CODE (--words W | --phrase P | --regex RE)\n"
    "                                   [--scope paragraph|hit]\n\n"
    "A rule finds text that may belong to CODE; `autocode run` turns its\n"
    "matches into suggestions, which count as coding only once accepted.\n"
    "  --words W    any of the words (separated by spaces), in any form, as\n"
    "               search matches them; word* for words beginning so\n"
    "  --phrase P   the words in this order, side by side\n"
    "  --regex RE   a PCRE2 regular expression on the text as written\n"
    "               (case-sensitive unless it starts with (?i); ^ and $\n"
    "               match at line ends)\n"
    "  --scope      suggest the whole paragraph (default) or just the hit\n\n"
    "Example:\n"
    "  synergist autocode rule add trust --words \"trust confiance trusted\"\n"
    "  synergist autocode rule add conflict --regex '(?i)\\b(disagree|désaccord)\\w*' --scope hit\n" },
  { "test-autocode-time", cmd_test_autocode_time, CMD_STUDY|CMD_HIDDEN, "time auto-coding matching (benchmark)",
    "Usage: synergist test-autocode-time\n\n"
    "Matches every auto-coding rule over every source as `autocode run` does,\n"
    "but counts the matches instead of storing suggestions, and prints the\n"
    "number of rules, sources, megabytes, matches, and the matching time and\n"
    "throughput (used by bench/qual.sh).\n\n"
    "Example:\n  synergist test-autocode-time\n" },
  { "autocode learn", cmd_autocode_learn, CMD_WRITE, "suggest codes for uncoded paragraphs from existing coding",
    "Usage: synergist autocode learn [--coder C] [--folds K] [--threshold P]\n"
    "                                [--min-examples N] [--dry-run]\n\n"
    "Learns from the coding so far (of coder C, or everyone's) and proposes\n"
    "codes for paragraphs nobody has coded, like coding by existing pattern.\n"
    "Per code, a naive Bayes classifier on the paragraph's stemmed words\n"
    "(the code against the other codes) is trained on the coded paragraphs\n"
    "(a paragraph overlapping a segment of the code is an example of it;\n"
    "uncoded paragraphs are not used, so it tells codes apart rather than\n"
    "coded from irrelevant text: interviewer questions get suggestions too).\n"
    "Before suggesting, it is tested by K-fold cross-\n"
    "validation (default 5; folds by source when at least K sources are\n"
    "coded, else by paragraph) and its precision (share of its proposals\n"
    "that the coding confirms) and recall (share of the coded paragraphs it\n"
    "finds) are printed, so you know how far to trust it. Paragraphs whose\n"
    "probability reaches P (default 0.5) become pending suggestions with that\n"
    "score. Codes with fewer than N examples (default 3) are listed without\n"
    "a model. --dry-run only reports.\n\n"
    "Columns: code, examples, precision, recall, suggestions (new).\n\n"
    "Example:\n  synergist autocode learn --coder anna --threshold 0.8\n"
    "  synergist suggest list --origin classifier --min-score 0.9\n" },
  { "autocode rule list", cmd_autocode_rule_list, CMD_STUDY, "list auto-coding rules with their suggestions",
    "Usage: synergist autocode rule list [--format text|csv|json]\n\n"
    "Columns: id, code, kind, pattern, scope, and how many of the rule's\n"
    "suggestions are pending, accepted and rejected.\n\n"
    "Example:\n  synergist autocode rule list\n" },
  { "autocode rule remove", cmd_autocode_rule_remove, CMD_WRITE, "remove an auto-coding rule",
    "Usage: synergist autocode rule remove ID\n\n"
    "The rule's suggestions stay (pending ones can still be decided).\n\n"
    "Example:\n  synergist autocode rule remove 3\n" },
  { "autocode run", cmd_autocode_run, CMD_WRITE, "run auto-coding rules: new suggestions",
    "Usage: synergist autocode run [--rule ID] [--partnership P] [--source NAME]\n\n"
    "Runs every rule (or one) over the sources and records each match as a\n"
    "pending suggestion. A range already suggested for the code (even if\n"
    "rejected) or already coded with it is not suggested again. Prints the\n"
    "number of new suggestions per rule.\n\n"
    "Example:\n  synergist autocode run --partnership CHRP\n" },
  {0,0,0,0,0}
};
