/*
** cmd_autocode.c: auto-coding rules (`autocode rule add|list|remove`,
** `autocode run`) and the review of suggestions (`suggest list|accept|
** reject`). Help text in cmd_search.h; matching in src/qual/autocode.h;
** SQL in src/store/st_autocode.h.
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cmd_search.h"
#include "qual/autocode.h"
#include "qual/excerpt.h"
#include "store/st_autocode.h"
#include "store/st_qual.h"
#include "util/xalloc.h"

int cmd_autocode_rule_add(Cli *p){
  const char *azOpt[3] = { cli_opt(p, "--words"), cli_opt(p, "--phrase"), cli_opt(p, "--regex") };
  const char *zScope = cli_opt(p, "--scope");
  cli_args(p, 1, 1);
  int eKind = -1, nGiven = 0;
  for(int i=0; i<3; i++) if( azOpt[i] ){ eKind = i; nGiven++; }
  if( nGiven!=1 ) fatal(EXIT_USAGE, "give exactly one of --words, --phrase or --regex");
  if( !zScope ) zScope = "paragraph";
  if( strcmp(zScope, "paragraph")!=0 && strcmp(zScope, "hit")!=0 ){
    fatal(EXIT_USAGE, "--scope must be paragraph or hit, not '%s'", zScope);
  }
  char *zErr = 0;
  if( ac_check(eKind, azOpt[eKind], &zErr) ) fatal(EXIT_USAGE, "%s", zErr);
  int64_t id;
  int rc = st_autocode_rule_add(p->pStore, p->azArg[0], ac_kind_name(eKind), azOpt[eKind], zScope, qual_who(), &id);
  if( rc ) fatal_store(p, rc);
  printf("rule %lld added\n", (long long)id);
  return EXIT_OK;
}

int cmd_autocode_rule_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "id,code,kind,pattern,scope,pending,accepted,rejected");
  int rc = st_autocode_rule_list(p->pStore, t);
  if( rc ){ table_free(t); fatal_store(p, rc); }
  cli_print_table(p, t);
  return EXIT_OK;
}

int cmd_autocode_rule_remove(Cli *p){
  cli_args(p, 1, 1);
  int rc = st_autocode_rule_remove(p->pStore, cli_id("the rule id", p->azArg[0]), qual_who());
  if( rc ) fatal_store(p, rc);
  printf("rule %s removed\n", p->azArg[0]);
  return EXIT_OK;
}

typedef struct RunCtx {
  Store *pStore; int64_t iSource;
  AcRuleRec *aRule;
  int64_t *anNew;            /* new suggestions per rule */
  int rc;
} RunCtx;

static int run_hit(void *pArg, int iRule, int64_t iStart, int64_t iEnd){
  RunCtx *c = pArg;
  int bNew = 0;
  c->rc = st_suggestion_add(c->pStore, c->iSource, c->aRule[iRule].iCode, iStart, iEnd,
                            "rule", c->aRule[iRule].id, NAN, &bNew);
  c->anNew[iRule] += bNew;
  return c->rc;
}

/* The rules (all, or rule iRule) compiled; exits when there are none.
** The caller frees *paRule with ac_rule_recs_free() and the set with ac_free(). */
static AcSet *compile_rules(Cli *p, int64_t iRule, AcRuleRec **paRule, int *pnRule){
  int rc = st_autocode_rules(p->pStore, iRule, paRule, pnRule);
  if( rc ) fatal_store(p, rc);
  int nRule = *pnRule;
  AcRuleRec *aRule = *paRule;
  if( nRule==0 ) fatal(EXIT_FAIL, "no auto-coding rules (add one with: synergist autocode rule add)");
  AcRule *aAc = xcalloc((size_t)nRule, sizeof(AcRule));
  for(int i=0; i<nRule; i++){
    aAc[i].eKind = ac_kind_parse(aRule[i].zKind);
    aAc[i].zPattern = aRule[i].zPattern;
    aAc[i].eScope = strcmp(aRule[i].zScope, "hit")==0 ? AC_HIT : AC_PARAGRAPH;
  }
  char *zErr = 0;
  AcSet *pSet = ac_compile(aAc, nRule, &zErr);
  free(aAc);      /* the set keeps the patterns of aRule, not aAc */
  if( !pSet ) fatal(EXIT_FAIL, "%s", zErr);
  return pSet;
}

