/*
** cmd_qdpx.c: qdpx export/import: REFI-QDA projects (qual/qdpx_*.c).
** Handlers and their entries of the command table (aCmd_qdpx, help text beside
** each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include "cli/cli.h"
#include "qual/qdpx.h"
#include "util/i18n.h"

static int cmd_qdpx_export(Cli *p){
  cli_args(p, 1, -1);
  const char *zFile = p->azArg[0];
  QdpxCounts c;
  Err err = ERR_INIT;
  if( qual_qdpx_export(p->pStore, zFile, (const char*const*)p->azArg+1, p->nArg-1, p->bNames, &c, &err) ){
    cli_fail(&err);
  }
  printf(_("%s: %d sources, %d segments, %d codes, %d users, %d notes, %d cases\n"),
         zFile, c.nSource, c.nSegment, c.nCode, c.nUser, c.nNote, c.nCase);
  return EXIT_OK;
}

static int cmd_qdpx_import(Cli *p){
  const char *zPart = cli_opt(p, "--partnership");
  const char *zMap = cli_opt(p, "--coder-map");
  cli_args(p, 1, 1);
  QdpxCounts c;
  ErrList warn = ERRLIST_INIT;
  Err err = ERR_INIT;
  int rc = qual_qdpx_import(p->pStore, p->azArg[0], zPart, zMap, &c, &warn, &err);
  errlist_print_as(&warn, "warning", stderr);
  errlist_free(&warn);
  if( rc ) cli_fail(&err);
  printf(_("%s: %d sources, %d segments, %d span memos, %d notes, %d cases; "
           "%d codes (%d new), %d coders new, %d members new\n"),
         p->azArg[0], c.nSource, c.nSegment, c.nSpanMemo, c.nNote, c.nCase,
         c.nCode, c.nCodeNew, c.nCoderNew, c.nMemberNew);
  return EXIT_OK;
}

const CmdEntry aCmd_qdpx[] = {
  { "qdpx export", cmd_qdpx_export, CMD_STUDY, "write a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA",
    "Usage: synergist qdpx export FILE.qdpx [PARTNERSHIP...]\n\n"
    "Writes the study (or the sources of the partnerships named) as a REFI-QDA\n"
    "project (QDA-XML 1.0, valid against Project-mrt2019.xsd) that NVivo,\n"
    "ATLAS.ti, MAXQDA and QualCoder import: the codebook (with colours;\n"
    "description and example in the description), coders and memo authors as\n"
    "users, each source as UTF-8 plain text with its kind, language and date as\n"
    "variables, each segment as a selection in code points with one coding by\n"
    "its coder, memos as notes on the project, a source, a code or a selection,\n"
    "interviewees as cases (pseudonymous id, stakeholder group, organisation,\n"
    "attributes). GUIDs are stable: the same study gives the same GUIDs every\n"
    "time. Source texts and memos are pseudonymised unless --names, the\n"
    "selections following the pseudonymised text.\n\n"
    "Example:\n  synergist qdpx export pccp.qdpx PCCP\n"
    "  synergist --names qdpx export whole-study.qdpx\n" },
  { "qdpx import", cmd_qdpx_import, CMD_WRITE, "read a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA",
    "Usage: synergist qdpx import FILE.qdpx --partnership P [--coder-map FILE.csv]\n\n"
    "Reads the project's codebook (merged by path: a code already in the study\n"
    "keeps its identity), users (as coders; --coder-map FILE.csv with columns\n"
    "user,coder renames them), text sources (their plain text in the archive;\n"
    "for .docx sources the plain text the archive carries), coded selections,\n"
    "notes (also NVivo's notes kept in separate files) and the descriptions of\n"
    "sources and of the project as memos, cases and their variables (a case\n"
    "becomes a member of P). Positions are read as the producer counted them\n"
    "(the origin attribute): NVivo counts UTF-16 code units and CRLF as 2,\n"
    "ATLAS.ti and MAXQDA count CRLF as 1, others count code points; each\n"
    "selection is mapped onto the stored (NFC) text so it holds the characters\n"
    "the producer showed.\n"
    "A byte-order mark is not text. A selection without a coding becomes a memo\n"
    "on its span. Two sources with the same name get distinct names (warning).\n"
    "A damaged archive, invalid XML or XML the QDA-XML schema refuses, a GUID\n"
    "referred to but not defined, a text that is not UTF-8, a position outside\n"
    "its source or a selection that cannot be mapped: every problem is listed\n"
    "with its place and nothing is imported (exit 3). What is carried and what\n"
    "is not: docs/qualitative.md.\n\n"
    "Example:\n  synergist qdpx import nvivo-project.qdpx --partnership PCCP --coder-map coders.csv\n" },
  {0,0,0,0,0}
};
