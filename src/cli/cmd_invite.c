/*
** cmd_invite.c: invite and invite template show/set: survey links and
** reminders by e-mail.
** Handlers and their entries of the command table (aCmd_invite, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "store/st_invite.h"
#include "survey/invite.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* The option, else the study setting; *pzFree gets what to free. */
static const char *opt_or_setting(Cli *p, const char *zOpt, const char *zKey, char **pzFree){
  const char *z = cli_opt(p, zOpt);
  *pzFree = NULL;
  if( z ) return z;
  if( store_setting_get(p->pStore, zKey, pzFree) ) fatal_store(p, STORE_ERROR);
  return *pzFree;
}

static int cmd_invite(Cli *p){
  InviteOpts o = {0};
  o.bReminder = cli_flag(p, "--reminder");
  o.bDryRun = cli_flag(p, "--dry-run");
  o.bAgain = cli_flag(p, "--again");
  o.rPerSecond = cli_opt_real(p, "--rate", 2.0);
  int bStdin = cli_flag(p, "--password-stdin");
  char *zF1, *zF2, *zF3;
  const char *zUrl = opt_or_setting(p, "--smtp", "smtp_url", &zF1);
  o.zFrom = opt_or_setting(p, "--from", "smtp_from", &zF2);
  o.zBaseUrl = opt_or_setting(p, "--base-url", "base_url", &zF3);
  cli_args(p, 2, 2);
  if( o.rPerSecond<=0 ) fatal(EXIT_USAGE, "%s", _("--rate must be above 0"));
  if( !o.zBaseUrl ) fatal(EXIT_USAGE, "%s", _("invite needs the survey's address: --base-url URL (or serve --base-url, setting base_url)"));
  MailRelay relay = { zUrl, NULL };
  char zPass[512] = "";
  if( !o.bDryRun ){
    if( !mail_url_ok(zUrl) ) fatal(EXIT_USAGE, "%s", _("invite needs an SMTP relay: --smtp smtps://user@host:465 (or setting smtp_url)"));
    if( !o.zFrom || !strchr(o.zFrom, '@') ) fatal(EXIT_USAGE, "%s", _("invite needs a sender: --from ADDRESS (or setting smtp_from)"));
    if( bStdin ){
      if( fgets(zPass, sizeof(zPass), stdin) ) zPass[strcspn(zPass, "\r\n")] = 0;
      relay.zPassword = zPass;
    }else{
      relay.zPassword = getenv("SYNERGIST_SMTP_PASSWORD");
    }
    o.pRelay = &relay;
    curl_global_init(CURL_GLOBAL_DEFAULT);
  }
  Table *t = table_newc(NULL, p->bNames ? "member,language,step,result,email" : "member,language,step,result");
  int nSent = 0, nFailed = 0;
  int rc = invite_run(p->pStore, p->azArg[0], p->azArg[1], &o, p->bNames, t, &nSent, &nFailed);
  if( !o.bDryRun ) curl_global_cleanup();
  free(zF1); free(zF2); free(zF3);
  if( rc ){ table_free(t); fatal_store(p, rc); }
  cli_print_table(p, t);
  if( !o.bDryRun ) fprintf(stderr, _("%d sent, %d failed\n"), nSent, nFailed);
  return nFailed ? EXIT_FAIL : EXIT_OK;
}

static int cmd_invite_template_show(Cli *p){
  const char *zLang = cli_opt(p, "--lang");
  int bReminder = cli_flag(p, "--reminder");
  cli_args(p, 0, 0);
  if( !zLang ) zLang = "en";
  if( strcmp(zLang, "en")!=0 && strcmp(zLang, "fr")!=0 ) fatal(EXIT_USAGE, "%s", _("--lang must be en or fr"));
  char *zSubject = NULL, *zBody = NULL;
  int rc = invite_template(p->pStore, zLang, bReminder, &zSubject, &zBody);
  if( rc ) fatal_store(p, rc);
  printf("Subject: %s\n\n%s", zSubject, zBody);
  free(zSubject); free(zBody);
  return EXIT_OK;
}

