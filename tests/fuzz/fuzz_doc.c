/* fuzz_doc.c: sources (qual/docread.c): the input as a .docx, an .odt
** (zip archives: libzip, then libxml2's push parser) and a .txt. */
#include "fuzz.h"
#include "qual/docread.h"

int LLVMFuzzerTestOneInput(const uint8_t *a, size_t n){
  static const char *const azExt[] = { ".docx", ".odt", ".txt" };
  static int bInit = 0;
  if( !bInit ){ doc_read_init(); bInit = 1; }
  for(int i=0; i<3; i++){
    ErrList e = ERRLIST_INIT;
    char *z = doc_read(fuzz_file(a, n, azExt[i]), &e);
    free(z);
    errlist_free(&e);
  }
  return 0;
}
