/*
** invite.c: invitations and reminders (see invite.h): whom to mail, the
** texts (the study's or the built-in English and French ones), the record
** of every send. SQL in store/st_invite.c; the mail itself in mail.c.
*/
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "survey/invite.h"
#include "store/st_answer.h"
#include "store/st_invite.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

static const struct { const char *zLang, *zStep, *zSubject, *zBody; } aBuiltin[] = {
  { "en", "invitation", "Your partnership's survey: {partnership}",
    "Hello,\n\n"
    "The partnership {partnership} asks its members how their collaboration works\n"
    "({wave}). The survey takes about fifteen minutes. Your answers are\n"
    "confidential: they are kept under a code, never with your name, and shown\n"
    "only for groups large enough that no one can tell how you answered.\n\n"
    "Your personal link (please do not share it):\n{link}\n\n"
    "Your answers are saved page by page: you can stop and come back with the\n"
    "same link. The survey closes on {closes}.\n\n"
    "Thank you for your time.\n" },
  { "en", "reminder", "Reminder: your partnership's survey ({partnership})",
    "Hello,\n\n"
    "A reminder that the survey of {partnership} ({wave}) is open until {closes}.\n"
    "If you have started, the same link takes you back where you stopped.\n\n"
    "Your personal link (please do not share it):\n{link}\n\n"
    "Thank you.\n" },
  { "fr", "invitation", "L’enquête de votre partenariat : {partnership}",
    "Bonjour,\n\n"
    "Le partenariat {partnership} demande à ses membres comment fonctionne leur\n"
    "collaboration ({wave}). L’enquête prend environ quinze minutes. Vos réponses\n"
    "sont confidentielles : elles sont conservées sous un code, jamais avec votre\n"
    "nom, et montrées seulement pour des groupes assez grands pour que personne ne\n"
    "puisse savoir comment vous avez répondu.\n\n"
    "Votre lien personnel (merci de ne pas le partager) :\n{link}\n\n"
    "Vos réponses sont enregistrées page par page : vous pouvez arrêter et revenir\n"
    "avec le même lien. L’enquête ferme le {closes}.\n\n"
    "Merci de votre temps.\n" },
  { "fr", "reminder", "Rappel : l’enquête de votre partenariat ({partnership})",
    "Bonjour,\n\n"
    "Un rappel : l’enquête de {partnership} ({wave}) est ouverte jusqu’au {closes}.\n"
    "Si vous l’avez commencée, le même lien vous ramène là où vous vous êtes arrêté.\n\n"
    "Votre lien personnel (merci de ne pas le partager) :\n{link}\n\n"
    "Merci.\n" },
};

int invite_template(Store *p, const char *zLang, int bReminder, char **pzSubject, char **pzBody){
  const char *zStep = bReminder ? "reminder" : "invitation";
  int rc = st_invite_template_get(p, zLang, zStep, pzSubject, pzBody);
  if( rc!=STORE_NOTFOUND ) return rc;
  for(size_t i=0; i<sizeof(aBuiltin)/sizeof(aBuiltin[0]); i++){
    if( strcmp(aBuiltin[i].zLang, zLang)==0 && strcmp(aBuiltin[i].zStep, zStep)==0 ){
      *pzSubject = xstrdup(aBuiltin[i].zSubject);
      *pzBody = xstrdup(aBuiltin[i].zBody);
      return STORE_OK;
    }
  }
  return STORE_NOTFOUND;
}

char *invite_fill(const char *zText, const char *zPartnership, const char *zWave,
                  const char *zLink, const char *zCloses){
  static const char *const azKey[] = { "{partnership}", "{wave}", "{link}", "{closes}" };
  const char *azVal[] = { zPartnership, zWave, zLink, zCloses };
  Sb b = SB_INIT;
  for(const char *z = zText; *z; ){
    int k = 0;
    for(; k<4; k++) if( strncmp(z, azKey[k], strlen(azKey[k]))==0 ) break;
    if( k<4 ){ sb_puts(&b, azVal[k] ? azVal[k] : ""); z += strlen(azKey[k]); }
    else sb_putc(&b, *z++);
  }
  return sb_take(&b);
}

