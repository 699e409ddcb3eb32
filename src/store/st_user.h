/*
** st_user.h: the store's interface for the users of the web workspace
** (schema sql/003_users.sql; SQL in st_user.c). Conventions of store.h:
** STORE_* codes, message in store_errmsg(), strings in are borrowed,
** records out are the caller's (st_user_rec_clear / st_user_recs_free).
**
** Roles are kept as their names ("admin", "evaluator", "coder",
** "viewer"); user/user.h gives them meaning. Every change of password,
** role or partnerships adds one to the user's gen, which the server
** compares with the gen a session started under.
*/
#ifndef SYN_ST_USER_H
#define SYN_ST_USER_H
#include <stdint.h>
#include "store/store.h"

typedef struct UserRec {
  int64_t id;
  char *zName;
  char *zRole;
  int bAll;             /* every partnership */
  char *zPwHash;        /* argon2id string, NULL: no password */
  int64_t iGen;
  char *zCreated;       /* ISO time */
  int nPart; char **azPart;   /* partnership codes, in code order */
} UserRec;
void st_user_rec_clear(UserRec*);
void st_user_recs_free(UserRec *a, int n);

/* Add a user; *pId its row id. STORE_EXISTS when the name is taken. */
int st_user_add(Store*, const char *zName, const char *zRole, int bAll, const char *zPwHash, int64_t *pId);
/* The user named zName (or with row id iId when zName is NULL), with
** partnerships, into *pOut (zeroed first). STORE_NOTFOUND (message set). */
int st_user_get(Store*, const char *zName, int64_t iId, UserRec *pOut);
/* Every user in name order, with partnerships. */
int st_user_list(Store*, UserRec **pa, int *pn);
/* Set role and all-partnerships flag (gen+1). */
int st_user_set_role(Store*, int64_t id, const char *zRole, int bAll);
/* Replace the partnerships by the codes azCode[0..n) (gen+1);
** STORE_NOTFOUND naming the first unknown code. */
int st_user_set_partnerships(Store*, int64_t id, char *const *azCode, int n);
/* Set the password hash (gen+1). */
int st_user_set_password(Store*, int64_t id, const char *zPwHash);
/* Rename (gen unchanged). STORE_EXISTS when taken. */
int st_user_rename(Store*, int64_t id, const char *zNewName);
/* Remove the user (its partnership rows go with it). */
int st_user_remove(Store*, int64_t id);

#endif
