/*
** cmd_source.h: the source and pseudonymisation commands (handlers in
** cmd_source.c and cmd_redact.c). Their entries of the command table, with
** the help text, are the macro CMD_SOURCE_ENTRIES, placed in aCmd_qual
** (cmd_qual.c).
*/
#ifndef SYN_CMD_SOURCE_H
#define SYN_CMD_SOURCE_H
#include "cli/cli.h"

int cmd_source_import(Cli*);
int cmd_source_list(Cli*);
int cmd_source_show(Cli*);
int cmd_source_remove(Cli*);
int cmd_redact(Cli*);
int cmd_redact_term_add(Cli*);
int cmd_redact_term_list(Cli*);
int cmd_redact_term_remove(Cli*);

#define CMD_SOURCE_ENTRIES \
  { "source import", cmd_source_import, CMD_WRITE, "import transcripts, field notes and documents", \
    "Usage: synergist source import FILE... --partnership P --kind interview|fieldnotes|document\n" \
    "                        [--participant PID] [--language en|fr] [--date YYYY-MM-DD]\n" \
    "                        [--name NAME]\n\n" \
    "Reads .txt and .md (UTF-8), .docx and .odt files. Paragraphs, headings and\n" \
    "speaker turns become lines of text; the text is stored once, NFC-normalised,\n" \
    "and never changes, so positions of coded segments (Unicode code points from\n" \
    "0, half-open [start,end), as REFI-QDA counts) stay valid. A source is named\n" \
    "by its file's base name without extension unless --name is given (one file\n" \
    "only). --participant links an interview to the member interviewed (their\n" \
    "pseudonymous id in partnership P). --language is en (default) or fr.\n" \
    "Every problem in every file (not UTF-8, corrupt .docx, name taken) is\n" \
    "listed with its position, and then nothing is imported (exit 3). Source\n" \
    "names are printed as they are: a warning says when one holds a member's\n" \
    "name or a word of it (remove the source and import it with a neutral --name).\n\n" \
    "Example:\n" \
    "  synergist source import int011.docx --partnership PCCP --kind interview \\\n" \
    "      --participant 011 --language fr --date 2018-03-14\n" }, \
  { "source list", cmd_source_list, CMD_STUDY, "list the sources", \
    "Usage: synergist source list [--partnership P]\n\n" \
    "Columns: name, partnership, kind, participant (pseudonymous id), language,\n" \
    "date, characters (code points), segments.\n\n" \
    "Example:\n  synergist source list --partnership CHRP --format csv\n" }, \
  { "source show", cmd_source_show, CMD_STUDY, "print a source's text (pseudonymised)", \
    "Usage: synergist source show NAME [--start N] [--end N] [--paragraphs]\n\n" \
    "Prints the text of source NAME, or the part [start,end) in code points.\n" \
    "Real names and the terms of `synergist redact term list` are replaced by\n" \
    "pseudonyms unless --names is given (which also keeps positions exact).\n" \
    "--paragraphs lists the paragraphs as rows paragraph,start,end,text instead.\n\n" \
    "Example:\n  synergist source show int011 --start 120 --end 300\n" }, \
  { "source remove", cmd_source_remove, CMD_WRITE, "remove a source with its coding", \
    "Usage: synergist source remove NAME [--reason TEXT]\n\n" \
    "Removes the source, its segments and memos; the audit trail records it.\n\n" \
    "Example:\n  synergist source remove int011 --reason \"withdrew consent\"\n" }, \
  { "redact", cmd_redact, CMD_STUDY, "write pseudonymised copies of sources", \
    "Usage: synergist redact --out DIR [--source NAME] [--partnership P]\n\n" \
    "Writes DIR/NAME.txt for every source (or the ones chosen) with each member's\n" \
    "real name replaced by their pseudonymous id in brackets (\"[011]\") and each\n" \
    "term of `synergist redact term list` replaced by its pseudonym. Matching\n" \
    "takes whole words only (Unicode letters and digits) and lets any white\n" \
    "space match, and any apostrophe any other (\"O'Neil\", \"O\xE2\x80\x99Neil\").\n" \
    "Terms and full names match in any case. Each word of a real\n" \
    "name is also replaced alone (\"Dr Tremblay said\"), and each piece of a\n" \
    "hyphenated one, in its exact case as written with a capital first, in\n" \
    "title case and in capitals (\"Tremblay\", \"TREMBLAY\"; not \"tremblay\");\n" \
    "words of one letter, titles (Dr, Mme, Prof...) and particles in any case\n" \
    "(\"de\", \"La\", \"van\") are left out. A name or word shared by members with\n" \
    "different ids becomes \"[name]\", never one member's id. The same\n" \
    "replacement applies to every text printed or exported without --names:\n" \
    "sources, quotes, search contexts, summaries, memos, the audit trail.\n" \
    "`synergist --names redact term list` shows every term. Prints one line\n" \
    "per file written, then the number of replacements.\n\n" \
    "Example:\n  synergist redact --out shared/ --partnership PCCP\n" }, \
  { "redact term add", cmd_redact_term_add, CMD_WRITE, "add a term to pseudonymise", \
    "Usage: synergist redact term add TERM --as PSEUDONYM\n\n" \
    "Adds (or changes) a term replaced everywhere text is exported or reported:\n" \
    "place names, organisations, people who are not members. Members' real\n" \
    "names are always replaced and need no term.\n\n" \
    "Example:\n  synergist redact term add \"Saint-Lambert clinic\" --as \"[clinic A]\"\n" }, \
  { "redact term list", cmd_redact_term_list, CMD_STUDY, "list the terms to pseudonymise", \
    "Usage: synergist redact term list\n\n" \
    "Columns: term, replacement, kind (term: an extra term, any case; name: a\n" \
    "member's full real name, any case; name part: a word of a name, exact\n" \
    "case; see `synergist help redact`). Names and their parts are listed only\n" \
    "with the global --names; without it a note says how many were left out.\n\n" \
    "Example:\n  synergist redact term list --format csv\n" }, \
  { "redact term remove", cmd_redact_term_remove, CMD_WRITE, "remove a term to pseudonymise", \
    "Usage: synergist redact term remove TERM\n\n" \
    "Example:\n  synergist redact term remove \"Saint-Lambert clinic\"\n" },

#endif
