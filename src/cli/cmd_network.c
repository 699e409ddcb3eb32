/*
** cmd_network.c: network import/export/list/metrics/mismatches/change/map:
** collaboration ties and their figures (network/network_run.c).
** Handlers and their entries of the command table (aCmd_network, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "network/network_run.h"

/* The partnerships named and --wave as a query (after cli_args()). */
static NetQuery net_query(Cli *p, const char *zWave){
  NetQuery q = { p->nArg, p->azArg, zWave };
  return q;
}

/* --level organisation|member: 1 for member. */
static int level_opt(Cli *p){
  const char *z = cli_opt(p, "--level");
  if( !z || strcmp(z, "organisation")==0 || strcmp(z, "organization")==0 ) return 0;
  if( strcmp(z, "member")==0 ) return 1;
  fatal(EXIT_USAGE, "--level must be organisation or member, not '%s'", z);
}

static int cmd_network_import(Cli *p){
  int bReplace = cli_flag(p, "--replace");
  cli_args(p, 1, 1);
  int n, nCleared;
  Err err = ERR_INIT;
  if( net_import(p->pStore, p->azArg[0], bReplace, &n, &nCleared, &err) ) cli_fail(&err);
  if( bReplace ) printf("%d ties imported from %s (%d replaced)\n", n, p->azArg[0], nCleared);
  else printf("%d ties imported from %s\n", n, p->azArg[0]);
  return EXIT_OK;
}

