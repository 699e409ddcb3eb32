/*
** cmd_autocode.c: autocode rule add/list/remove, autocode run (PCRE2 rules,
** qual/autocode.c), autocode learn (naive Bayes suggestions, qual/classify.c)
** and the hidden test-autocode-time.
** Handlers and their entries of the command table (aCmd_autocode, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli/cli.h"
#include "qual/autocode.h"
#include "qual/classify.h"
#include "qual/paragraph.h"
#include "qual/tokenize.h"
#include "store/st_autocode.h"
#include "store/st_qual.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* The paragraphs of all sources as documents. */
typedef struct Corpus {
  NbDocs d;
  int nAlloc;
  int64_t *aSource;          /* source row id of each document */
  int *aSrcIdx;              /* index of that source in the source array */
  int64_t *aStart, *aEnd;    /* the paragraph's range */
  int nTokAlloc;             /* of the document being filled */
} Corpus;

typedef struct TokSink {
  Corpus *c; NbVocab *v;
  QualRange *aPara; int nPara; int iDoc0;   /* first document of this source */
  const char *zText; size_t iByte; int64_t iCp;
} TokSink;

static int add_token(void *pArg, const char *zTerm, int nTerm, int iStart, int iEnd, int eForm){
  (void)iEnd;
  TokSink *t = pArg;
  if( eForm!=QTOK_STEM ) return 0;
  t->iCp += (int64_t)utf8_ncp(t->zText + t->iByte, (size_t)iStart - t->iByte);
  t->iByte = (size_t)iStart;
  int k = qual_paragraph_at(t->aPara, t->nPara, t->iCp);
  if( k<0 ) return 0;
  int iDoc = t->iDoc0 + k;
  NbDocs *d = &t->c->d;
  int n = d->anTok[iDoc];
  if( (n & (n-1))==0 ) d->aaTok[iDoc] = xrealloc(d->aaTok[iDoc], sizeof(int)*(size_t)(n ? 2*n : 16));
  d->aaTok[iDoc][d->anTok[iDoc]++] = nb_vocab_id(t->v, zTerm, nTerm);
  return 0;
}

static void corpus_add_source(Corpus *c, NbVocab *v, const QualSource *pSrc, int iSrcIdx){
  int nPara;
  QualRange *aPara = qual_paragraphs(pSrc->zText, &nPara);
  if( c->d.nDoc + nPara > c->nAlloc ){
    c->nAlloc = (c->d.nDoc + nPara)*2 + 64;
    c->d.aaTok = xrealloc(c->d.aaTok, sizeof(int*)*(size_t)c->nAlloc);
    c->d.anTok = xrealloc(c->d.anTok, sizeof(int)*(size_t)c->nAlloc);
    c->aSource = xrealloc(c->aSource, sizeof(int64_t)*(size_t)c->nAlloc);
    c->aSrcIdx = xrealloc(c->aSrcIdx, sizeof(int)*(size_t)c->nAlloc);
    c->aStart = xrealloc(c->aStart, sizeof(int64_t)*(size_t)c->nAlloc);
    c->aEnd = xrealloc(c->aEnd, sizeof(int64_t)*(size_t)c->nAlloc);
  }
  int iDoc0 = c->d.nDoc;
  for(int k=0; k<nPara; k++){
    int i = c->d.nDoc++;
    c->d.aaTok[i] = NULL; c->d.anTok[i] = 0;
    c->aSource[i] = pSrc->id; c->aSrcIdx[i] = iSrcIdx;
    c->aStart[i] = aPara[k].iStart; c->aEnd[i] = aPara[k].iEnd;
  }
  QualTok *pTok = qtok_new(pSrc->zLanguage);
  TokSink t = { c, v, aPara, nPara, iDoc0, pSrc->zText, 0, 0 };
  qtok_run(pTok, pSrc->zText, (int)strlen(pSrc->zText), add_token, &t);
  qtok_free(pTok);
  free(aPara);
}

static void corpus_free(Corpus *c){
  for(int i=0; i<c->d.nDoc; i++) free(c->d.aaTok[i]);
  free(c->d.aaTok); free(c->d.anTok); free(c->aSource); free(c->aSrcIdx);
  free(c->aStart); free(c->aEnd);
}

