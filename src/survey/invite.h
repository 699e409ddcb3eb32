/*
** invite.h: invitations and reminders to answer a wave (`synergist
** invite`): each member whose token is not complete gets, in their
** language (member attribute "language": en or fr, default en), the
** study's text for the step (else the built-in one) with their personal
** link, at their member attribute "email". Every send is recorded; a
** member is mailed once per step unless bAgain; sends are spaced to at
** most rPerSecond.
*/
#ifndef SYN_INVITE_H
#define SYN_INVITE_H
#include "store/store.h"
#include "survey/mail.h"
#include "util/err.h"
#include "util/table.h"

typedef struct InviteOpts {
  int bReminder;            /* the reminder step (only members already invited) */
  int bDryRun;              /* list who would be mailed; send and record nothing */
  int bAgain;               /* mail again those already mailed for this step */
  const char *zBaseUrl;     /* for the links: BASE/s/TOKEN */
  const char *zFrom;        /* sender address */
  const MailRelay *pRelay;  /* NULL only with bDryRun */
  double rPerSecond;        /* at most this many sends a second */
} InviteOpts;

/* Mail the members of a wave. Appends to pOut one row per token not
** complete: member, language, step, result (sent, would send, failed:
** ERROR, already invited, already reminded, not invited yet, no e-mail
** address) and with bNames the address. *pnSent and *pnFailed count.
** Each send is recorded in its own transaction (so none is repeated after
** an interruption): call it outside a transaction. Returns STORE_OK or a
** STORE_* error (message in store_errmsg()). */
int invite_run(Store*, const char *zPartnership, const char *zWave, const InviteOpts*,
               int bNames, Table *pOut, int *pnSent, int *pnFailed);

/* The study's text of a language ("en", "fr") and step, else the built-in
** one. Placeholders: {partnership}, {wave}, {link}, {closes}. Caller frees. */
int invite_template(Store*, const char *zLang, int bReminder, char **pzSubject, char **pzBody);

/* The text with its placeholders replaced. Caller frees. */
char *invite_fill(const char *zText, const char *zPartnership, const char *zWave,
                  const char *zLink, const char *zCloses);

/* ---- the commands' use cases (invite_send.c) ----
** Each returns 0 or the class of its failure with the message (a template
** file's problems: all of them, ERR_DATA) in *pErr; never prints or exits. */

/* `invite`: zSmtp, zFrom and zBaseUrl NULL take the study settings
** smtp_url, smtp_from and base_url; zPassword is the relay's (may be NULL).
** Without bDryRun the caller has started libcurl (curl_global_init()).
** *ppOut: member,language,step,result[,email with bNames]. */
typedef struct InviteSendOpts {
  const char *zPartnership, *zWave;
  int bReminder, bDryRun, bAgain, bNames;
  double rPerSecond;
  const char *zSmtp, *zFrom, *zBaseUrl, *zPassword;
} InviteSendOpts;
int invite_send(Store*, const InviteSendOpts*, Table **ppOut, int *pnSent, int *pnFailed, Err*);

/* `invite template show`: the text of zLang (en or fr, else ERR_USAGE) and step. */
int invite_template_get(Store*, const char *zLang, int bReminder, char **pzSubject, char **pzBody, Err*);

/* `invite template set`: the text of file zPath ("Subject: ...", an empty
** line, then a text holding {link}) stored for zLang and the step. */
int invite_template_save(Store*, const char *zLang, int bReminder, const char *zPath, Err*);

#endif