static int tie_listing(Cli *p, int bExport){
  const char *zWave = cli_opt(p, "--wave");
  cli_args(p, 0, 1);
  NetQuery q = net_query(p, zWave);
  Table *t;
  Err err = ERR_INIT;
  if( net_ties(p->pStore, &q, !bExport, &t, &err) ) cli_fail(&err);
  if( bExport && p->fmt==FMT_TEXT ) p->fmt = FMT_CSV;
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_network_list(Cli *p){ return tie_listing(p, 0); }

static int cmd_network_export(Cli *p){ return tie_listing(p, 1); }

/* Row r of t as a JSON object (numbers stay numbers, empty cells null). */
static json_t *row_json(const Table *t, int r){
  json_t *o = json_object();
  for(int j=0; j<t->nCol; j++){
    const Cell *c = table_cell(t, r, j);
    json_t *v;
    switch( c->t ){
      case CELL_INT: v = json_integer(c->i); break;
      case CELL_REAL: { char *z = table_cell_str(t, r, j); v = json_real(atof(z)); free(z); break; }
      case CELL_TEXT: v = strcmp(c->z, "true")==0 ? json_true() : strcmp(c->z, "false")==0 ? json_false() : json_string(c->z); break;
      default: v = json_null();
    }
    json_object_set_new(o, t->azCol[j], v);
  }
  return o;
}

static int cmd_network_metrics(Cli *p){
  const char *zWave = cli_opt(p, "--wave");
  int bMember = level_opt(p);
  int bNodes = cli_flag(p, "--nodes");
  cli_args(p, 0, -1);
  NetQuery q = net_query(p, zWave);
  /* The per-node table only when it is printed (--nodes, JSON). */
  Table *tG, *tN;
  Err err = ERR_INIT;
  if( net_metrics(p->pStore, &q, bMember, bNodes || p->fmt==FMT_JSON, &tG, &tN, &err) ) cli_fail(&err);
  if( p->fmt==FMT_JSON ){
    json_t *a = json_array();
    for(int r=0, k=0; r<tG->nRow; r++){
      json_t *o = row_json(tG, r);
      json_t *aN = json_array();
      const char *zP = table_cell(tG, r, 0)->z, *zW = table_cell(tG, r, 1)->z;
      for(; k<tN->nRow && strcmp(table_cell(tN, k, 0)->z, zP)==0 && strcmp(table_cell(tN, k, 1)->z, zW)==0; k++){
        json_t *v = row_json(tN, k);
        json_object_del(v, "partnership"); json_object_del(v, "wave");
        json_array_append_new(aN, v);
      }
      json_object_set_new(o, "nodes_detail", aN);
      json_array_append_new(a, o);
    }
    json_dumpf(a, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    fputc('\n', stdout);
    json_decref(a);
    table_free(tG); table_free(tN);
  }else if( bNodes ){
    table_free(tG);
    cli_print_table(p, tN);
  }else{
    table_free(tN);
    cli_print_table(p, tG);
  }
  return EXIT_OK;
}

static int cmd_network_mismatches(Cli *p){
  const char *zWave = cli_opt(p, "--wave");
  int nGap = (int)cli_opt_int(p, "--gap", 2);
  cli_args(p, 0, -1);
  NetQuery q = net_query(p, zWave);
  Table *t;
  Err err = ERR_INIT;
  if( net_mismatches(p->pStore, &q, nGap, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_network_synergy(Cli *p){
  const char *zWave = cli_opt(p, "--wave");
  const char *zInst = cli_opt(p, "--instrument"), *zScale = cli_opt(p, "--scale");
  int bMember = level_opt(p);
  cli_args(p, 0, -1);
  NetQuery q = net_query(p, zWave);
  Table *t;
  Err err = ERR_INIT;
  if( net_synergy(p->pStore, &q, zInst, zScale, bMember, &t, &err) ) cli_fail(&err);
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_network_change(Cli *p){
  const char *zFrom = cli_opt(p, "--from"), *zTo = cli_opt(p, "--to");
  int bDetail = cli_flag(p, "--detail");
  cli_args(p, 1, 1);
  Table *tF, *tC;
  Err err = ERR_INIT;
  if( net_change(p->pStore, p->azArg[0], zFrom, zTo, &tF, &tC, &err) ) cli_fail(&err);
  if( p->fmt==FMT_JSON ){
    json_t *o = json_object(), *aF = json_array(), *aC = json_array();
    for(int r=0; r<tF->nRow; r++) json_array_append_new(aF, row_json(tF, r));
    for(int r=0; r<tC->nRow; r++) json_array_append_new(aC, row_json(tC, r));
    json_object_set_new(o, "figures", aF);
    json_object_set_new(o, "changes", aC);
    json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    fputc('\n', stdout);
    json_decref(o);
    table_free(tF); table_free(tC);
  }else if( bDetail ){
    table_free(tF);
    cli_print_table(p, tC);
  }else if( p->fmt==FMT_CSV ){
    table_free(tC);
    cli_print_table(p, tF);
  }else{
    cli_print_table(p, tF);
    printf("\n");
    cli_print_table(p, tC);
  }
  return EXIT_OK;
}

static int cmd_network_map(Cli *p){
  const char *zWave = cli_opt(p, "--wave"), *zTo = cli_opt(p, "--to"), *zOut = cli_opt(p, "--output");
  cli_args(p, 1, 1);
  char *z;
  Err err = ERR_INIT;
  if( net_map(p->pStore, p->azArg[0], zWave, zTo, &z, &err) ) cli_fail(&err);
  FILE *out = zOut ? fopen(zOut, "wb") : stdout;
  if( !out ){ free(z); fatal(EXIT_FAIL, "cannot write %s", zOut); }
  fputs(z, out);
  free(z);
  if( zOut && fclose(out) ) fatal(EXIT_FAIL, "cannot write %s", zOut);
  if( zOut ) printf("map written to %s\n", zOut);
  return EXIT_OK;
}

const CmdEntry aCmd_network[] = {
  { "network import", cmd_network_import, CMD_WRITE, "import collaboration ties from CSV",
    "Usage: synergist network import FILE.csv [--replace]\n\n"
    "One row per respondent and organisation named, in a wave. Required columns:\n"
    "partnership, wave, respondent (a member id of that partnership), organisation\n"
    "(an organisation of the study represented in the partnership when the wave\n"
    "opened), collaboration (0 none, 1 networking, 2 cooperation, 3 coordination,\n"
    "4 coalition, 5 collaboration; Frey et al. 2006). Optional: frequency (0 never\n"
    "to 5 daily), trust_reliable, trust_mission, trust_open, value_power,\n"
    "value_involvement, value_resources (1 to 4, PARTNER's trust and value\n"
    "dimensions; empty when not answered).\n\n"
    "All or nothing: every problem is listed as FILE:LINE:FIELD (exit 3): unknown\n"
    "partnership, wave, member or organisation, a member naming their own\n"
    "organisation, a value out of range, a repeated pair, a tie already imported.\n"
    "--replace first removes the ties of every wave the file names.\n\n"
    "Members can answer the same questions on their survey link (synergist\n"
    "serve: /s/TOKEN/network); their answers are checked by the same rules and\n"
    "are the same data.\n\n"
    "Example:\n  synergist network import ties.csv\n" },
  { "network synergy", cmd_network_synergy, CMD_STUDY, "synergy of core and peripheral organisations",
    "Usage: synergist network synergy [PARTNERSHIP...] [--wave W] [--instrument ID] [--scale S]\n"
    "                                [--level organisation|member] [--format text|csv|json]\n\n"
    "For each wave with ties and survey answers: the synergy scores (instrument\n"
    "psf, scale synergy by default) of the members linked to the roster, split by\n"
    "their organisation's place in that wave's network: core (the main k-core:\n"
    "coreness equal to the network's highest, above 0, as network change) or\n"
    "periphery (the others, isolates included). Each side's n, mean and 95% CI,\n"
    "and difference = periphery minus core with Welch's 95% CI. Both sides are\n"
    "withheld (note suppressed) unless the wave's synergy cell is shown, each side\n"
    "has suppress_min scores, and the scores left out (unlinked members) are 0\n"
    "or at least suppress_min. The report and the workbook (sheet network_synergy)\n"
    "show the same figures.\n\n"
    "A --wave that no partnership named has is an error (exit 1), here and in\n"
    "network list, export, metrics and mismatches.\n\n"
    "Example:\n  synergist network synergy PCCP --format csv\n" },
  { "network export", cmd_network_export, CMD_STUDY, "write the ties as CSV (the import columns)",
    "Usage: synergist network export [PARTNERSHIP] [--wave W] [--format csv|json]\n\n"
    "Writes the columns network import reads; export then import --replace\n"
    "gives the same ties.\n\n"
    "Example:\n  synergist network export PCCP > ties.csv\n" },
  { "network list", cmd_network_list, CMD_STUDY, "list the ties",
    "Usage: synergist network list [PARTNERSHIP] [--wave W] [--format text|csv|json]\n\n"
    "One row per tie as answered (imported or on the web survey), with the\n"
    "respondent's organisation. A --wave the partnership does not have: exit 1.\n\n"
    "Example:\n  synergist network list CHRP --wave baseline\n" },
  { "network metrics", cmd_network_metrics, CMD_STUDY, "network figures per partnership and wave",
    "Usage: synergist network metrics [PARTNERSHIP...] [--wave W] [--level organisation|member]\n"
    "       [--nodes] [--format text|csv|json]\n\n"
    "Nodes are the organisations represented when the wave opened (or members,\n"
    "with --level member). A directed tie A -> B: a respondent of A names B with\n"
    "collaboration 1 or more (several respondents: the highest level, the mean of\n"
    "each rating). The undirected view has a tie when either side reports one.\n"
    "Figures (computed with igraph): nodes, ties (undirected), density,\n"
    "degree_centralization (normalised, undirected), reciprocity (directed),\n"
    "transitivity (global), components, largest_component_share, mean_distance\n"
    "(within components), trust_score and value_score (mean rating of the rated\n"
    "ties as a percentage of 4), mean_collaboration (mean level of the directed ties).\n"
    "--nodes lists each node instead: degree, in_degree, out_degree, betweenness\n"
    "(undirected, raw), articulation (its loss disconnects others), coreness,\n"
    "relative_connectivity (degree as a % of the best connected), trust and value\n"
    "as rated by the others (1 to 4; empty with fewer raters than suppress_min)\n"
    "and raters. JSON gives both: each network with its nodes under nodes_detail.\n\n"
    "Example:\n  synergist network metrics PCCP --format json\n"
    "  synergist network metrics CHRP --wave baseline --nodes\n" },
  { "network mismatches", cmd_network_mismatches, CMD_STUDY, "pairs that rate their collaboration differently",
    "Usage: synergist network mismatches [PARTNERSHIP...] [--wave W] [--gap N] [--format text|csv|json]\n\n"
    "Pairs of organisations that both answered and rate their collaboration with\n"
    "each other N or more levels apart (default 2; not naming the other is 0).\n"
    "These are where a conversation is needed.\n\n"
    "Example:\n  synergist network mismatches PCCP\n" },
  { "network change", cmd_network_change, CMD_STUDY, "how a network changed between two waves",
    "Usage: synergist network change PARTNERSHIP --from W1 --to W2 [--detail] [--format text|csv|json]\n\n"
    "The figures before and after (nodes, ties, density, degree centralization,\n"
    "reciprocity, components, largest component share, mean collaboration), then\n"
    "each change: organisations that joined or left, ties gained and lost (with\n"
    "the pair's level before and after), organisations that moved between the\n"
    "core and the periphery (the core: the main k-core, the organisations of the\n"
    "highest coreness). CSV gives the figures, or the changes with --detail; JSON\n"
    "gives both.\n\n"
    "Example:\n  synergist network change PCCP --from baseline --to followup1\n" },
  { "network map", cmd_network_map, CMD_STUDY, "an SVG map of a network",
    "Usage: synergist network map PARTNERSHIP --wave W [--to W2] [--output FILE.svg]\n\n"
    "Organisations coloured by sector and sized by degree, ties shaded by\n"
    "collaboration level, with a legend. Each organisation is numbered on the\n"
    "map and named in full in the key below it. With --to, two waves side by side, the\n"
    "organisations that joined and left marked. The layout is igraph's with a\n"
    "fixed seed: the same study draws the same map. Written to standard output\n"
    "unless --output is given.\n\n"
    "Example:\n  synergist network map PCCP --wave baseline --to followup1 --output pccp.svg\n" },
  {0,0,0,0,0}
};
