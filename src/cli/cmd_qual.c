/* cmd_qual.c: the qual commands (table aCmd_qual, help text beside each handler). */
#include "cli/cli.h"
#include "cli/cmd_search.h"
#include "cli/cmd_source.h"
#include "cli/cmd_code.h"
#include "cli/cmd_qanalysis.h"
#include "cli/cmd_segment.h"

const CmdEntry aCmd_qual[] = {
  CMD_SEARCH_ENTRIES
  CMD_SOURCE_ENTRIES
  CMD_CODE_ENTRIES
  CMD_QANALYSIS_ENTRIES
  CMD_SEGMENT_ENTRIES
  {0,0,0,0,0}
};
