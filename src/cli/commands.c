/*
** commands.c: the one command table. It is built once from the per-group
** arrays (aCmd_partnership in cmd_partnership.c, ...: each file named like
** its command keeps the help text beside its handlers) and sorted by name;
** lookup accepts a unique prefix of each word and reports ambiguous ones with their candidates. Help topics that
** are not commands (exit codes, formats, environment) live here too.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "serve/serve.h"
#include "util/limits.h"
#include "util/xalloc.h"

static const CmdEntry *const aaArea[] = {
  aCmd_agreement, aCmd_attendance, aCmd_audit, aCmd_autocode, aCmd_code,
  aCmd_codebook, aCmd_coder, aCmd_cooccurrence, aCmd_demo, aCmd_describe,
  aCmd_diagnose, aCmd_dynamics, aCmd_instrument, aCmd_invite, aCmd_matrix,
  aCmd_meeting, aCmd_member, aCmd_memo, aCmd_network, aCmd_org,
  aCmd_partnership, aCmd_portfolio, aCmd_qdpx, aCmd_redact, aCmd_report,
  aCmd_response, aCmd_score, aCmd_screen, aCmd_search, aCmd_sector,
  aCmd_segment, aCmd_serve, aCmd_source, aCmd_study, aCmd_suggest,
  aCmd_synthesis, aCmd_timeline, aCmd_token, aCmd_user, aCmd_wave
};
static CmdEntry *aTable = NULL;
static int nTable = 0;

static int cmp_entry(const void *a, const void *b){
  return strcmp(((const CmdEntry*)a)->zName, ((const CmdEntry*)b)->zName);
}

const CmdEntry *cmd_table(int *pnCmd){
  if( !aTable ){
    int n = 0;
    for(size_t i=0; i<sizeof(aaArea)/sizeof(aaArea[0]); i++){
      for(const CmdEntry *e = aaArea[i]; e->zName; e++) n++;
    }
    aTable = xcalloc((size_t)n, sizeof(CmdEntry));
    for(size_t i=0; i<sizeof(aaArea)/sizeof(aaArea[0]); i++){
      for(const CmdEntry *e = aaArea[i]; e->zName; e++) aTable[nTable++] = *e;
    }
    qsort(aTable, (size_t)nTable, sizeof(CmdEntry), cmp_entry);
  }
  *pnCmd = nTable;
  return aTable;
}

/* Number of words in a command name. */
static int n_words(const char *z){
  int n = 1;
  for(; *z; z++) if( *z==' ' ) n++;
  return n;
}

/* Word iWord of zName into zOut. */
static void word_of(const char *zName, int iWord, char *zOut, size_t nOut){
  for(int i=0; i<iWord; i++){ zName = strchr(zName, ' '); if( !zName ){ zOut[0]=0; return; } zName++; }
  size_t n = strcspn(zName, " ");
  if( n>=nOut ) n = nOut-1;
  memcpy(zOut, zName, n);
  zOut[n] = 0;
}

/* Does entry e match argv words as prefixes? exact set to 1 if every word is exact. */
static int entry_matches(const CmdEntry *e, int argc, char **argv, int *pExact){
  int nw = n_words(e->zName);
  if( nw>argc ) return 0;
  *pExact = 1;
  for(int w=0; w<nw; w++){
    char zWord[64];
    word_of(e->zName, w, zWord, sizeof(zWord));
    size_t n = strlen(argv[w]);
    if( n==0 || strncmp(zWord, argv[w], n)!=0 ) return 0;
    if( zWord[n]!=0 ) *pExact = 0;
  }
  return nw;
}

const CmdEntry *cmd_find(int argc, char **argv, int *pnWord){
  int n;
  const CmdEntry *a = cmd_table(&n);
  const CmdEntry *pBest = NULL; int nBestWords = 0, nMatch = 0;
  /* Prefer exact matches, then the longest (two-word) match. */
  for(int pass=0; pass<2 && !pBest; pass++){
    nMatch = 0;
    for(int i=0; i<n; i++){
      int exact;
      int nw = entry_matches(&a[i], argc, argv, &exact);
      if( !nw || (pass==0 && !exact) ) continue;
      if( nw>nBestWords ){ pBest = &a[i]; nBestWords = nw; nMatch = 1; }
      else if( nw==nBestWords ) nMatch++;
    }
    if( nMatch>1 ){
      fprintf(stderr, "synergist: error: '%s%s%s' is ambiguous; it could be:\n", argv[0],
              argc>1 && nBestWords>1 ? " " : "", argc>1 && nBestWords>1 ? argv[1] : "");
      for(int i=0; i<n; i++){
        int exact;
        if( entry_matches(&a[i], argc, argv, &exact)==nBestWords && !(a[i].flags & CMD_HIDDEN) ){
          fprintf(stderr, "  %s\n", a[i].zName);
        }
      }
      exit(EXIT_USAGE);
    }
  }
  *pnWord = nBestWords;
  return pBest;
}

