/*
** user.h: the users of the web workspace and what each may do. The use
** cases here are the only way users are added, changed, removed or
** signed in: `synergist user ...` (src/cli/cmd_user.c) and the user pages
** of `synergist serve` (src/serve/page_user.c) both call them.
**
** Roles, as in REDCap's user rights and data access groups, are ordered:
** each has every right of the roles below it.
**   viewer     dashboards and reports of their partnerships, no transcripts
**   coder      + sources, coding and memos of their partnerships
**   evaluator  + everything else in their partnerships (survey
**                administration, matrix summaries, coders and viewers of
**                their partnerships)
**   admin      + users, every partnership
** A user has a list of partnerships, or all of them (always, for an admin).
**
** Passwords are stored as argon2id strings (libsodium crypto_pwhash_str,
** interactive limits); a password is never stored, logged or printed.
** Every change of password, role or partnerships ends the user's web
** sessions (the store's gen number).
**
** Memory: a User is the caller's; user_clear() frees what it holds.
*/
#ifndef SYN_USER_H
#define SYN_USER_H
#include <stdint.h>
#include "store/store.h"
#include "util/err.h"
#include "util/errlist.h"

typedef enum Role { ROLE_NONE = 0, ROLE_VIEWER = 1, ROLE_CODER = 2, ROLE_EVALUATOR = 3, ROLE_ADMIN = 4 } Role;

/* The role named z ("admin", "evaluator", "coder", "viewer"), or ROLE_NONE. */
Role user_role_parse(const char *z);
/* The name of a role ("" for ROLE_NONE). Static. */
const char *user_role_name(Role);

#define USER_PW_MIN 10        /* characters (code points) */
#define USER_PW_MAX 1024      /* bytes */
#define USER_NAME_MAX 64      /* bytes */

typedef struct User {
  int64_t id;
  char *zName;
  Role role;
  int bAll;                 /* every partnership */
  int64_t iGen;             /* changes when password, role or partnerships change */
  int nPart; char **azPart; /* partnership codes when !bAll, in code order */
} User;
void user_clear(User*);

/* 1 when u has at least role `need` and (zPartnership NULL, or u's
** partnerships include zPartnership). u NULL: 0. Pure. */
int user_may(const User *u, Role need, const char *zPartnership);

/* What an add asks for; for an edit, what changes. */
typedef struct UserSpec {
  const char *zName;        /* add: the name; edit: a new name or NULL */
  Role role;                /* edit: ROLE_NONE keeps the role */
  int bParts;               /* edit: 1 when the partnerships below replace the old ones */
  int bAll;                 /* every partnership (given as "*") */
  int nPart; char *const *azPart;   /* partnership codes */
  int bLowCost;             /* add: a public password (the demo's), hashed at
                            ** argon2id's lowest cost */
} UserSpec;

/* 1 when pActor may give a user what pSpec asks (admins: anything;
** evaluators: a coder or a viewer of some of their own partnerships, not
** all unless they have all). pActor NULL means the command line, which
** may do anything (whoever can write the study file). Pure. */
int user_may_manage(const User *pActor, Role role, int bAll, int nPart, char *const *azPart);

/* The use cases below return 0, or the class of their failure with its
** message in *pErr (util/err.h): ERR_DATA with every problem in the list,
** each with its field ("name", "role", "partnership", "password") as the
** file of the entry, in the order of the form (the command line sorts
** them), and nothing written; ERR_FAIL when the user does not exist or the
** name is taken (the only failure of an add that is not a problem of its
** fields); ERR_INTERNAL or ERR_STUDY from the store. zWho: who makes the
** change, for the audit trail (NULL: the command line's st_who()). Each
** runs inside the caller's transaction, which the caller ends without a
** commit when one fails. */

/* Add a user with a password. Roles coder and up also get a coder of the
** same name (if none), so their coding is theirs in the audit trail. */
int user_add(Store*, const UserSpec*, const char *zPassword, const char *zWho, Err *pErr);
/* Change user zName as pSpec says (rename, role, partnerships). */
int user_edit(Store*, const char *zName, const UserSpec*, const char *zWho, Err *pErr);
int user_set_password(Store*, const char *zName, const char *zPassword, const char *zWho, Err *pErr);
int user_remove(Store*, const char *zName, const char *zWho, Err *pErr);
/* 0 when user zName exists, else ERR_FAIL "no user" (or the store's
** failure) in *pErr: `user password` asks no password for nobody. */
int user_find(Store*, const char *zName, Err *pErr);

/* Every user, by name (`user list`, the users page). Caller frees with
** st_user_recs_free(). */
struct UserRec;
int user_list(Store*, struct UserRec **pa, int *pn);
/* `user list`: name,role,partnerships ("*" for every one),password (set or
** none),created. Returns 0 or the class of the store's failure in *pErr. */
struct Table;
int user_list_table(Store*, struct Table **ppOut, Err *pErr);
/* The partnerships pActor may give users: all for a user of every
** partnership, else their own. Caller frees each code and the array. */
int user_grantable_partnerships(Store*, const User *pActor, char ***paz, int *pn);

/* Problems of a password (too short, too long, not UTF-8) into pErr. */
void user_check_password(const char *zPassword, ErrList *pErr);

/* Load user zName (or row id iId when zName is NULL) into *pOut. */
int user_load(Store*, const char *zName, int64_t iId, User *pOut);
/* 1 and *pOut set when zName exists, has a password and zPassword is it;
** 0 otherwise (taking about as long whether or not the user exists). */
int user_sign_in(Store*, const char *zName, const char *zPassword, User *pOut);

#endif
