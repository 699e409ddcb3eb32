/* cmd_report.c: the report commands (table aCmd_report, help text beside each handler). */
#include "cli/cli.h"

const CmdEntry aCmd_report[] = {
  {0,0,0,0,0}
};
