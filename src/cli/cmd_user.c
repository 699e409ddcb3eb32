/*
** cmd_user.c: `synergist user add/list/edit/remove/password`, the users
** who sign in to `synergist serve` (aCmd_user). The handlers read options
** and the password and call the use cases of user/user.h, the same the
** server's user pages call. A password is read from the terminal without
** echo (asked twice), or as the first line of standard input when that is
** not a terminal; it is never printed.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sodium.h>
#include "cli/cli.h"
#include "user/user.h"
#include "util/xalloc.h"

/* One line from f into z (n bytes), without its line end; 0 at end of input. */
static int read_line(FILE *f, char *z, size_t n){
  if( !fgets(z, (int)n, f) ) return 0;
  z[strcspn(z, "\r\n")] = 0;
  return 1;
}

/* The new password of zName into z (n bytes): asked twice on the terminal
** with echo off, or the first line of standard input. */
static void read_password(const char *zName, char *z, size_t n){
  if( !isatty(STDIN_FILENO) ){
    if( !read_line(stdin, z, n) ) fatal(EXIT_USAGE, "no password on standard input (one line expected)");
    return;
  }
  FILE *tty = fopen("/dev/tty", "r+");
  if( !tty ) fatal(EXIT_USAGE, "cannot open the terminal to read the password");
  struct termios old, quiet;
  int fd = fileno(tty);
  tcgetattr(fd, &old);
  quiet = old;
  quiet.c_lflag &= ~(tcflag_t)ECHO;
  char *zAgain = xmalloc(n);
  tcsetattr(fd, TCSAFLUSH, &quiet);
  fprintf(tty, "password for %s: ", zName); fflush(tty);
  int bOk = read_line(tty, z, n);
  fprintf(tty, "\nagain: "); fflush(tty);
  bOk = bOk && read_line(tty, zAgain, n);
  fprintf(tty, "\n");
  tcsetattr(fd, TCSAFLUSH, &old);
  fclose(tty);
  int bSame = bOk && strcmp(z, zAgain)==0;
  sodium_memzero(zAgain, n);
  free(zAgain);
  if( !bOk ) fatal(EXIT_USAGE, "no password given");
  if( !bSame ){ sodium_memzero(z, n); fatal(EXIT_USAGE, "the two passwords differ; nothing changed"); }
}

/* Options --role and every --partnership into *pSpec (azPart owned by the
** caller, from *pazPart). */
static void spec_options(Cli *p, UserSpec *s, char ***pazPart){
  const char *zRole = cli_opt(p, "--role");
  s->role = ROLE_NONE;
  if( zRole ){
    s->role = user_role_parse(zRole);
    if( s->role==ROLE_NONE ) fatal(EXIT_USAGE, "--role must be admin, evaluator, coder or viewer, not '%s'", zRole);
  }
  char **az = NULL; int n = 0;
  const char *z;
  while( (z = cli_opt(p, "--partnership"))!=NULL ){
    s->bParts = 1;
    if( strcmp(z, "*")==0 ){ s->bAll = 1; continue; }
    az = xrealloc(az, sizeof(char*)*(size_t)(n+1));
    az[n++] = (char*)z;
  }
  s->nPart = n; s->azPart = az;
  *pazPart = az;
}

#define PW_BUF (USER_PW_MAX+2)

int cmd_user_add(Cli *p){
  UserSpec s = {0};
  char **azPart;
  spec_options(p, &s, &azPart);
  cli_args(p, 1, 1);
  if( s.role==ROLE_NONE ) fatal(EXIT_USAGE, "user add needs --role admin|evaluator|coder|viewer");
  s.zName = p->azArg[0];
  char zPw[PW_BUF];
  read_password(s.zName, zPw, sizeof(zPw));
  Err err = ERR_INIT;
  int rc = user_add(p->pStore, &s, zPw, NULL, &err);
  sodium_memzero(zPw, sizeof(zPw));
  free(azPart);
  if( rc ) cli_fail(&err);
  printf("user %s added (%s)\n", s.zName, user_role_name(s.role));
  return EXIT_OK;
}

int cmd_user_edit(Cli *p){
  UserSpec s = {0};
  char **azPart;
  s.zName = cli_opt(p, "--name");
  spec_options(p, &s, &azPart);
  cli_args(p, 1, 1);
  if( !s.zName && s.role==ROLE_NONE && !s.bParts ) fatal(EXIT_USAGE, "nothing to change: give --role, --partnership or --name");
  Err err = ERR_INIT;
  int rc = user_edit(p->pStore, p->azArg[0], &s, NULL, &err);
  free(azPart);
  if( rc ) cli_fail(&err);
  printf("user %s changed\n", s.zName ? s.zName : p->azArg[0]);
  return EXIT_OK;
}

