/*
** st_qual_int.h: private to src/store/st_qual_*.c: helpers the qualitative
** store files share.
*/
#ifndef SYN_ST_QUAL_INT_H
#define SYN_ST_QUAL_INT_H
#include "store/store_int.h"

/* Run each of the nSql statements of azSql (string literals, cached by
** address) with ?1 bound to i1 and ?2 to i2, stopping at the first error.
** Returns STORE_OK or the error of st_exec(). */
int st_exec_ids(Store*, const char *const *azSql, int nSql, int64_t i1, int64_t i2);

#endif
