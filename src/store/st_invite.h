/*
** st_invite.h: the store's side of invitations and reminders: who holds a
** token of a wave with their e-mail and language (member attributes
** "email" and "language"), the record of every send, and the study's own
** invitation texts. Conventions: see store.h.
*/
#ifndef SYN_ST_INVITE_H
#define SYN_ST_INVITE_H
#include "store/store.h"

typedef struct InviteTarget {
  char *zToken, *zMember;   /* token, pseudonymous id */
  char *zEmail, *zLang;     /* attributes "email", "language"; may be NULL */
  char *zName;              /* real name, may be NULL */
  int bComplete;            /* the answer set is complete */
  int nInvited, nReminded;  /* sends the relay accepted, per step */
} InviteTarget;

/* Every token of the wave that is not revoked, ordered by member. Caller
** frees with st_invite_targets_free(). */
int st_invite_targets(Store*, const char *zPartnership, const char *zWave, InviteTarget **pa, int *pn);
void st_invite_targets_free(InviteTarget*, int);

/* Record one send of step ("invitation" or "reminder") to zToken. */
int st_invite_record(Store*, const char *zToken, const char *zStep, int bOk, const char *zError);

/* The study's text for a language and step: STORE_NOTFOUND (no message)
** when it keeps none. Caller frees both strings. */
int st_invite_template_get(Store*, const char *zLang, const char *zStep, char **pzSubject, char **pzBody);
int st_invite_template_set(Store*, const char *zLang, const char *zStep, const char *zSubject, const char *zBody);

#endif
