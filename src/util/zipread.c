/* zipread.c: zip_read_member() through libzip (see zipread.h). */
#include <stdlib.h>
#include <zip.h>
#include "util/zipread.h"
#include "util/xalloc.h"

char *zip_read_member(const char *zPath, const char *zMember, size_t *pnByte, char **pzErr){
  *pzErr = NULL;
  *pnByte = 0;
  int err = 0;
  zip_t *z = zip_open(zPath, ZIP_RDONLY, &err);
  if( !z ){
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    *pzErr = xasprintf("not a readable zip archive (%s)", zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return NULL;
  }
  char *zOut = NULL;
  zip_stat_t st;
  zip_stat_init(&st);
  if( zip_stat(z, zMember, 0, &st)!=0 || !(st.valid & ZIP_STAT_SIZE) ){
    *pzErr = xasprintf("the archive has no %s", zMember);
    goto read_out;
  }
  if( st.size>ZIPREAD_MAX ){
    *pzErr = xasprintf("%s is too large (%llu bytes)", zMember, (unsigned long long)st.size);
    goto read_out;
  }
  zip_file_t *f = zip_fopen(z, zMember, 0);
  if( !f ){
    *pzErr = xasprintf("cannot open %s in the archive: %s", zMember, zip_strerror(z));
    goto read_out;
  }
  zOut = xmalloc((size_t)st.size+1);
  zip_int64_t n = zip_fread(f, zOut, st.size);
  if( n<0 || (zip_uint64_t)n!=st.size ){
    *pzErr = xasprintf("cannot read %s in the archive: %s", zMember, zip_file_strerror(f));
    free(zOut);
    zOut = NULL;
  }else{
    zOut[n] = 0;
    *pnByte = (size_t)n;
  }
  zip_fclose(f);
read_out:
  zip_discard(z);
  return zOut;
}
