/* cmd_survey.c: the survey commands (table aCmd_survey, help text beside each handler). */
#include "cli/cli.h"

const CmdEntry aCmd_survey[] = {
  {0,0,0,0,0}
};