int cmd_autocode_run(Cli *p){
  const char *zRule = cli_opt(p, "--rule");
  const char *zPart = cli_opt(p, "--partnership");
  const char *zSource = cli_opt(p, "--source");
  cli_args(p, 0, 0);
  AcRuleRec *aRule; int nRule;
  AcSet *pSet = compile_rules(p, zRule ? cli_id("--rule", zRule) : 0, &aRule, &nRule);
  int rc;
  QualSource *aSrc = NULL; int nSrc = 0;
  if( zSource ){
    aSrc = xcalloc(1, sizeof(QualSource));
    rc = st_source_get(p->pStore, zSource, 0, aSrc);
    nSrc = 1;
  }else{
    rc = st_source_all(p->pStore, zPart, 0, &aSrc, &nSrc);
  }
  if( rc ) fatal_store(p, rc);
  RunCtx c = { p->pStore, 0, aRule, xcalloc((size_t)nRule, sizeof(int64_t)), 0 };
  for(int i=0; i<nSrc; i++){
    QualSource src;
    rc = st_source_get(p->pStore, aSrc[i].zName, 1, &src);
    if( rc ) fatal_store(p, rc);
    c.iSource = src.id;
    ac_match(pSet, src.zText, src.zLanguage, run_hit, &c);
    qual_source_clear(&src);
    if( c.rc ) fatal_store(p, c.rc);
  }
  Table *t = table_newc(NULL, "rule,code,kind,pattern,new_suggestions");
  for(int i=0; i<nRule; i++){
    int r = table_row(t);
    table_int(t, r, 0, aRule[i].id);
    table_text(t, r, 1, aRule[i].zCode);
    table_text(t, r, 2, aRule[i].zKind);
    table_text(t, r, 3, aRule[i].zPattern);
    table_int(t, r, 4, c.anNew[i]);
  }
  cli_print_table(p, t);
  free(c.anNew);
  ac_free(pSet);
  ac_rule_recs_free(aRule, nRule);
  qual_sources_free(aSrc, nSrc);
  return EXIT_OK;
}

static int count_hit(void *pArg, int iRule, int64_t iStart, int64_t iEnd){
  (void)iRule; (void)iStart; (void)iEnd;
  (*(int64_t*)pArg)++;
  return 0;
}