/* A row of the result table. */
static void add_row(Table *t, const InviteTarget *x, const char *zLang, const char *zStep,
                    const char *zResult, int bNames){
  int r = table_row(t);
  table_text(t, r, 0, x->zMember);
  table_text(t, r, 1, zLang);
  table_text(t, r, 2, _(zStep));
  table_text(t, r, 3, zResult);
  if( bNames ) table_text(t, r, 4, x->zEmail);
}

/* One mail's outcome, written in its own transaction (a mail sent is
** recorded even when a later one fails). */
typedef struct InviteRecord { const char *zToken, *zStep; int bSent; const char *zErr; } InviteRecord;
static int record_one(Store *p, void *pArg){
  InviteRecord *r = pArg;
  return st_invite_record(p, r->zToken, r->zStep, r->bSent, r->zErr);
}

int invite_run(Store *p, const char *zPartnership, const char *zWave, const InviteOpts *o,
               int bNames, Table *pOut, int *pnSent, int *pnFailed){
  *pnSent = *pnFailed = 0;
  InviteTarget *a = NULL;
  int n = 0;
  int rc = st_invite_targets(p, zPartnership, zWave, &a, &n);
  if( rc ) return rc;
  const char *zStep = o->bReminder ? N_("reminder") : N_("invitation");
  TokenInfo tok = {0};
  if( n ) rc = st_token_info(p, a[0].zToken, &tok);
  const char *zPName = tok.zPartnershipName ? tok.zPartnershipName : zPartnership;
  struct timespec gap = { 0, 0 };
  if( o->rPerSecond>0 ){
    double s = 1.0/o->rPerSecond;
    gap.tv_sec = (time_t)s;
    gap.tv_nsec = (long)((s - (double)gap.tv_sec)*1e9);
  }
  int nDone = 0;
  for(int i=0; i<n && rc==STORE_OK; i++){
    InviteTarget *x = &a[i];
    const char *zLang = x->zLang && strcmp(x->zLang, "fr")==0 ? "fr" : "en";
    if( x->bComplete ) continue;
    if( !o->bReminder && x->nInvited && !o->bAgain ){ add_row(pOut, x, zLang, zStep, _("already invited"), bNames); continue; }
    if( o->bReminder && !x->nInvited ){ add_row(pOut, x, zLang, zStep, _("not invited yet"), bNames); continue; }
    if( o->bReminder && x->nReminded && !o->bAgain ){ add_row(pOut, x, zLang, zStep, _("already reminded"), bNames); continue; }
    if( !x->zEmail || !strchr(x->zEmail, '@') ){ add_row(pOut, x, zLang, zStep, _("no e-mail address"), bNames); continue; }
    if( o->bDryRun ){ add_row(pOut, x, zLang, zStep, _("would send"), bNames); continue; }
    char *zSubject = NULL, *zBody = NULL;
    rc = invite_template(p, zLang, o->bReminder, &zSubject, &zBody);
    if( rc ) break;
    char *zLink = xasprintf("%s/s/%s", o->zBaseUrl, x->zToken);
    const char *zCloses = tok.zCloses ? tok.zCloses : (strcmp(zLang, "fr")==0 ? "(date à venir)" : "(date to come)");
    char *zS = invite_fill(zSubject, zPName, zWave, zLink, zCloses);
    char *zB = invite_fill(zBody, zPName, zWave, zLink, zCloses);
    char *zMsg = mail_compose(o->zFrom, x->zEmail, zS, zB);
    if( nDone++ && (gap.tv_sec || gap.tv_nsec) ) nanosleep(&gap, NULL);
    char *zErr = NULL;
    int bFail = mail_send(o->pRelay, o->zFrom, x->zEmail, zMsg, &zErr);
    InviteRecord rec = { x->zToken, zStep, !bFail, zErr };
    int rcRec = STORE_OK;
    rc = store_write(p, record_one, &rec, &rcRec);
    if( !rc ) rc = rcRec;
    if( bFail ){
      char *zRes = xasprintf(_("failed: %s"), zErr);
      add_row(pOut, x, zLang, zStep, zRes, bNames);
      free(zRes);
      (*pnFailed)++;
    }else{
      add_row(pOut, x, zLang, zStep, _("sent"), bNames);
      (*pnSent)++;
    }
    free(zErr); free(zMsg); free(zS); free(zB); free(zLink); free(zSubject); free(zBody);
  }
  st_token_info_clear(&tok);
  st_invite_targets_free(a, n);
  return rc;
}
