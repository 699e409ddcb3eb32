/*
** cmd_code.h: the codebook, coding, memo and audit commands (handlers in
** cmd_code.c and cmd_coding.c). Their entries of the command table, with the
** help text, are the macro CMD_CODE_ENTRIES, placed in aCmd_qual (cmd_qual.c).
*/
#ifndef SYN_CMD_CODE_H
#define SYN_CMD_CODE_H
#include "cli/cli.h"

int cmd_code_add(Cli*);
int cmd_code_list(Cli*);
int cmd_code_rename(Cli*);
int cmd_code_move(Cli*);
int cmd_code_merge(Cli*);
int cmd_code_remove(Cli*);
int cmd_code_describe(Cli*);
int cmd_codebook_install(Cli*);
int cmd_codebook_import(Cli*);
int cmd_codebook_export(Cli*);
int cmd_code_apply(Cli*);
int cmd_coder_add(Cli*);
int cmd_coder_list(Cli*);
int cmd_memo_add(Cli*);
int cmd_memo_list(Cli*);
int cmd_audit(Cli*);

#define CODE_WORDS \
  "CODE is a full path (\"determinants/relationships among partners/trust\") or\n" \
  "its end when that is unique: the name (\"trust\") or the last parts\n" \
  "(\"operational/leadership\").\n"

