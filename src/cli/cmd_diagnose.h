/* cmd_diagnose.h: what diagnose (cmd_diagnose.c) shares with portfolio and screen. */
#ifndef SYN_CMD_DIAGNOSE_H
#define SYN_CMD_DIAGNOSE_H
#include "cli/cli.h"
#include "diagnose/diagnose.h"

/* Load the study's data for a diagnosis or die with the right exit code
** (usage, not found, internal). Free with diag_study_free(). */
DiagStudy *cmd_diagnose_load(Cli*, DiagnoseOptions*);

#endif
