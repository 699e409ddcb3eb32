/* fuzz_qdpx.c: REFI-QDA project import (qual/qdpx_read.c, qdpx_pos.c over
** util/zipread.c and libxml2). The study holds the demo programme, made
** once; each input runs in a rolled-back transaction. The first byte
** chooses what the rest is:
**   even: a whole .qdpx archive, as a producer would write it;
**   odd:  the project XML alone, put into an archive here as project.qde
**         beside one source text (Sources/S1.txt), so that the fuzzer
**         explores the XML and the positions rather than the zip format.
** Seeds (corpus/qdpx/) are built from the REFI-QDA fixtures of
** tests/data/refi-qda by tests/fuzz/qdpx_seeds.py. */
#include <zip.h>
#include "fuzz.h"
#include "qual/qdpx.h"

static Store *pStore = NULL;

/* The archive path holding a[0..n) as project.qde and a fixed source. */
static const char *wrap_xml(const uint8_t *a, size_t n){
  static const char zText[] = "Line one caf\xc3\xa9 party\r\nSecond line \xf0\x9f\x98\x80 ok\r\n";
  const char *zPath = fuzz_file(NULL, 0, ".qdpx");
  unlink(zPath);
  int err = 0;
  zip_t *z = zip_open(zPath, ZIP_CREATE|ZIP_TRUNCATE, &err);
  if( !z ) abort();
  zip_source_t *s1 = zip_source_buffer(z, n ? a : (const uint8_t*)"", n, 0);
  zip_source_t *s2 = zip_source_buffer(z, zText, sizeof(zText)-1, 0);
  if( !s1 || !s2 ) abort();
  if( zip_file_add(z, "project.qde", s1, ZIP_FL_OVERWRITE)<0 ) abort();
  if( zip_file_add(z, "Sources/S1.txt", s2, ZIP_FL_OVERWRITE)<0 ) abort();
  if( zip_close(z)!=0 ) abort();
  return zPath;
}

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  if( !pStore ) pStore = fuzz_demo_study(0);
  if( n<1 ) return 0;
  const char *zPath = (a[0] & 1) ? wrap_xml(a+1, n-1) : fuzz_file(a+1, n-1, ".qdpx");
  ErrList e = ERRLIST_INIT, w = ERRLIST_INIT;
  QdpxCounts c;
  memset(&c, 0, sizeof(c));
  store_begin(pStore);
  qdpx_import(pStore, zPath, "PCCP", NULL, NULL, 0, "fuzz", &c, &e, &w);
  store_rollback(pStore);
  errlist_free(&e);
  errlist_free(&w);
  return 0;
}