static int cmd_autocode_learn(Cli *p){
  const char *zCoder = cli_opt(p, "--coder");
  long nFold = cli_opt_int(p, "--folds", 5);
  double rThreshold = cli_opt_real(p, "--threshold", 0.5);
  long nMin = cli_opt_int(p, "--min-examples", 3);
  int bDry = cli_flag(p, "--dry-run");
  cli_args(p, 0, 0);
  if( nFold<2 || nFold>50 ) fatal(EXIT_USAGE, "--folds must be between 2 and 50, not %ld", nFold);
  if( !(rThreshold>0 && rThreshold<1) ) fatal(EXIT_USAGE, "--threshold must be between 0 and 1 (exclusive)");
  if( nMin<1 ) fatal(EXIT_USAGE, "--min-examples must be at least 1");
  int64_t iCoder;
  if( zCoder && st_coder_id(p->pStore, zCoder, &iCoder) ) fatal_store(p, STORE_NOTFOUND);

  SegFilter sf = {0};
  sf.zCoder = zCoder;
  QualSegment *aSeg; int nSeg;
  int rc = st_segment_list(p->pStore, &sf, &aSeg, &nSeg);
  if( rc ) fatal_store(p, rc);
  if( nSeg==0 ) fatal(EXIT_FAIL, "no coded segments to learn from%s%s", zCoder ? " by " : "", zCoder ? zCoder : "");
  QualSource *aSrc; int nSrc;
  rc = st_source_all(p->pStore, NULL, 1, &aSrc, &nSrc);
  if( rc ) fatal_store(p, rc);

  NbVocab *v = nb_vocab_new();
  Corpus c;
  memset(&c, 0, sizeof(c));
  for(int i=0; i<nSrc; i++) corpus_add_source(&c, v, &aSrc[i], i);
  c.d.nVocab = nb_vocab_size(v);
  int nDoc = c.d.nDoc;

  /* Training documents: the coded paragraphs (overlapping any segment). An
  ** uncoded paragraph is not taken as a negative example: it may simply not
  ** have been coded yet, and those are the ones to suggest codes for. */
  unsigned char *aSrcCoded = xcalloc((size_t)nSrc+1, 1);
  unsigned char *aUse = xcalloc((size_t)nDoc+1, 1);
  unsigned char *aCoded = xcalloc((size_t)nDoc+1, 1);
  unsigned char *aLabel = xcalloc((size_t)nDoc+1, 1);
  int *aFold = xcalloc((size_t)nDoc+1, sizeof(int));
  for(int g=0; g<nSeg; g++){
    for(int i=0; i<nSrc; i++) if( aSrc[i].id==aSeg[g].iSource ) aSrcCoded[i] = 1;
  }
  int nTrainSrc = 0;
  int *aSrcRank = xcalloc((size_t)nSrc+1, sizeof(int));
  for(int i=0; i<nSrc; i++) if( aSrcCoded[i] ) aSrcRank[i] = nTrainSrc++;
  for(int i=0; i<nDoc; i++){
    /* Folds by source when there are enough coded sources (a fairer test of
    ** new interviews); otherwise by paragraph. */
    aFold[i] = nTrainSrc>=nFold ? aSrcRank[c.aSrcIdx[i]] % (int)nFold : i % (int)nFold;
    for(int g=0; g<nSeg && !aCoded[i]; g++){
      aCoded[i] = aSeg[g].iSource==c.aSource[i] && aSeg[g].iStart<c.aEnd[i] && aSeg[g].iEnd>c.aStart[i];
    }
    aUse[i] = aCoded[i];
  }

  Table *t = table_newc(NULL, "code,examples,precision,recall,suggestions");
  for(int g=0; g<nSeg; g++){
    int bSeen = 0;
    for(int h=0; h<g && !bSeen; h++) bSeen = aSeg[h].iCode==aSeg[g].iCode;
    if( bSeen ) continue;
    int64_t iCode = aSeg[g].iCode;
    int nPos = 0;
    for(int i=0; i<nDoc; i++){
      aLabel[i] = 0;
      for(int h=0; h<nSeg && !aLabel[i]; h++){
        aLabel[i] = aSeg[h].iCode==iCode && aSeg[h].iSource==c.aSource[i]
                    && aSeg[h].iStart<c.aEnd[i] && aSeg[h].iEnd>c.aStart[i];
      }
      nPos += aLabel[i] && aUse[i];
    }
    int r = table_row(t);
    table_text(t, r, 0, aSeg[g].zCodePath);
    table_int(t, r, 1, nPos);
    if( nPos<nMin ) continue;
    int nTp, nFp, nFn;
    nb_crossval(&c.d, aLabel, aUse, aFold, (int)nFold, rThreshold, &nTp, &nFp, &nFn);
    if( nTp+nFp>0 ) table_real(t, r, 2, (double)nTp/(nTp+nFp), 2);
    if( nTp+nFn>0 ) table_real(t, r, 3, (double)nTp/(nTp+nFn), 2);
    NbModel *m = nb_train(&c.d, aLabel, aUse);
    int nNew = 0;
    for(int i=0; i<nDoc && m && !bDry; i++){
      if( aCoded[i] ) continue;
      double rP = nb_prob(m, c.d.aaTok[i], c.d.anTok[i]);
      if( rP<rThreshold ) continue;
      int bNew = 0;
      rc = st_suggestion_add(p->pStore, c.aSource[i], iCode, c.aStart[i], c.aEnd[i],
                             "classifier", 0, rP, &bNew);
      if( rc ) fatal_store(p, rc);
      nNew += bNew;
    }
    nb_free(m);
    table_int(t, r, 4, nNew);
  }
  cli_print_table(p, t);
  free(aSrcCoded); free(aUse); free(aCoded); free(aLabel); free(aFold); free(aSrcRank);
  corpus_free(&c);
  nb_vocab_free(v);
  qual_sources_free(aSrc, nSrc);
  qual_segments_free(aSeg, nSeg);
  return EXIT_OK;
}