/* test-autocode-time: match every rule over every source as `autocode run`
** does, counting the matches instead of storing suggestions, and print the
** matching time alone (texts are read from the study first). */
int cmd_test_autocode_time(Cli *p){
  cli_args(p, 0, 0);
  AcRuleRec *aRule; int nRule;
  AcSet *pSet = compile_rules(p, 0, &aRule, &nRule);
  QualSource *aSrc; int nSrc;
  int rc = st_source_all(p->pStore, NULL, 1, &aSrc, &nSrc);
  if( rc ) fatal_store(p, rc);
  int64_t nMatch = 0, nByte = 0;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for(int i=0; i<nSrc; i++){
    ac_match(pSet, aSrc[i].zText, aSrc[i].zLanguage, count_hit, &nMatch);
    nByte += (int64_t)strlen(aSrc[i].zText);
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double rSec = (double)(t1.tv_sec-t0.tv_sec) + (double)(t1.tv_nsec-t0.tv_nsec)/1e9;
  printf("rules %d sources %d mb %.1f matches %lld seconds %.3f mb_s %.1f\n", nRule, nSrc,
         (double)nByte/1048576.0, (long long)nMatch, rSec, rSec>0 ? (double)nByte/1048576.0/rSec : 0.0);
  ac_free(pSet);
  ac_rule_recs_free(aRule, nRule);
  qual_sources_free(aSrc, nSrc);
  return EXIT_OK;
}

/* The suggestion filter options shared by suggest list/accept/reject. */
static void suggest_filter(Cli *p, SuggestFilter *f){
  memset(f, 0, sizeof(*f));
  f->zSource = cli_opt(p, "--source");
  f->zCode = cli_opt(p, "--code");
  f->zPartnership = cli_opt(p, "--partnership");
  f->zOrigin = cli_opt(p, "--origin");
  const char *zRule = cli_opt(p, "--rule");
  if( zRule ) f->iRule = cli_id("--rule", zRule);
  f->rMinScore = cli_opt_real(p, "--min-score", 0.0);
  if( f->zOrigin && strcmp(f->zOrigin, "rule")!=0 && strcmp(f->zOrigin, "classifier")!=0 ){
    fatal(EXIT_USAGE, "--origin must be rule or classifier, not '%s'", f->zOrigin);
  }
}

int cmd_suggest_list(Cli *p){
  SuggestFilter f;
  suggest_filter(p, &f);
  f.zStatus = cli_opt(p, "--status");
  if( !f.zStatus ) f.zStatus = "pending";
  else if( strcmp(f.zStatus, "all")==0 ) f.zStatus = NULL;
  else if( strcmp(f.zStatus, "pending") && strcmp(f.zStatus, "accepted") && strcmp(f.zStatus, "rejected") ){
    fatal(EXIT_USAGE, "--status must be pending, accepted, rejected or all, not '%s'", f.zStatus);
  }
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "id,source,partnership,code,start,end,origin,rule,score,status,text");
  int rc = st_suggestion_list(p->pStore, &f, t);
  if( rc ){ table_free(t); fatal_store(p, rc); }
  Redactor *pRed = NULL;
  if( !p->bNames && t->nRow>0 && !(pRed = redactor_for_study(p->pStore)) ) fatal_store(p, STORE_ERROR);
  for(int r=0; r<t->nRow; r++){
    const Cell *c = table_cell(t, r, 10);
    if( c->t!=CELL_TEXT ) continue;
    char *z = qual_excerpt(c->z, 0, INT64_MAX, 60, pRed);
    table_text(t, r, 10, z);
    free(z);
  }
  redactor_free(pRed);
  cli_print_table(p, t);
  return EXIT_OK;
}

/* suggest accept / suggest reject: by ids or --all with filters. */
static int suggest_decide(Cli *p, int bAccept){
  SuggestFilter f;
  suggest_filter(p, &f);
  const char *zCoder = cli_opt(p, "--coder");
  int bAll = cli_flag(p, "--all");
  cli_args(p, 0, -1);
  if( !zCoder ) fatal(EXIT_USAGE, "give the coder who decides with --coder NAME");
  if( bAll==(p->nArg>0) ) fatal(EXIT_USAGE, "give suggestion ids or --all (with filters), not both or neither");
  int64_t *aId = NULL; int nId = 0;
  if( bAll ){
    f.zStatus = "pending";
    int rc = st_suggestion_ids(p->pStore, &f, &aId, &nId);
    if( rc ) fatal_store(p, rc);
  }else{
    aId = xcalloc((size_t)p->nArg, sizeof(int64_t));
    for(int i=0; i<p->nArg; i++) aId[nId++] = cli_id("a suggestion id", p->azArg[i]);
  }
  for(int i=0; i<nId; i++){
    int rc = st_suggestion_decide(p->pStore, aId[i], bAccept, zCoder, qual_who());
    if( rc ){ free(aId); fatal_store(p, rc); }
  }
  printf("%d suggestion%s %s\n", nId, nId==1 ? "" : "s", bAccept ? "accepted" : "rejected");
  free(aId);
  return EXIT_OK;
}

int cmd_suggest_accept(Cli *p){ return suggest_decide(p, 1); }
int cmd_suggest_reject(Cli *p){ return suggest_decide(p, 0); }
