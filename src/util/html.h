/*
** html.h: writing HTML and SVG into an Sb with escaping done by the format,
** so that a page cannot forget it (as Fossil's %h).
**
** html_printf(pOut, zFmt, ...) understands printf's conversions for numbers
** and characters (d i u x X c f F e E g G with flags, width, precision, '*'
** and the length modifiers l ll z) plus:
**   %h  a const char*, escaped: & < > " ' become entities. Safe in element
**       text and in quoted attribute values. NULL prints nothing.
**   %s  a const char* written raw: only for trusted markup this program made.
**   %t  a const char* made into an id or class token: ASCII letters, digits,
**       '-' and '_' are kept, every other byte becomes '-'. NULL prints "x".
**   %U  a const char* percent-encoded for a URL path segment or query
**       value: every byte but ASCII letters, digits and - _ . ~ becomes
**       %XX. Safe in quoted attribute values. NULL prints nothing.
**   %%  a percent sign.
** Numbers are written with a decimal point whatever the locale (synergist
** keeps LC_NUMERIC at "C").
**
** Exports: html_printf, html_vprintf, html_escape, html_escape_n.
** Nothing here allocates memory the caller must free beyond the Sb itself.
*/
#ifndef SYN_HTML_H
#define SYN_HTML_H
#include <stdarg.h>
#include <stddef.h>
#include "util/sb.h"

void html_printf(Sb *pOut, const char *zFmt, ...);
void html_vprintf(Sb *pOut, const char *zFmt, va_list ap);
/* Append z (NULL: nothing) with & < > " ' escaped. */
void html_escape(Sb *pOut, const char *z);
/* The same for the first n bytes of z (fewer if a NUL comes first). */
void html_escape_n(Sb *pOut, const char *z, size_t n);

#endif
