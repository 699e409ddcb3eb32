/*
** err.h: how a use-case function fails. Each command's work is one
** use-case function in its area (src/roster/, src/survey/, src/qual/,
** src/diagnose/, src/report/, src/network/): it takes the Store and an
** options struct, fills a result (a struct or a Table) and returns 0, or the
** class of its failure with the message (or, for an input file, every
** problem with its position) in an Err. It never prints, never exits and
** reads no global, so the command line (src/cli/) and the web server
** (src/serve/) call the same function: the first maps the class to its exit
** code (the values are the exit codes of `synergist help exit-codes`), the
** second to an HTTP status.
**
** Messages a person reads (a problem of a value, "already exists") are
** marked with _() where the use case or the store writes them, so that
** they come out in the caller's language: the command line's (LANG,
** LANGUAGE) or the web page's, which the server sets for the thread that
** runs the use case (i18n_thread_english(), on the writer thread too).
**
** The caller owns the Err (ERR_INIT) and frees it with err_clear().
*/
#ifndef SYN_ERR_H
#define SYN_ERR_H
#include "util/errlist.h"

typedef enum ErrClass {
  ERR_OK = 0,
  ERR_FAIL = 1,      /* not found, already exists, still in use */
  ERR_USAGE = 2,     /* the request is wrong (an option's value) */
  ERR_DATA = 3,      /* an input has problems, all in list; nothing changed */
  ERR_STUDY = 4,     /* the study file cannot be used */
  ERR_INTERNAL = 5   /* unexpected database or system error */
} ErrClass;

typedef struct Err {
  ErrClass e;        /* ERR_OK while nothing failed */
  char *zMsg;        /* the message (not for ERR_DATA with a list) */
  ErrList list;      /* ERR_DATA: every problem of the input */
} Err;
#define ERR_INIT {ERR_OK, NULL, ERRLIST_INIT}

/* Set class e and the message; returns e (for "return err_set(...)"). */
int err_set(Err*, ErrClass e, const char *zFmt, ...) __attribute__((format(printf,3,4)));
/* ERR_DATA when list holds problems (returns ERR_DATA), else 0. */
int err_if_problems(Err*);
/* Free the message and the list; the Err is ERR_INIT again. */
void err_clear(Err*);

#endif