static int cmd_autocode_rule_add(Cli *p){
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

static int cmd_autocode_rule_list(Cli *p){
  cli_args(p, 0, 0);
  Table *t = table_newc(NULL, "id,code,kind,pattern,scope,pending,accepted,rejected");
  int rc = st_autocode_rule_list(p->pStore, t);
  if( rc ){ table_free(t); fatal_store(p, rc); }
  cli_print_table(p, t);
  return EXIT_OK;
}

static int cmd_autocode_rule_remove(Cli *p){
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

static int cmd_autocode_run(Cli *p){
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
static int cmd_test_autocode_time(Cli *p){
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

const CmdEntry aCmd_autocode[] = {
  { "autocode rule add", cmd_autocode_rule_add, CMD_WRITE, "attach an auto-coding rule to a code",
    "Usage: synergist autocode rule add CODE (--words W | --phrase P | --regex RE)\n"
    "                                   [--scope paragraph|hit]\n\n"
    "A rule finds text that may belong to CODE; `autocode run` turns its\n"
    "matches into suggestions, which count as coding only once accepted.\n"
    "  --words W    any of the words (separated by spaces), in any form, as\n"
    "               search matches them; word* for words beginning so\n"
    "  --phrase P   the words in this order, side by side\n"
    "  --regex RE   a PCRE2 regular expression on the text as written\n"
    "               (case-sensitive unless it starts with (?i); ^ and $\n"
    "               match at line ends)\n"
    "  --scope      suggest the whole paragraph (default) or just the hit\n\n"
    "Example:\n"
    "  synergist autocode rule add trust --words \"trust confiance trusted\"\n"
    "  synergist autocode rule add conflict --regex '(?i)\\b(disagree|désaccord)\\w*' --scope hit\n" },
  { "test-autocode-time", cmd_test_autocode_time, CMD_STUDY|CMD_HIDDEN, "time auto-coding matching (benchmark)",
    "Usage: synergist test-autocode-time\n\n"
    "Matches every auto-coding rule over every source as `autocode run` does,\n"
    "but counts the matches instead of storing suggestions, and prints the\n"
    "number of rules, sources, megabytes, matches, and the matching time and\n"
    "throughput (used by bench/qual.sh).\n\n"
    "Example:\n  synergist test-autocode-time\n" },
  { "autocode learn", cmd_autocode_learn, CMD_WRITE, "suggest codes for uncoded paragraphs from existing coding",
    "Usage: synergist autocode learn [--coder C] [--folds K] [--threshold P]\n"
    "                                [--min-examples N] [--dry-run]\n\n"
    "Learns from the coding so far (of coder C, or everyone's) and proposes\n"
    "codes for paragraphs nobody has coded, like coding by existing pattern.\n"
    "Per code, a naive Bayes classifier on the paragraph's stemmed words\n"
    "(the code against the other codes) is trained on the coded paragraphs\n"
    "(a paragraph overlapping a segment of the code is an example of it;\n"
    "uncoded paragraphs are not used, so it tells codes apart rather than\n"
    "coded from irrelevant text: interviewer questions get suggestions too).\n"
    "Before suggesting, it is tested by K-fold cross-\n"
    "validation (default 5; folds by source when at least K sources are\n"
    "coded, else by paragraph) and its precision (share of its proposals\n"
    "that the coding confirms) and recall (share of the coded paragraphs it\n"
    "finds) are printed, so you know how far to trust it. Paragraphs whose\n"
    "probability reaches P (default 0.5) become pending suggestions with that\n"
    "score. Codes with fewer than N examples (default 3) are listed without\n"
    "a model. --dry-run only reports.\n\n"
    "Columns: code, examples, precision, recall, suggestions (new).\n\n"
    "Example:\n  synergist autocode learn --coder anna --threshold 0.8\n"
    "  synergist suggest list --origin classifier --min-score 0.9\n" },
  { "autocode rule list", cmd_autocode_rule_list, CMD_STUDY, "list auto-coding rules with their suggestions",
    "Usage: synergist autocode rule list [--format text|csv|json]\n\n"
    "Columns: id, code, kind, pattern, scope, and how many of the rule's\n"
    "suggestions are pending, accepted and rejected.\n\n"
    "Example:\n  synergist autocode rule list\n" },
  { "autocode rule remove", cmd_autocode_rule_remove, CMD_WRITE, "remove an auto-coding rule",
    "Usage: synergist autocode rule remove ID\n\n"
    "The rule's suggestions stay (pending ones can still be decided).\n\n"
    "Example:\n  synergist autocode rule remove 3\n" },
  { "autocode run", cmd_autocode_run, CMD_WRITE, "run auto-coding rules: new suggestions",
    "Usage: synergist autocode run [--rule ID] [--partnership P] [--source NAME]\n\n"
    "Runs every rule (or one) over the sources and records each match as a\n"
    "pending suggestion. A range already suggested for the code (even if\n"
    "rejected) or already coded with it is not suggested again. Prints the\n"
    "number of new suggestions per rule.\n\n"
    "Example:\n  synergist autocode run --partnership CHRP\n" },
  {0,0,0,0,0}
};
