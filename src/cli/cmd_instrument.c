/*
** cmd_instrument.c: instrument import/list/show/export/remove: survey
** instruments in JSON or REDCap form (survey/instrument.c, survey/redcap.c).
** Handlers and their entries of the command table (aCmd_instrument, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "survey/survey.h"

static int cmd_instrument_import(Cli *p){
  const char *zId = cli_opt(p, "--id");
  int bReplace = cli_flag(p, "--replace");
  cli_args(p, 1, 1);
  Instrument *pInst;
  Sb notes = SB_INIT;
  Err err = ERR_INIT;
  int rc = survey_instrument_import(p->pStore, p->azArg[0], zId, bReplace, &pInst, &notes, &err);
  cli_print_notes(&notes);
  if( rc ) cli_fail(&err);
  printf("instrument %s imported: %d items, %d scales\n", pInst->zId, pInst->nItem, pInst->nScale);
  instrument_free(pInst);
  return EXIT_OK;
}

static int cmd_instrument_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t;
  Err err = ERR_INIT;
  if( survey_instrument_list(p->pStore, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_instrument_show(Cli *p){
  const char *zLang = cli_opt(p, "--lang");
  int bScales = cli_flag(p, "--scales");
  cli_args(p, 1, 1);
  Table *t;
  Err err = ERR_INIT;
  if( survey_instrument_show(p->pStore, p->azArg[0], zLang, bScales, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_instrument_export(Cli *p){
  int bRedcap = cli_flag(p, "--redcap");
  const char *zLang = cli_opt(p, "--lang");
  const char *zOut = cli_opt(p, "--output");
  cli_args(p, 1, 1);
  char *zText;
  size_t nText;
  Err err = ERR_INIT;
  if( survey_instrument_export(p->pStore, p->azArg[0], bRedcap, zLang, &zText, &nText, &err) ) cli_fail(&err);
  FILE *out = zOut ? fopen(zOut, "wb") : stdout;
  if( !out ){ free(zText); fatal(EXIT_FAIL, "cannot write %s: %m", zOut); }
  fwrite(zText, 1, nText, out);
  free(zText);
  if( zOut && fclose(out)!=0 ) fatal(EXIT_FAIL, "cannot write %s: %m", zOut);
  return EXIT_OK;
}

static int cmd_instrument_remove(Cli *p){
  cli_args(p, 1, 1);
  Err err = ERR_INIT;
  if( survey_instrument_remove(p->pStore, p->azArg[0], &err) ) cli_fail(&err);
  printf("instrument %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

const CmdEntry aCmd_instrument[] = {
  { "instrument export", cmd_instrument_export, CMD_STUDY, "write an instrument as JSON or a REDCap dictionary",
    "Usage: synergist instrument export ID [--redcap] [--lang en|fr] [--output FILE]\n\n"
    "Writes the instrument in the native JSON format (docs/instrument-format.md),\n"
    "or with --redcap as a REDCap data dictionary (CSV) with one radio field\n"
    "per item, labels in --lang (default en), and scale membership, reverse\n"
    "keying and the not-applicable code as @SYNERGIST-* field annotations.\n"
    "Works for the built-in instruments too.\n\n"
    "Example:\n  synergist instrument export psf --redcap --lang fr --output psf_dictionary.csv\n" },
  { "instrument import", cmd_instrument_import, CMD_WRITE, "add an instrument from JSON or a REDCap dictionary",
    "Usage: synergist instrument import FILE [--id ID] [--replace]\n\n"
    "FILE is a synergist instrument (JSON) or a REDCap data dictionary (CSV,\n"
    "recognised by its header row). From REDCap, radio, dropdown, yesno and\n"
    "truefalse fields become items; other fields (text, notes, descriptive,\n"
    "calc, ...) are skipped with a note. Field annotations carry\n"
    "@SYNERGIST-SCALE=<scale id> (repeatable), @SYNERGIST-REVERSE and\n"
    "@SYNERGIST-NA=<code>; scales are created from them. --id defaults to the\n"
    "file's base name (REDCap) or the file's own id (JSON). --replace changes\n"
    "an instrument that has no answers yet. Every problem is listed as\n"
    "FILE:LINE:COLUMN (exit 3) and nothing is imported.\n\n"
    "Example:\n  synergist instrument import our_survey.json\n"
    "  synergist instrument import REDCap_DataDictionary.csv --id pulse\n" },
  { "instrument list", cmd_instrument_list, CMD_STUDY, "list instruments (the study's and built-in)",
    "Usage: synergist instrument list [--format text|csv|json]\n\n"
    "Columns: instrument, title, source (json, redcap, built-in), items,\n"
    "responses (answer sets imported). The built-in \"psf\" (partnership\n"
    "synergy and functioning) is always available; it is copied into the\n"
    "study when answers to it are first imported.\n\n"
    "Example:\n  synergist instrument list\n" },
  { "instrument remove", cmd_instrument_remove, CMD_WRITE, "remove an instrument without answers",
    "Usage: synergist instrument remove ID\n\n"
    "Refused (exit 1) while answers refer to it.\n\n"
    "Example:\n  synergist instrument remove pulse\n" },
  { "instrument show", cmd_instrument_show, CMD_STUDY, "list an instrument's items or scales",
    "Usage: synergist instrument show ID [--scales] [--lang en|fr] [--format text|csv|json]\n\n"
    "Items: item, label, min, max, na (not-applicable code), reverse, scales.\n"
    "With --scales: scale, label, scoring (mean or count), items, bands.\n\n"
    "Example:\n  synergist instrument show psf --scales --lang fr\n" },
  {0,0,0,0,0}
};
