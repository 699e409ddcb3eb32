/*
** invite_send.c: the use cases of `invite` and `invite template` (invite.h)
** over the mailing loop (invite.c) and the store's templates.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "survey/invite.h"
#include "store/st_invite.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* zOpt, else study setting zKey into *pzFree (the caller frees it). */
static int opt_or_setting(Store *p, const char *zOpt, const char *zKey, const char **pz, char **pzFree, Err *pErr){
  *pzFree = NULL;
  *pz = zOpt;
  if( zOpt ) return 0;
  if( store_setting_get(p, zKey, pzFree) ) return store_err(p, STORE_ERROR, pErr);
  *pz = *pzFree;
  return 0;
}

/* The options checked and completed; 0 or ERR_USAGE/the store's class. */
static int invite_opts(Store *p, const InviteSendOpts *s, InviteOpts *o, const char **pzUrl, char *azFree[3], Err *pErr){
  memset(o, 0, sizeof(*o));
  o->bReminder = s->bReminder;
  o->bDryRun = s->bDryRun;
  o->bAgain = s->bAgain;
  o->rPerSecond = s->rPerSecond;
  if( opt_or_setting(p, s->zSmtp, "smtp_url", pzUrl, &azFree[0], pErr)
   || opt_or_setting(p, s->zFrom, "smtp_from", &o->zFrom, &azFree[1], pErr)
   || opt_or_setting(p, s->zBaseUrl, "base_url", &o->zBaseUrl, &azFree[2], pErr) ) return pErr->e;
  if( o->rPerSecond<=0 ) return err_set(pErr, ERR_USAGE, "%s", _("--rate must be above 0"));
  if( !o->zBaseUrl ){
    return err_set(pErr, ERR_USAGE, "%s", _("invite needs the survey's address: --base-url URL (or serve --base-url, setting base_url)"));
  }
  if( !o->bDryRun ){
    if( !mail_url_ok(*pzUrl) ){
      return err_set(pErr, ERR_USAGE, "%s", _("invite needs an SMTP relay: --smtp smtps://user@host:465 (or setting smtp_url)"));
    }
    if( !o->zFrom || !strchr(o->zFrom, '@') ){
      return err_set(pErr, ERR_USAGE, "%s", _("invite needs a sender: --from ADDRESS (or setting smtp_from)"));
    }
  }
  return 0;
}

int invite_send(Store *p, const InviteSendOpts *s, Table **ppOut, int *pnSent, int *pnFailed, Err *pErr){
  *ppOut = NULL;
  *pnSent = *pnFailed = 0;
  InviteOpts o;
  const char *zUrl = NULL;
  char *azFree[3] = {0};
  int rc = invite_opts(p, s, &o, &zUrl, azFree, pErr);
  if( !rc ){
    MailRelay relay = { zUrl, s->zPassword };
    if( !o.bDryRun ) o.pRelay = &relay;
    Table *t = table_newc(NULL, s->bNames ? "member,language,step,result,email" : "member,language,step,result");
    int src = invite_run(p, s->zPartnership, s->zWave, &o, s->bNames, t, pnSent, pnFailed);
    if( src ){
      table_free(t);
      rc = store_err(p, src, pErr);
    }else{
      *ppOut = t;
    }
  }
  for(int i=0; i<3; i++) free(azFree[i]);
  return rc;
}

static int check_lang(const char *zLang, Err *pErr){
  if( strcmp(zLang, "en")!=0 && strcmp(zLang, "fr")!=0 ) return err_set(pErr, ERR_USAGE, "%s", _("--lang must be en or fr"));
  return 0;
}

int invite_template_get(Store *p, const char *zLang, int bReminder, char **pzSubject, char **pzBody, Err *pErr){
  *pzSubject = *pzBody = NULL;
  if( check_lang(zLang, pErr) ) return pErr->e;
  int rc = invite_template(p, zLang, bReminder, pzSubject, pzBody);
  return rc ? store_err(p, rc, pErr) : 0;
}

int invite_template_save(Store *p, const char *zLang, int bReminder, const char *zPath, Err *pErr){
  if( check_lang(zLang, pErr) ) return pErr->e;
  FILE *in = fopen(zPath, "rb");
  if( !in ) return err_set(pErr, ERR_FAIL, _("cannot open %s"), zPath);
  Sb b = SB_INIT;
  char aBuf[4096]; size_t n;
  while( (n = fread(aBuf, 1, sizeof(aBuf), in))>0 ) sb_append(&b, aBuf, n);
  fclose(in);
  const char *z = sb_str(&b);
  ErrList *pList = &pErr->list;
  const char *zNl = strchr(z, '\n');
  if( strncmp(z, "Subject: ", 9)!=0 || !zNl ){
    errlist_add(pList, zPath, 1, 1, "%s", _("the first line must be \"Subject: ...\", then an empty line, then the text"));
  }else if( zNl[1]!='\n' && !(zNl[1]=='\r' && zNl[2]=='\n') ){
    errlist_add(pList, zPath, 2, 1, "%s", _("the line after the subject must be empty"));
  }else if( !strstr(zNl, "{link}") ){
    errlist_add(pList, zPath, 3, 1, "%s", _("the text must hold {link}, the member's personal link"));
  }
  if( err_if_problems(pErr) ){ sb_free(&b); return ERR_DATA; }
  char *zSubject = xstrndup(z+9, (size_t)(zNl-(z+9)));
  zSubject[strcspn(zSubject, "\r")] = 0;
  const char *zBody = zNl[1]=='\r' ? zNl+3 : zNl+2;
  int rc = st_invite_template_set(p, zLang, bReminder ? "reminder" : "invitation", zSubject, zBody);
  free(zSubject);
  sb_free(&b);
  return rc ? store_err(p, rc, pErr) : 0;
}
