/*
** cmd_source.c: source import/list/show/remove: documents of the qualitative
** study (the work in qual/source_import.c and qual/source_run.c).
** Handlers and their entries of the command table (aCmd_source, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "qual/coding_run.h"
#include "qual/source_import.h"

static int cmd_source_import(Cli *p){
  SourceImportOpts o = {0};
  o.zPartnership = cli_opt(p, "--partnership");
  o.zKind = cli_opt(p, "--kind");
  o.zParticipant = cli_opt(p, "--participant");
  o.zLanguage = cli_opt(p, "--language");
  o.zDate = cli_opt(p, "--date");
  o.zName = cli_opt(p, "--name");
  cli_args(p, 1, -1);
  o.azFile = (const char *const*)p->azArg;
  o.nFile = p->nArg;
  SourceImportResult res;
  Err err = ERR_INIT;
  int rc = qual_source_import(p->pStore, &o, &res, &err);
  for(int i=0; i<res.n; i++){
    const SourceImported *s = &res.a[i];
    printf("source %s imported (%s, %lld characters)\n", s->zName, o.zKind, (long long)s->nCp);
    if( s->bNameWarn ){
      warn("source name '%s' holds a name to pseudonymise; source names are printed as they are "
           "(remove it and import again with --name NEUTRAL)", s->zName);
    }
  }
  source_import_result_clear(&res);
  if( rc ) cli_fail(&err);
  return EXIT_OK;
}

static int cmd_source_list(Cli *p){
  const char *zPart = cli_opt(p, "--partnership");
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( qual_source_list(p->pStore, zPart, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_source_show(Cli *p){
  SourceShowOpts o = {0};
  o.iStart = cli_opt_int(p, "--start", 0);
  o.iEnd = cli_opt_int(p, "--end", -1);
  o.bParagraphs = cli_flag(p, "--paragraphs");
  cli_args(p, 1, 1);
  o.zName = p->azArg[0];
  o.bNames = p->bNames;
  char *zText;
  Table *t;
  Err err = ERR_INIT;
  if( qual_source_show(p->pStore, &o, &zText, &t, &err) ) cli_fail(&err);
  if( t ) cli_print_table(p, t);
  else printf("%s\n", zText);
  free(zText);
  return EXIT_OK;
}

static int cmd_source_remove(Cli *p){
  const char *zReason = cli_opt(p, "--reason");
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( qual_source_remove(p->pStore, p->azArg[0], zReason, &err) ) cli_fail(&err);
  printf("source %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

const CmdEntry aCmd_source[] = {
  { "source import", cmd_source_import, CMD_WRITE, "import transcripts, field notes and documents",
    "Usage: synergist source import FILE... --partnership P --kind interview|fieldnotes|document\n"
    "                        [--participant PID] [--language en|fr] [--date YYYY-MM-DD]\n"
    "                        [--name NAME]\n\n"
    "Reads .txt and .md (UTF-8), .docx and .odt files. Paragraphs, headings and\n"
    "speaker turns become lines of text; the text is stored once, NFC-normalised,\n"
    "and never changes, so positions of coded segments (Unicode code points from\n"
    "0, half-open [start,end), as REFI-QDA counts) stay valid. A source is named\n"
    "by its file's base name without extension unless --name is given (one file\n"
    "only). --participant links an interview to the member interviewed (their\n"
    "pseudonymous id in partnership P). --language is en (default) or fr.\n"
    "Every problem in every file (not UTF-8, corrupt .docx, name taken) is\n"
    "listed with its position, and then nothing is imported (exit 3). Source\n"
    "names are printed as they are: a warning says when one holds a member's\n"
    "name or a word of it (remove the source and import it with a neutral --name).\n\n"
    "Example:\n"
    "  synergist source import int011.docx --partnership PCCP --kind interview \\\n"
    "      --participant 011 --language fr --date 2018-03-14\n" },
  { "source list", cmd_source_list, CMD_STUDY, "list the sources",
    "Usage: synergist source list [--partnership P]\n\n"
    "Columns: name, partnership, kind, participant (pseudonymous id), language,\n"
    "date, characters (code points), segments.\n\n"
    "Example:\n  synergist source list --partnership CHRP --format csv\n" },
  { "source show", cmd_source_show, CMD_STUDY, "print a source's text (pseudonymised)",
    "Usage: synergist source show NAME [--start N] [--end N] [--paragraphs]\n\n"
    "Prints the text of source NAME, or the part [start,end) in code points.\n"
    "Real names and the terms of `synergist redact term list` are replaced by\n"
    "pseudonyms unless --names is given (which also keeps positions exact).\n"
    "--paragraphs lists the paragraphs as rows paragraph,start,end,text instead.\n\n"
    "Example:\n  synergist source show int011 --start 120 --end 300\n" },
  { "source remove", cmd_source_remove, CMD_WRITE, "remove a source with its coding",
    "Usage: synergist source remove NAME [--reason TEXT]\n\n"
    "Removes the source, its segments and memos; the audit trail records it.\n\n"
    "Example:\n  synergist source remove int011 --reason \"withdrew consent\"\n" },
  {0,0,0,0,0}
};