static int cmd_invite_template_set(Cli *p){
  const char *zLang = cli_opt(p, "--lang");
  int bReminder = cli_flag(p, "--reminder");
  cli_args(p, 1, 1);
  if( !zLang ) zLang = "en";
  if( strcmp(zLang, "en")!=0 && strcmp(zLang, "fr")!=0 ) fatal(EXIT_USAGE, "%s", _("--lang must be en or fr"));
  const char *zPath = p->azArg[0];
  FILE *in = fopen(zPath, "rb");
  if( !in ) fatal(EXIT_FAIL, _("cannot open %s"), zPath);
  Sb b = SB_INIT;
  char aBuf[4096]; size_t n;
  while( (n = fread(aBuf, 1, sizeof(aBuf), in))>0 ) sb_append(&b, aBuf, n);
  fclose(in);
  const char *z = sb_str(&b);
  ErrList err = ERRLIST_INIT;
  const char *zNl = strchr(z, '\n');
  if( strncmp(z, "Subject: ", 9)!=0 || !zNl ){
    errlist_add(&err, zPath, 1, 1, "%s", _("the first line must be \"Subject: ...\", then an empty line, then the text"));
  }else if( zNl[1]!='\n' && !(zNl[1]=='\r' && zNl[2]=='\n') ){
    errlist_add(&err, zPath, 2, 1, "%s", _("the line after the subject must be empty"));
  }else if( !strstr(zNl, "{link}") ){
    errlist_add(&err, zPath, 3, 1, "%s", _("the text must hold {link}, the member's personal link"));
  }
  if( err.n ) sb_free(&b);
  fatal_if_errors(&err);
  char *zSubject = xstrndup(z+9, (size_t)(zNl-(z+9)));
  zSubject[strcspn(zSubject, "\r")] = 0;
  const char *zBody = zNl[1]=='\r' ? zNl+3 : zNl+2;
  int rc = st_invite_template_set(p->pStore, zLang, bReminder ? "reminder" : "invitation", zSubject, zBody);
  free(zSubject);
  sb_free(&b);
  if( rc ) fatal_store(p, rc);
  printf(_("%s %s text saved\n"), zLang, bReminder ? _("reminder") : _("invitation"));
  return EXIT_OK;
}

const CmdEntry aCmd_invite[] = {
  { "invite", cmd_invite, CMD_STUDY, "e-mail members their survey link, or a reminder",
    "Usage: synergist invite PARTNERSHIP WAVE [--reminder] [--dry-run] [--again]\n"
    "                        [--smtp URL] [--from ADDRESS] [--base-url URL]\n"
    "                        [--rate N] [--password-stdin]\n\n"
    "Sends every member whose token of the wave is not complete an e-mail in\n"
    "their language (member attribute language: en or fr, default en) with\n"
    "their personal link BASE/s/TOKEN, to their member attribute email (import\n"
    "it as a roster column; it is printed only with --names). The text is the\n"
    "study's (invite template set) or the built-in one. --reminder mails those\n"
    "already invited and not complete. A member is never mailed twice for the\n"
    "same step unless --again. --dry-run lists who would be mailed and sends\n"
    "nothing. Every send is recorded (token export shows the last one); at\n"
    "most N mails a second (default 2).\n\n"
    "The relay: --smtp smtps://user@host:465 (TLS) or smtp://user@host:587\n"
    "(STARTTLS required; plain SMTP only to a loopback relay), else the setting\n"
    "smtp_url; --from, else smtp_from; the password from the environment\n"
    "variable SYNERGIST_SMTP_PASSWORD or, with --password-stdin, the first line\n"
    "of standard input. It is never stored. --base-url, else the setting\n"
    "base_url (saved by serve --base-url).\n\n"
    "Columns: member, language, step, result (sent, would send, failed: ERROR,\n"
    "already invited, already reminded, not invited yet, no e-mail address),\n"
    "with --names also email. Exit 1 when a send failed.\n\n"
    "Examples:\n  synergist invite PCCP followup3 --dry-run\n"
    "  SYNERGIST_SMTP_PASSWORD=... synergist invite PCCP followup3 --smtp smtps://survey@mail.example.org:465 --from survey@example.org\n"
    "  synergist invite PCCP followup3 --reminder\n" },
  { "invite template set", cmd_invite_template_set, CMD_WRITE, "change the invitation or reminder text",
    "Usage: synergist invite template set FILE [--lang en|fr] [--reminder]\n\n"
    "FILE: a first line \"Subject: ...\", an empty line, then the text. Both\n"
    "may hold {partnership}, {wave}, {closes} and must hold {link}, the\n"
    "member's personal link. Problems are listed as FILE:LINE:COLUMN (exit 3).\n\n"
    "Example:\n  synergist invite template show --lang fr > fr.txt && synergist invite template set fr.txt --lang fr\n" },
  { "invite template show", cmd_invite_template_show, CMD_STUDY, "print the invitation or reminder text",
    "Usage: synergist invite template show [--lang en|fr] [--reminder]\n\n"
    "The study's text, else the built-in one, in the format invite template set reads.\n\n"
    "Example:\n  synergist invite template show --lang fr --reminder\n" },
  {0,0,0,0,0}
};
