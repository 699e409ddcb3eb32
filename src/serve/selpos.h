/*
** selpos.h: positions of a browser's text selection turned into the
** study's positions. A browser measures a selection in UTF-16 code units
** of the text as its HTML parser left it; the study measures spans in
** Unicode code points of the stored text (st_qual.h). The two differ on
** characters outside the Basic Multilingual Plane (emoji: one code point,
** two units) and on line ends (the parser turns "\r\n" and a lone "\r"
** into one "\n"). Accents and combining marks are one unit per code point
** in both. Pure functions: no I/O, no server state.
*/
#ifndef SYN_SERVE_SELPOS_H
#define SYN_SERVE_SELPOS_H
#include <stdint.h>

/* The code point reached by starting at code point iFrom of NUL-terminated
** UTF-8 zText and moving nUnit UTF-16 units as a browser counts them ("\r\n"
** one unit). A unit count falling inside a code point (the second half of
** a surrogate pair, between '\r' and '\n') moves to that code point's end
** when bEnd, else to its start. Stops at the end of the text. Returns -1
** when iFrom or nUnit is negative or iFrom is past the end. */
int64_t selpos_cp(const char *zText, int64_t iFrom, int64_t nUnit, int bEnd);

/* The reverse: how many UTF-16 units (as above) code points [iFrom, iTo)
** of zText take. -1 when the range is not inside the text. The server
** never needs it: it is the reference the unit test and the form fuzzer
** check selpos_cp() against (a round trip from units to code points). */
int64_t selpos_units(const char *zText, int64_t iFrom, int64_t iTo);

/* A highlighted span as a link writes it ("hl=A-B": code points, decimal
** digits only): 1 with *pA, *pB when 0 <= A < B <= nCp, else 0 (a number
** too long for 64 bits included). */
int selpos_span(const char *z, int64_t nCp, int64_t *pA, int64_t *pB);

#endif
