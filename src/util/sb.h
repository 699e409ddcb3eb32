/*
** sb.h: a growable string buffer. An Sb is initialised with SB_INIT (or
** zeroed); z is always NUL-terminated once anything was appended. The owner
** calls sb_free(); sb_take() hands the string over to the caller to free().
*/
#ifndef SYN_SB_H
#define SYN_SB_H
#include <stddef.h>
#include <stdarg.h>

typedef struct Sb { char *z; size_t n; size_t nAlloc; } Sb;
#define SB_INIT {0,0,0}

void sb_append(Sb *p, const char *z, size_t n);
void sb_puts(Sb *p, const char *z);
void sb_putc(Sb *p, char c);
void sb_printf(Sb *p, const char *zFmt, ...) __attribute__((format(printf,2,3)));
void sb_vprintf(Sb *p, const char *zFmt, va_list ap);
/* 1 when sb_vprintf() writes zFmt without printf (sb.c): only text, %%,
** %s, %c, d/i/u/x integers and floating conversions with at most a
** precision; the output is printf's either way. */
int sb_format_fast(const char *zFmt);
/* r with nDec decimals exactly as printf("%.*f", nDec, r) writes it
** (a "-" whenever r is negative, -0.00 too) into z (32 bytes); returns its
** length, or 0 when left to printf: more than 9 decimals, 10^9 or more
** after scaling, not a number, or within 1e-6 of a half once scaled, where
** the scaling's own rounding error (below 1e-7 there) could decide. */
size_t sb_fixed(double r, int nDec, char *z);
void sb_reset(Sb *p);          /* empty, keep the allocation */
void sb_free(Sb *p);
char *sb_take(Sb *p);          /* returns the string (never NULL), leaves p empty */
const char *sb_str(Sb *p);     /* the string, "" when empty; owned by p */

#endif
