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
#include "store/st_survey.h"
#include "survey/redcap.h"
#include "survey/survey.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* Load instrument zCode from the study or the built-ins, or die. Caller frees. */
Instrument *load_or_die(Cli *p, const char *zCode){
  Instrument *pInst = NULL;
  int64_t id;
  char *zErr = NULL;
  int rc = survey_instrument_load(p->pStore, zCode, 0, &pInst, &id, &zErr);
  if( rc ) fatal(rc==STORE_NOTFOUND ? EXIT_FAIL : EXIT_INTERNAL, "%s", zErr);
  return pInst;
}

/* --lang: en (default) or fr. */
static const char *lang_opt(Cli *p){
  const char *z = cli_opt(p, "--lang");
  if( z && strcmp(z, "en")!=0 && strcmp(z, "fr")!=0 ) fatal(EXIT_USAGE, "--lang must be en or fr, not '%s'", z);
  return z ? z : "en";
}

static int cmd_instrument_import(Cli *p){
  const char *zId = cli_opt(p, "--id");
  int bReplace = cli_flag(p, "--replace");
  cli_args(p, 1, 1);
  ErrList err = ERRLIST_INIT;
  Instrument *pInst = NULL;
  survey_instrument_read(p->azArg[0], zId, &pInst, &err);
  fatal_if_errors(&err);
  const char *zSource = strstr(p->azArg[0], ".json") ? "json" : "redcap";
  char *zJson = instrument_to_json(pInst);
  int rc = st_instrument_put(p->pStore, pInst->zId, inst_text(&pInst->title, "en"), zSource,
                             pInst->nItem, zJson, bReplace);
  free(zJson);
  if( rc ){ instrument_free(pInst); fatal_store(p, rc); }
  printf("instrument %s imported: %d items, %d scales\n", pInst->zId, pInst->nItem, pInst->nScale);
  instrument_free(pInst);
  return EXIT_OK;
}

static int cmd_instrument_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "instrument,title,source,items,responses");
  int rc = st_instrument_list(p->pStore, t);
  if( rc ) fatal_store(p, rc);
  /* Built-ins the study has not used yet. */
  for(const char *const *az = instrument_builtin_ids(); *az; az++){
    int bHave = 0;
    for(int r=0; r<t->nRow; r++){
      char *z = table_cell_str(t, r, 0);
      if( strcmp(z, *az)==0 ) bHave = 1;
      free(z);
    }
    if( bHave ) continue;
    Instrument *pInst = load_or_die(p, *az);
    int r = table_row(t);
    table_text(t, r, 0, *az);
    table_text(t, r, 1, inst_text(&pInst->title, "en"));
    table_text(t, r, 2, "built-in");
    table_int(t, r, 3, pInst->nItem);
    table_int(t, r, 4, 0);
    instrument_free(pInst);
  }
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_instrument_show(Cli *p){
  const char *zLang = lang_opt(p);
  int bScales = cli_flag(p, "--scales");
  cli_args(p, 1, 1);
  Instrument *pInst = load_or_die(p, p->azArg[0]);
  Table *t;
  if( bScales ){
    t = table_newc(NULL, "scale,label,scoring,items,bands");
    for(int j=0; j<pInst->nScale; j++){
      const InstScale *s = &pInst->aScale[j];
      int r = table_row(t);
      table_text(t, r, 0, s->zId);
      table_text(t, r, 1, inst_text(&s->label, zLang));
      table_text(t, r, 2, s->eScoring==SCORE_COUNT ? "count" : "mean");
      Sb b = SB_INIT;
      for(int m=0; m<s->nItem; m++) sb_printf(&b, "%s%s", m ? " " : "", pInst->aItem[s->aiItem[m]].zId);
      table_text(t, r, 3, sb_str(&b));
      sb_reset(&b);
      const InstBand *a = s->nBand ? s->aBand : pInst->aBand;
      int n = s->nBand ? s->nBand : pInst->nBand;
      for(int i=0; s->eScoring==SCORE_MEAN && i<n; i++) sb_printf(&b, "%s%s %.1f-%.1f", i ? ", " : "", a[i].zBand, a[i].rMin, a[i].rMax);
      table_text(t, r, 4, sb_str(&b));
      sb_free(&b);
    }
  }else{
    t = table_newc(NULL, "item,label,min,max,na,reverse,scales");
    for(int i=0; i<pInst->nItem; i++){
      const InstItem *it = &pInst->aItem[i];
      const InstResp *rs = &pInst->aResp[it->iResp];
      int r = table_row(t);
      table_text(t, r, 0, it->zId);
      table_text(t, r, 1, inst_text(&it->label, zLang));
      table_int(t, r, 2, rs->iMin);
      table_int(t, r, 3, rs->iMax);
      if( rs->bNa ) table_int(t, r, 4, rs->iNa);
      table_text(t, r, 5, it->bReverse ? "yes" : "no");
      Sb b = SB_INIT;
      for(int k=0; k<it->nScale; k++) sb_printf(&b, "%s%s", k ? " " : "", pInst->aScale[it->aiScale[k]].zId);
      table_text(t, r, 6, sb_str(&b));
      sb_free(&b);
    }
  }
  instrument_free(pInst);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_instrument_export(Cli *p){
  int bRedcap = cli_flag(p, "--redcap");
  const char *zLang = lang_opt(p);
  const char *zOut = cli_opt(p, "--output");
  cli_args(p, 1, 1);
  Instrument *pInst = load_or_die(p, p->azArg[0]);
  FILE *out = zOut ? fopen(zOut, "wb") : stdout;
  if( !out ){ instrument_free(pInst); fatal(EXIT_FAIL, "cannot write %s: %m", zOut); }
  if( bRedcap ){
    redcap_write_dictionary(pInst, zLang, out);
  }else{
    char *z = instrument_to_json(pInst);
    fputs(z, out);
    free(z);
  }
  instrument_free(pInst);
  if( zOut && fclose(out)!=0 ) fatal(EXIT_FAIL, "cannot write %s: %m", zOut);
  return EXIT_OK;
}

static int cmd_instrument_remove(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_instrument_remove(p->pStore, p->azArg[0]);
  if( rc ) fatal_store(p, rc);
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
    "Examples:\n  synergist instrument import our_survey.json\n"
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
