/*
** test_survey_instrument.c: the native instrument format (parse, checks,
** write and read back), interpretation bands, the built-in psf instrument
** and the score API on a study built in a temporary file.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "survey/instrument.h"
#include "survey/score.h"
#include "survey/survey.h"
#include "store/st_survey.h"
#include "store/st_roster.h"

static const char zTiny[] =
  "{\"synergist_instrument\":1,\"id\":\"t\",\"title\":\"T\",\n"
  " \"responses\":[{\"id\":\"r\",\"min\":1,\"max\":5,\"na\":9}],\n"
  " \"scales\":[{\"id\":\"s\"},{\"id\":\"u\",\"bands\":[{\"band\":\"lo\",\"min\":1,\"max\":2},{\"band\":\"hi\",\"min\":2.5,\"max\":5}]}],\n"
  " \"items\":[{\"id\":\"a\",\"label\":\"A\",\"response\":\"r\",\"scales\":[\"s\",\"u\"]},\n"
  "           {\"id\":\"b\",\"label\":{\"en\":\"B\",\"fr\":\"Bé\"},\"response\":\"r\",\"scales\":[\"s\"],\"reverse\":true}]}\n";

static void test_parse_and_bands(void **state){
  (void)state;
  ErrList err = ERRLIST_INIT;
  Instrument *p = NULL;
  assert_int_equal(instrument_parse(zTiny, strlen(zTiny), "t.json", &p, &err), 0);
  assert_int_equal(err.n, 0);
  assert_int_equal(p->nItem, 2);
  assert_int_equal(p->aScale[0].nItem, 2);          /* derived from the items */
  assert_int_equal(p->aScale[1].nItem, 1);
  assert_true(p->aItem[1].bReverse);
  assert_string_equal(inst_text(&p->aItem[1].label, "fr"), "Bé");
  assert_string_equal(inst_text(&p->aItem[0].label, "fr"), "A");   /* English fallback */
  /* Default bands: 1.0-2.9 concern, 3.0-3.9 work, 4.0-5.0 strength. */
  assert_string_equal(instrument_band(p, 0, 2.95), "concern");
  assert_string_equal(instrument_band(p, 0, 3.0), "work");
  assert_string_equal(instrument_band(p, 0, 3.99), "work");
  assert_string_equal(instrument_band(p, 0, 4.0 - 1e-12), "strength");   /* rounding drift of a mean of 4 */
  assert_string_equal(instrument_band(p, 0, 4.0), "strength");
  assert_null(instrument_band(p, 0, NAN));
  assert_string_equal(instrument_band(p, 1, 2.4), "lo");           /* the scale's own bands */
  assert_string_equal(instrument_band(p, 1, 2.5), "hi");
  /* Written and read back, the instrument is the same. */
  char *zJson = instrument_to_json(p);
  Instrument *q = NULL;
  assert_int_equal(instrument_parse(zJson, strlen(zJson), "back.json", &q, &err), 0);
  char *zJson2 = instrument_to_json(q);
  assert_string_equal(zJson, zJson2);
  free(zJson); free(zJson2);
  instrument_free(p); instrument_free(q);
}

static void test_errors(void **state){
  (void)state;
  ErrList err = ERRLIST_INIT;
  Instrument *p = NULL;
  const char *zSyntax = "{\n \"id\": \"x\"\n \"items\": []\n}";
  assert_int_equal(instrument_parse(zSyntax, strlen(zSyntax), "s.json", &p, &err), 1);
  assert_int_equal(err.n, 1);
  assert_int_equal(err.a[0].iLine, 3);
  assert_int_equal(err.a[0].iCol, 8);
  errlist_free(&err);
  /* Problems of meaning are all listed: bad range, NA inside, duplicate ids, empty scale. */
  const char *zBad = "{\"synergist_instrument\":1,\"id\":\"x\",\"responses\":[{\"id\":\"r\",\"min\":5,\"max\":1},"
    "{\"id\":\"q\",\"min\":1,\"max\":5,\"na\":3}],\"scales\":[{\"id\":\"s\"},{\"id\":\"e\"}],"
    "\"items\":[{\"id\":\"a\",\"label\":\"A\",\"response\":\"q\",\"scales\":[\"s\"]},{\"id\":\"a\",\"label\":\"A\",\"response\":\"q\"}]}";
  assert_int_equal(instrument_parse(zBad, strlen(zBad), "b.json", &p, &err), 1);
  assert_int_equal(err.n, 4);
  assert_non_null(strstr(err.a[0].zMsg, "max must be >= min"));
  assert_non_null(strstr(err.a[1].zMsg, "not-applicable code 3 lies inside 1..5"));
  assert_non_null(strstr(err.a[2].zMsg, "id \"a\" is used twice"));
  assert_non_null(strstr(err.a[3].zMsg, "scale \"e\" has no items"));
  /* Each is placed on line 1 at the value it is about; the columns are the
  ** byte offsets (the text is ASCII) of those values, plus one. */
  const int aCol[4] = {
    (int)(strstr(zBad, "\"max\":1}") - zBad) + 7,                /* responses[0].max */
    (int)(strstr(zBad, "\"na\":3") - zBad) + 6,                  /* responses[1].na */
    (int)(strstr(zBad, "{\"id\":\"a\",\"label\":\"A\",\"response\":\"q\"}") - zBad) + 7, /* items[1].id */
    (int)(strstr(zBad, "{\"id\":\"e\"}") - zBad) + 1 };        /* scales[1] */
  for(int i=0; i<4; i++){
    assert_int_equal(err.a[i].iLine, 1);
    assert_int_equal(err.a[i].iCol, aCol[i]);
  }
  errlist_free(&err);
}

