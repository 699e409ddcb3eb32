/* cmd_matrix.h: what matrix (cmd_matrix.c) shares with synthesis. */
#ifndef SYN_CMD_MATRIX_H
#define SYN_CMD_MATRIX_H
#include "cli/cli.h"
#include "qual/matrix.h"

/* Write the HTML page of m to zFile ("-": standard output); dies when it cannot. */
void cmd_matrix_write_html(Matrix*, const char *zFile, const char *zTitle, int bSynthesis, int bAll);

#endif