void cmd_print_list(FILE *out){
  int n;
  const CmdEntry *a = cmd_table(&n);
  fprintf(out, "Commands (synergist help COMMAND for details and examples):\n");
  for(int i=0; i<n; i++){
    if( a[i].flags & CMD_HIDDEN ) continue;
    fprintf(out, "  %-24s %s\n", a[i].zName, a[i].zSummary);
  }
  fprintf(out,
    "\nHelp topics: synergist help exit-codes | formats | environment | limits\n");
}

static const char zTopicExit[] =
  "Exit codes\n"
  "  0  success\n"
  "  1  the operation failed (not found, already exists, still in use)\n"
  "  2  the command line is wrong (unknown command or option, missing argument)\n"
  "  3  an input has problems; every problem is listed, as\n"
  "     FILE:LINE:COLUMN: message for a file or FIELD: message for the values\n"
  "     a command checks (a user's name, partnerships, password), and nothing\n"
  "     was changed\n"
  "  4  the study file cannot be used: missing, not a synergist study, or\n"
  "     written by a newer synergist (it is never modified then)\n"
  "  5  unexpected internal or database error, or out of memory\n";
static const char zTopicFormats[] =
  "Output formats\n"
  "  Every listing takes --format text|csv|json (default text).\n"
  "  text  aligned columns for reading\n"
  "  csv   RFC 4180, a header row, empty cells for missing values\n"
  "  json  an array of objects, numbers as numbers, null for missing values\n"
  "  In CSV input files (imports), COLUMN in error positions is the 1-based\n"
  "  field number of the record that starts on LINE.\n\n"
  "Spreadsheet-safe CSV\n"
  "  A spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage\n"
  "  return as a formula, so a roster or a transcript could put a formula in\n"
  "  an evaluator's spreadsheet. Every CSV that synergist writes (--format csv,\n"
  "  member/meeting/token export, instrument export --redcap) therefore puts an\n"
  "  apostrophe before such a text cell, as OWASP advises: =SUM(A1) is written\n"
  "  '=SUM(A1). A text that is a plain number (-5, +3.5) and number cells are\n"
  "  never touched. A text that already begins with apostrophes before one of\n"
  "  those characters gets one more, so nothing is ambiguous.\n"
  "  synergist's own CSV imports remove exactly that one apostrophe, so every\n"
  "  export read back by the matching import gives the values exactly.\n"
  "  --raw (a global option, for every command) writes text cells exactly as\n"
  "  stored, for data pipelines and for uploading a dictionary into REDCap.\n"
  "  Example: synergist --raw --format csv member list > members.csv\n";
static const char zTopicEnv[] =
  "Environment and global options\n"
  "  --study PATH        the study file; else $SYNERGIST_STUDY; else ./synergist.db\n"
  "  --format FMT        text, csv or json for listings\n"
  "  --names             allow real names of members in output (pseudonyms otherwise)\n"
  "  --raw               CSV text cells exactly as stored, without the spreadsheet\n"
  "                      guard (synergist help formats)\n"
  "  SYNERGIST_TODAY     a YYYY-MM-DD date used as today (reproducible output)\n"
  "  SYNERGIST_TIMING    1: score prints on stderr the seconds spent reading the\n"
  "                      study, computing and writing (timing: load_s= compute_s= write_s=)\n"
  "  LANGUAGE, LANG      English or French messages and reports (gettext)\n"
  "  SYNERGIST_LOCALEDIR the message catalogues' folder (default: found from the\n"
  "                      program's place, PREFIX/bin/../share/locale)\n";

int cmd_print_help(const char *zTopic, FILE *out){
  if( strcmp(zTopic, "exit-codes")==0 ){ fputs(zTopicExit, out); return 0; }
  if( strcmp(zTopic, "formats")==0 ){ fputs(zTopicFormats, out); return 0; }
  if( strcmp(zTopic, "environment")==0 ){ fputs(zTopicEnv, out); return 0; }
  if( strcmp(zTopic, "limits")==0 ){ limits_print(out); serve_limits_print(out); return 0; }
  int n, nShown = 0;
  const CmdEntry *a = cmd_table(&n);
  size_t nTopic = strlen(zTopic);
  /* Exact command first; otherwise every command in the group ("member"). */
  for(int i=0; i<n; i++){
    if( strcmp(a[i].zName, zTopic)==0 ){
      fprintf(out, "synergist %s: %s\n\n%s", a[i].zName, a[i].zSummary, a[i].zHelp);
      return 0;
    }
  }
  for(int i=0; i<n; i++){
    if( strncmp(a[i].zName, zTopic, nTopic)==0 && a[i].zName[nTopic]==' ' ){
      fprintf(out, "%ssynergist %s: %s\n\n%s", nShown ? "\n" : "", a[i].zName, a[i].zSummary, a[i].zHelp);
      nShown++;
    }
  }
  return nShown ? 0 : 1;
}
