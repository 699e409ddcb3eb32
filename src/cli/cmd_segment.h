/*
** cmd_segment.h: the segment commands (handlers in cmd_segment.c). Their
** entries of the command table, with the help text, are the macro
** CMD_SEGMENT_ENTRIES, placed in aCmd_qual (cmd_qual.c).
*/
#ifndef SYN_CMD_SEGMENT_H
#define SYN_CMD_SEGMENT_H
#include "cli/cli.h"

int cmd_segment_list(Cli*);
int cmd_segment_remove(Cli*);
int cmd_segment_recode(Cli*);

#define CMD_SEGMENT_ENTRIES \
  { "segment list", cmd_segment_list, CMD_STUDY, "list coded segments as data", \
    "Usage: synergist segment list [--source NAME] [--code CODE [--subtree]] [--coder C]\n" \
    "                        [--partnership P]\n\n" \
    "One row per coded segment: id, source, partnership, participant (the\n" \
    "interviewee's pseudonymous id), code (full path), coder, start, end (Unicode\n" \
    "code points from 0, half-open), text (the coded passage) and memo (the\n" \
    "segment's memos, one per line). text and memo are pseudonymised unless\n" \
    "--names. --subtree includes the code's sub-codes. With --format csv or json\n" \
    "the list is data for R, Python or a spreadsheet.\n\n" \
    "Example:\n  synergist segment list --code trust --subtree --format csv > trust.csv\n" }, \
  { "segment recode", cmd_segment_recode, CMD_WRITE, "give a coded segment another code", \
    "Usage: synergist segment recode ID --code CODE [--reason TEXT]\n\n" \
    "The segment keeps its source, span, coder and memos; the change is in the\n" \
    "audit trail (synergist audit --action segment). Refused (exit 1) when the\n" \
    "same coder already coded that span with CODE.\n\n" \
    "Example:\n  synergist segment recode 42 --code respect --reason \"respect, not trust\"\n" }, \
  { "segment remove", cmd_segment_remove, CMD_WRITE, "remove a coded segment", \
    "Usage: synergist segment remove ID [--reason TEXT]\n\n" \
    "Removes the segment and its memos; the audit trail keeps what it was.\n\n" \
    "Example:\n  synergist segment remove 42 --reason \"coded twice\"\n" },

#endif