#define CMD_CODE_ENTRIES \
  { "code add", cmd_code_add, CMD_WRITE, "add a code to the codebook", \
    "Usage: synergist code add NAME [--parent CODE] [--description TEXT] [--example TEXT]\n\n" \
    "Adds a code (an inductive theme, say) at the top level or under CODE.\n" \
    "Names cannot contain '/'. " CODE_WORDS "\n" \
    "Example:\n  synergist code add \"ethics delays\" --parent \"external environment\" \\\n" \
    "      --description \"Waiting for ethics approval holds the work back\"\n" }, \
  { "code list", cmd_code_list, CMD_STUDY, "show the codebook tree with counts", \
    "Usage: synergist code list\n\n" \
    "Columns: code (indented by depth), path, segments (coded with this code),\n" \
    "total (with its sub-codes), sources (with its sub-codes), description.\n\n" \
    "Example:\n  synergist code list --format csv\n" }, \
  { "code rename", cmd_code_rename, CMD_WRITE, "rename a code", \
    "Usage: synergist code rename CODE NEWNAME [--reason TEXT]\n\n" \
    "Segments, sub-codes and memos stay with the code. " CODE_WORDS "\n" \
    "Example:\n  synergist code rename trust \"mutual trust\" --reason \"closer to the data\"\n" }, \
  { "code move", cmd_code_move, CMD_WRITE, "move a code under another parent", \
    "Usage: synergist code move CODE (--parent CODE | --top) [--reason TEXT]\n\n" \
    "Moves the code with its sub-codes and segments. " CODE_WORDS "\n" \
    "Example:\n  synergist code move \"ethics delays\" --parent \"negative factors\"\n" }, \
  { "code merge", cmd_code_merge, CMD_WRITE, "merge a code into another", \
    "Usage: synergist code merge CODE --into CODE [--reason TEXT]\n\n" \
    "The first code's segments, memos, summaries, sub-codes, auto-coding rules\n" \
    "and suggestions move to the second; dropped as duplicates are a segment\n" \
    "the same coder already coded there, a rule the second code already has\n" \
    "(its suggestions go to that rule), a suggestion of a range already\n" \
    "suggested for the second code and a pending suggestion of a range it\n" \
    "already codes. The first code is removed. " CODE_WORDS "\n" \
    "Example:\n  synergist code merge \"team spirit\" --into \"partnership atmosphere\"\n" }, \
  { "code remove", cmd_code_remove, CMD_WRITE, "remove an unused code", \
    "Usage: synergist code remove CODE [--reason TEXT]\n\n" \
    "Refused (exit 1) while the code has segments or sub-codes: merge it instead.\n\n" \
    "Example:\n  synergist code remove \"ethics delays\"\n" }, \
  { "code describe", cmd_code_describe, CMD_WRITE, "change a code's definition or example", \
    "Usage: synergist code describe CODE [--description TEXT] [--example TEXT]\n\n" \
    "Example:\n  synergist code describe trust --example \"I know she keeps her word.\"\n" }, \
  { "code apply", cmd_code_apply, CMD_WRITE, "code a span of a source", \
    "Usage: synergist code apply --source NAME --code CODE --coder C\n" \
    "                        (--quote TEXT | --start N --end N) [--memo TEXT]\n\n" \
    "Records a segment: the span [start,end) of the source, in Unicode code\n" \
    "points from 0, coded with CODE by coder C (see: synergist coder add).\n" \
    "--quote finds the span from its text: white space differences are ignored,\n" \
    "case and accents are not. A quote that is not in the source is an error\n" \
    "showing where its longest beginning matches; a quote found more than once is\n" \
    "an error listing each place (then give --start/--end). --memo attaches a memo\n" \
    "to the new segment. Prints the segment id and its span. " CODE_WORDS "\n" \
    "Example:\n" \
    "  synergist code apply --source int011 --code trust --coder ana \\\n" \
    "      --quote \"on se fait confiance\"\n" \
    "  synergist code apply --source int011 --code conflict --coder ben --start 120 --end 188\n" }, \
  { "coder add", cmd_coder_add, CMD_WRITE, "register a coder", \
    "Usage: synergist coder add NAME\n\n" \
    "Segments name the coder who made them; coding by an unregistered coder is\n" \
    "refused, so typing mistakes do not create a second coder.\n\n" \
    "Example:\n  synergist coder add ana\n" }, \
  { "coder list", cmd_coder_list, CMD_STUDY, "list coders with their coding", \
    "Usage: synergist coder list\n\nColumns: coder, segments, sources.\n\n" \
    "Example:\n  synergist coder list\n" }, \
  { "codebook install", cmd_codebook_install, CMD_WRITE, "add the framework's built-in codebook", \
    "Usage: synergist codebook install\n\n" \
    "Adds the codes of the partnership-synergy framework, each with a definition\n" \
    "and an example: determinants (resources, partner characteristics,\n" \
    "relationships among partners, partnership characteristics, external\n" \
    "environment), the four manifestations of synergy, the enabling processes\n" \
    "(interpersonal, operational, system) and the negative and success factors\n" \
    "of partnerships. Codes already present are left as they are, so it can be\n" \
    "run again after renaming or adding codes.\n\n" \
    "Example:\n  synergist codebook install\n" }, \
  { "codebook import", cmd_codebook_import, CMD_WRITE, "add codes from a JSON codebook", \
    "Usage: synergist codebook import FILE.json [--under CODE]\n\n" \
    "FILE.json has the format `codebook export` writes:\n" \
    "  {\"codes\": [{\"name\": ..., \"description\": ..., \"example\": ...,\n" \
    "              \"children\": [...]}]}\n" \
    "Existing codes are kept; every problem is listed and nothing is added (exit 3).\n\n" \
    "Example:\n  synergist codebook import themes.json --under determinants\n" }, \
  { "codebook export", cmd_codebook_export, CMD_STUDY, "write the codebook as JSON", \
    "Usage: synergist codebook export\n\n" \
    "Example:\n  synergist codebook export > codebook.json\n" }, \
  { "memo add", cmd_memo_add, CMD_WRITE, "write a memo", \
    "Usage: synergist memo add (--project | --source NAME | --code CODE | --segment ID)\n" \
    "                        --text TEXT [--by NAME]\n\n" \
    "Memos record analytic thinking: on the whole project, a source, a code or a\n" \
    "segment. --by names the author (default $SYNERGIST_USER, else $USER).\n\n" \
    "Example:\n  synergist memo add --code trust --text \"Trust precedes resource sharing in PCCP\"\n" }, \
  { "memo list", cmd_memo_list, CMD_STUDY, "list memos", \
    "Usage: synergist memo list [--project | --source NAME | --code CODE | --segment ID]\n\n" \
    "Columns: id, kind, target, author, created, text (pseudonymised unless\n" \
    "--names, as source text is: see `synergist help redact`).\n\n" \
    "Example:\n  synergist memo list --code trust\n" }, \
  { "audit", cmd_audit, CMD_STUDY, "print the audit trail of analytic changes", \
    "Usage: synergist audit [--action PREFIX] [--since YYYY-MM-DD]\n\n" \
    "Every change to sources, codes, segments, memos and summaries, in order:\n" \
    "id, at (UTC), who, action, target, before, after, reason. --action keeps\n" \
    "actions starting so (\"code\", \"segment add\"). This is the study's audit\n" \
    "trail of analytic decisions. Set SYNERGIST_USER to record who works.\n" \
    "target, before, after and reason are pseudonymised unless --names.\n\n" \
    "Example:\n  synergist audit --action code --format csv\n" },

#endif