int cmd_user_password(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( user_find(p->pStore, p->azArg[0], &err) ) cli_fail(&err);
  char zPw[PW_BUF];
  read_password(p->azArg[0], zPw, sizeof(zPw));
  int rc = user_set_password(p->pStore, p->azArg[0], zPw, NULL, &err);
  sodium_memzero(zPw, sizeof(zPw));
  if( rc ) cli_fail(&err);
  printf("password of %s changed; their open web sessions end\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_user_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( user_remove(p->pStore, p->azArg[0], NULL, &err) ) cli_fail(&err);
  printf("user %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

int cmd_user_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( user_list_table(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

const CmdEntry aCmd_user[] = {
  { "user add", cmd_user_add, CMD_WRITE, "add a user who signs in to `synergist serve`",
    "Usage: synergist user add NAME --role admin|evaluator|coder|viewer\n"
    "                          [--partnership P]...\n\n"
    "Adds a user of the web workspace. Roles, each with the rights of the\n"
    "ones after it:\n"
    "  admin      users and every partnership\n"
    "  evaluator  everything in their partnerships: dashboards, reports,\n"
    "             survey administration, coding, coders and viewers\n"
    "  coder      sources, coding and memos of their partnerships\n"
    "  viewer     dashboards and reports of their partnerships (no\n"
    "             transcripts)\n"
    "Give --partnership once per partnership (a code), or --partnership '*'\n"
    "for all of them; an admin always has all. Users with role coder and up\n"
    "get a coder of the same name: their coding is theirs in `audit`.\n\n"
    "The password (at least 10 characters) is asked twice on the terminal\n"
    "without echo, or read as the first line of standard input. It is kept\n"
    "only as an argon2id hash (libsodium) and never printed.\n\n"
    "Exit codes: 0 added; 1 the name is taken; 2 wrong options (no --role,\n"
    "or not one of the four); 3 a bad name, partnership or password (every\n"
    "problem listed as FIELD: message; nothing changed).\n\n"
    "Example:\n  synergist user add ana --role evaluator --partnership PCCP --partnership CHRP\n"
    "  printf '%s\\n' \"$PASSWORD\" | synergist user add ben --role coder --partnership PCCP\n" },
  { "user edit", cmd_user_edit, CMD_WRITE, "change a user's role, partnerships or name",
    "Usage: synergist user edit NAME [--role R] [--partnership P]... [--name NEW]\n\n"
    "--partnership (repeatable, '*' for all) replaces the user's\n"
    "partnerships. A change of role or partnerships ends the user's open\n"
    "web sessions. Audited (`audit --action user`).\n\n"
    "Exit codes: 0 changed; 1 no such user, or the new name is taken; 2\n"
    "wrong options; 3 a bad name or partnership (every problem listed as\n"
    "FIELD: message; nothing changed).\n\n"
    "Example:\n  synergist user edit ben --role evaluator --partnership PCCP\n" },
  { "user list", cmd_user_list, CMD_STUDY, "the users of the web workspace",
    "Usage: synergist user list [--format text|csv|json]\n\n"
    "Columns: name, role, partnerships ('*': all), password (set or none;\n"
    "never the password or its hash), created.\n\n"
    "Example:\n  synergist user list --format csv\n" },
  { "user password", cmd_user_password, CMD_WRITE, "set a user's password",
    "Usage: synergist user password NAME\n\n"
    "Reads the new password as `user add` does (terminal without echo, or\n"
    "the first line of standard input) and ends the user's web sessions.\n\n"
    "Exit codes: 0 changed; 1 no such user; 2 no password given (or the two\n"
    "typed differ); 3 a bad password (too short, too long, not UTF-8;\n"
    "nothing changed).\n\n"
    "Example:\n  synergist user password ana\n" },
  { "user remove", cmd_user_remove, CMD_WRITE, "remove a user",
    "Usage: synergist user remove NAME\n\n"
    "The user can no longer sign in; their open sessions end at their next\n"
    "request. Their coding stays, under their coder name.\n\n"
    "Example:\n  synergist user remove ben\n" },
  { NULL, NULL, 0, NULL, NULL }
};
