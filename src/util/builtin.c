/* builtin.c: lookup of files compiled into the binary (see builtin.h). */
#include <string.h>
#include "util/builtin.h"

const char *builtin_text(const char *zName, size_t *pnData){
  for(int i=0; i<nBuiltinFile; i++){
    if( strcmp(aBuiltinFile[i].zName, zName)==0 ){
      if( pnData ) *pnData = aBuiltinFile[i].nData;
      return aBuiltinFile[i].zData;
    }
  }
  return NULL;
}
