/* zipread.c: zip_read_pieces() through libzip (see zipread.h). */
#include <stdlib.h>
#include <zip.h>
#include "util/limits.h"
#include "util/xalloc.h"
#include "util/zipread.h"

#define PIECE 65536

int zip_read_pieces(const char *zPath, const char *zMember, ZipPieceFn xPiece, void *pArg,
                    char **pzErr){
  *pzErr = NULL;
  int err = 0;
  zip_t *z = zip_open(zPath, ZIP_RDONLY, &err);
  if( !z ){
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    *pzErr = xasprintf("not a readable zip archive (%s)", zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return 1;
  }
  char *zBuf = NULL;
  zip_file_t *f = NULL;
  /* The total the directory declares (a lie is caught while inflating). */
  zip_uint64_t nTotal = 0;
  zip_int64_t nEntry = zip_get_num_entries(z, 0);
  for(zip_int64_t i=0; i<nEntry; i++){
    zip_stat_t st;
    if( zip_stat_index(z, (zip_uint64_t)i, 0, &st)==0 && (st.valid & ZIP_STAT_SIZE) ) nTotal += st.size;
  }
  if( nTotal > limit_get(LIM_ARCHIVE_TOTAL) ){
    *pzErr = xasprintf("its members add up to %llu bytes uncompressed: %s",
                       (unsigned long long)nTotal, limit_hint(LIM_ARCHIVE_TOTAL));
    goto read_out;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if( zip_stat(z, zMember, 0, &st)!=0 ){
    *pzErr = xasprintf("the archive has no %s", zMember);
    goto read_out;
  }
  size_t nMax = limit_get(LIM_ARCHIVE_MEMBER);
  if( (st.valid & ZIP_STAT_SIZE) && st.size>nMax ){
    *pzErr = xasprintf("%s is %llu bytes uncompressed: %s", zMember,
                       (unsigned long long)st.size, limit_hint(LIM_ARCHIVE_MEMBER));
    goto read_out;
  }
  f = zip_fopen(z, zMember, 0);
  if( !f ){
    *pzErr = xasprintf("cannot open %s in the archive: %s", zMember, zip_strerror(z));
    goto read_out;
  }
  zBuf = xmalloc(PIECE);
  size_t nRead = 0;
  zip_int64_t n;
  while( (n = zip_fread(f, zBuf, PIECE))>0 ){
    nRead += (size_t)n;
    if( nRead>nMax ){
      *pzErr = xasprintf("%s inflates past %zu bytes: %s", zMember, nMax, limit_hint(LIM_ARCHIVE_MEMBER));
      goto read_out;
    }
    if( xPiece(pArg, zBuf, (size_t)n) ) goto read_out;
  }
  if( n<0 ) *pzErr = xasprintf("cannot read %s in the archive: %s", zMember, zip_file_strerror(f));
read_out:
  if( f ) zip_fclose(f);
  free(zBuf);
  zip_discard(z);
  return *pzErr!=NULL;
}
