/*
** matrix_html.h: a framework matrix (qual/matrix.h) as one self-contained
** HTML page: codes down the side grouped under their category, the
** matrix's rows (partnerships, participants, ...) across, each cell with
** its charted summary and quotes, and for the framework matrix also its
** segments, sources and coverage. In the language of the messages (the
** built-in codebook's codes by their translated names, codebook_word());
** every text is escaped (util/html.h).
*/
#ifndef SYN_MATRIX_HTML_H
#define SYN_MATRIX_HTML_H
#include "qual/matrix.h"
#include "util/sb.h"

/* "N segments, N sources" of cell x in the language of the messages, each
** count with its noun in the singular or plural (ngettext). Caller frees. */
char *matrix_count_words(const MxCell *x);

/* Append the page to pOut. bSynthesis: the cross-case synthesis (codes as
** qual_matrix_code_in_synthesis() picks them, no counts); otherwise the
** framework matrix (every used code, or every code with bAll). */
void matrix_html(Matrix *m, const char *zTitle, int bSynthesis, int bAll, Sb *pOut);

#endif
