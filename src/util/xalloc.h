/*
** xalloc.h: allocation that never returns NULL. On exhaustion the process
** prints a message and exits with code 5 (an internal error). Everything returned is freed by
** the caller with free().
*/
#ifndef SYN_XALLOC_H
#define SYN_XALLOC_H
#include <stddef.h>
#include <stdarg.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nElem, size_t nSize);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *z);             /* xstrdup(NULL) returns NULL */
char *xstrndup(const char *z, size_t n);
char *xasprintf(const char *zFmt, ...) __attribute__((format(printf,1,2)));
char *xvasprintf(const char *zFmt, va_list ap);
/* The same for large arrays filled once (scores of every answer set):
** where the system offers it (Linux transparent huge pages in "madvise"
** mode), their memory comes in huge pages, so the first touch of
** hundreds of megabytes costs a few hundred page faults rather than
** tens of thousands. An array of 512 KiB or more starts on a huge page
** and takes whole ones (untouched, the rest costs no memory).
** Freed with free(). */
void *xmalloc_big(size_t n);
void *xcalloc_big(size_t nElem, size_t nSize);
void *xrealloc_big(void *p, size_t n);

#endif