static void test_builtin_psf(void **state){
  (void)state;
  size_t n;
  const char *z = instrument_builtin("psf", &n);
  assert_non_null(z);
  ErrList err = ERRLIST_INIT;
  Instrument *p = NULL;
  assert_int_equal(instrument_parse(z, n, "psf", &p, &err), 0);
  assert_true(p->nItem>=40 && p->nItem<=61);
  assert_int_equal(p->nScale, 25);
  for(int i=0; i<p->nItem; i++){
    assert_true(strlen(inst_text(&p->aItem[i].label, "en"))>0);
    assert_true(strcmp(inst_text(&p->aItem[i].label, "fr"), inst_text(&p->aItem[i].label, "en"))!=0);
  }
  int iC = instrument_scale_index(p, "conflict");
  assert_true(iC>=0);
  for(int m=0; m<p->aScale[iC].nItem; m++) assert_true(p->aItem[p->aScale[iC].aiItem[m]].bReverse);
  assert_int_equal(p->aScale[instrument_scale_index(p, "benefits_checklist")].eScoring, SCORE_COUNT);
  assert_string_equal(p->zBenefits, "benefits_checklist");
  instrument_free(p);
}

/* The score API on a tiny study: scores by hand. */
static void test_score_api(void **state){
  (void)state;
  char zPath[] = "/tmp/test_survey_XXXXXX";
  int fd = mkstemp(zPath);
  close(fd); unlink(zPath);
  Store *pS = NULL; char *zErr = NULL;
  assert_int_equal(store_open(zPath, 1, &pS, &zErr), STORE_OK);
  store_begin(pS);
  assert_int_equal(st_partnership_add(pS, "A", "A", NULL), STORE_OK);
  assert_int_equal(st_wave_add(pS, "A", "w1", "2020-01-01", NULL), STORE_OK);
  assert_int_equal(st_instrument_put(pS, "t", "T", "json", 2, zTiny, 0), STORE_OK);
  int64_t idW, idI;
  assert_int_equal(st_wave_id(pS, "A", "w1", &idW), STORE_OK);
  assert_int_equal(st_instrument_get(pS, "t", &idI, NULL), STORE_OK);
  /* a, b (b reverse keyed: 6-b): (5,1)->5, (4,2)->4, (3,NA)->3, (2,4)->2. */
  unsigned char aAns[4][2] = { {ANS_VALUE(5,1), ANS_VALUE(1,1)}, {ANS_VALUE(4,1), ANS_VALUE(2,1)},
                               {ANS_VALUE(3,1), ANS_NA}, {ANS_VALUE(2,1), ANS_VALUE(4,1)} };
  const char *azR[4] = { "r1", "r2", "r3", "r4" };
  for(int i=0; i<4; i++) assert_int_equal(st_response_add(pS, idW, idI, azR[i], 0, aAns[i], 2), STORE_OK);
  assert_int_equal(st_response_add(pS, idW, idI, "r1", 0, aAns[0], 2), STORE_EXISTS);
  ScoreOpts o;
  assert_int_equal(score_opts_init(pS, &o), STORE_OK);
  o.bNoSuppress = 1;
  ScoreSet *s = NULL;
  Err errScore = ERR_INIT;
  assert_int_equal(score_compute(pS, "t", &o, &s, &errScore), 0);
  assert_int_equal(s->nGroup, 2);                      /* A and all */
  const ScaleStat *st = score_stat(s, 0, 0);
  assert_int_equal(st->n, 4);
  assert_float_equal(st->mean, 3.5, 1e-12);             /* (5+4+3+2)/4 */
  assert_float_equal(st->sd, sqrt(5.0/3.0), 1e-12);
  assert_int_equal(st->nComplete, 3);
  assert_float_equal(st->alpha, 1.0, 1e-12);            /* a and 6-b agree exactly */
  assert_string_equal(score_group_part(s, 1), "all");
  score_free(s);
  /* Default suppression: 4 < 5, the group and its "all" are hidden. */
  o.bNoSuppress = 0;
  assert_int_equal(score_compute(pS, "t", &o, &s, &errScore), 0);
  assert_true(s->aGroup[0].bSuppressed && s->aGroup[1].bSuppressed);
  assert_true(isnan(score_stat(s, 0, 0)->mean));
  score_free(s);
  store_rollback(pS);
  store_close(pS);
  unlink(zPath);
  char *zW = NULL;
  zW = malloc(strlen(zPath)+5); sprintf(zW, "%s-wal", zPath); unlink(zW);
  sprintf(zW, "%s-shm", zPath); unlink(zW); free(zW);
}

int main(void){
  const struct CMUnitTest aTest[] = {
    cmocka_unit_test(test_parse_and_bands),
    cmocka_unit_test(test_errors),
    cmocka_unit_test(test_builtin_psf),
    cmocka_unit_test(test_score_api),
  };
  return cmocka_run_group_tests(aTest, NULL, NULL);
}
