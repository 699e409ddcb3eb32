/* cmd_qual.c: the qual commands (table aCmd_qual, help text beside each handler). */
#include "cli/cli.h"

const CmdEntry aCmd_qual[] = {
  {0,0,0,0,0}
};
