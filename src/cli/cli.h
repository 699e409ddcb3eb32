/*
** cli.h: the command line. One sorted table of commands (built from the
** per-group arrays aCmd_* in src/cli/cmd_*.c), option parsing that rejects
** unknown flags, and fatal() that ends the command (its open transaction is
** never committed, so the study is left as it was).
**
** A handler has the signature int xCmd(Cli*): it first takes its options
** with cli_opt()/cli_flag(), then calls cli_args() to check that nothing
** unknown is left and to collect the positional arguments, then works.
** It returns an exit code (EXIT_*). For commands flagged CMD_WRITE the
** dispatcher opens one transaction before the handler and commits it only
** when the handler returns EXIT_OK; otherwise it rolls back, so a failing
** command leaves the study exactly as it was.
*/
#ifndef SYN_CLI_H
#define SYN_CLI_H
#include <stdio.h>
#include "store/store.h"
#include "util/table.h"
#include "util/errlist.h"

/* Exit codes (documented in `synergist help exit-codes` and the README). */
enum {
  EXIT_OK = 0,
  EXIT_FAIL = 1,      /* the operation failed: not found, already exists, ... */
  EXIT_USAGE = 2,     /* the command line is wrong */
  EXIT_DATA = 3,      /* an input (a file, a user's fields) has problems, all listed; nothing changed */
  EXIT_STUDY = 4,     /* the study file cannot be used (missing, not a study, newer) */
  EXIT_INTERNAL = 5   /* unexpected database or system error */
};

typedef struct Cli {
  int argc; char **argv;      /* the words after the command name */
  unsigned char *aUsed;       /* which argv words were taken as options */
  int nArg; char **azArg;     /* positional arguments, set by cli_args() */
  const char *zStudy;         /* --study, $SYNERGIST_STUDY, ./synergist.db */
  Format fmt;                 /* --format */
  int bNames;                 /* --names: real names may be printed */
  const char *zCmd;           /* the full command name, e.g. "member import" */
  Store *pStore;              /* open study (for CMD_STUDY commands) */
} Cli;

typedef struct CmdEntry {
  const char *zName;          /* "partnership add" */
  int (*xCmd)(Cli*);
  unsigned flags;             /* CMD_* */
  const char *zSummary;       /* one line for the command list */
  const char *zHelp;          /* usage, description and at least one "Example:" */
} CmdEntry;

#define CMD_STUDY   0x01      /* needs the study open */
#define CMD_WRITE   0x02      /* writes: runs inside one transaction (implies CMD_STUDY) */
#define CMD_CREATE  0x04      /* may create the study file */
#define CMD_HIDDEN  0x08      /* test-* commands, not listed */

/* Per-command-group tables, one in each src/cli/cmd_GROUP.c, each ended by
** an entry with zName NULL (gathered by commands.c). */
extern const CmdEntry
  aCmd_agreement[], aCmd_attendance[], aCmd_audit[], aCmd_autocode[],
  aCmd_code[], aCmd_codebook[], aCmd_coder[], aCmd_cooccurrence[],
  aCmd_demo[], aCmd_describe[], aCmd_diagnose[], aCmd_dynamics[],
  aCmd_instrument[], aCmd_invite[], aCmd_matrix[], aCmd_meeting[],
  aCmd_member[], aCmd_memo[], aCmd_network[], aCmd_org[], aCmd_partnership[],
  aCmd_portfolio[], aCmd_qdpx[], aCmd_redact[], aCmd_report[],
  aCmd_response[], aCmd_score[], aCmd_screen[], aCmd_search[], aCmd_sector[],
  aCmd_segment[], aCmd_serve[], aCmd_source[], aCmd_study[], aCmd_suggest[],
  aCmd_synthesis[], aCmd_timeline[], aCmd_token[], aCmd_user[], aCmd_wave[];

/* Value of option zName ("--name VALUE" or "--name=VALUE"), or NULL. */
const char *cli_opt(Cli*, const char *zName);
/* 1 if flag zName is present. */
int cli_flag(Cli*, const char *zName);
/* Integer option with default; exits with EXIT_USAGE when not an integer. */
long cli_opt_int(Cli*, const char *zName, long iDefault);
double cli_opt_real(Cli*, const char *zName, double rDefault);
/* Check no unknown option remains and between nMin and nMax (-1: any)
** positional arguments were given; exits with EXIT_USAGE otherwise. */
void cli_args(Cli*, int nMin, int nMax);

/* Print "synergist: error: MESSAGE" to stderr and exit with rc; the open
** transaction, never committed, leaves the study as it was. */
void fatal(int rc, const char *zFmt, ...) __attribute__((format(printf,2,3), noreturn));
/* Print "synergist: warning: MESSAGE". */
void warn(const char *zFmt, ...) __attribute__((format(printf,1,2)));
/* Print an ErrList and exit with EXIT_DATA when it has entries. */
void fatal_if_errors(ErrList*);
/* Load the input limits (util/limits.h) from the study's max_* settings. */
void cli_load_limits(Store*);
/* Map a STORE_* code to an exit code and die with the store's message. */
void fatal_store(Cli*, int rc) __attribute__((noreturn));
/* Die with a use-case function's failure: its problems (exit 3) or its
** message with its class as the exit code (the values are the same). */
void cli_fail(Err*) __attribute__((noreturn));
/* Print each line of pNotes as "synergist: note: LINE" to stderr and free it. */
struct Sb;
void cli_print_notes(struct Sb *pNotes);
/* Write a table in the chosen --format to stdout and free it. */
void cli_print_table(Cli*, Table*);
/* The day number of a date option or argument; exits EXIT_USAGE when not a real date. */
int cli_date(const char *zWhat, const char *zValue);
/* A positive integer id (a row id, a rule or screening number) given as
** zWhat; exits EXIT_USAGE otherwise. */
int64_t cli_id(const char *zWhat, const char *z);

/* Run a CSV import xImport of the one argument FILE; print the problems
** (exit 3, nothing changed) or "N WHAT imported from FILE". */
int cli_import(Cli*, int (*xImport)(Store*, const char*, ErrList*), const char *zWhat);
/* Collect the value of every --set KEY=VALUE; the caller frees the array
** (not the strings). Returns how many. */
int cli_opt_all(Cli*, const char ***pazSet);
/* Look up a command (unique prefixes of each word accepted). */
const CmdEntry *cmd_find(int argc, char **argv, int *pnWord);
void cmd_print_list(FILE*);
int cmd_print_help(const char *zTopic, FILE*);
const CmdEntry *cmd_table(int *pnCmd);   /* the one sorted table */

#endif
