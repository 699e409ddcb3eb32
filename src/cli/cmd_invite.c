/*
** cmd_invite.c: invite and invite template show/set: survey links and
** reminders by e-mail (survey/invite_send.c).
** Handlers and their entries of the command table (aCmd_invite, help text
** beside each handler; commands.c gathers every area's table).
*/
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli/cli.h"
#include "survey/invite.h"
#include "util/i18n.h"

static int cmd_invite(Cli *p){
  InviteSendOpts o = {0};
  o.bReminder = cli_flag(p, "--reminder");
  o.bDryRun = cli_flag(p, "--dry-run");
  o.bAgain = cli_flag(p, "--again");
  o.rPerSecond = cli_opt_real(p, "--rate", 2.0);
  int bStdin = cli_flag(p, "--password-stdin");
  o.zSmtp = cli_opt(p, "--smtp");
  o.zFrom = cli_opt(p, "--from");
  o.zBaseUrl = cli_opt(p, "--base-url");
  cli_args(p, 2, 2);
  o.zPartnership = p->azArg[0];
  o.zWave = p->azArg[1];
  o.bNames = p->bNames;
  char zPass[512] = "";
  if( !o.bDryRun ){
    if( bStdin ){
      if( fgets(zPass, sizeof(zPass), stdin) ) zPass[strcspn(zPass, "\r\n")] = 0;
      o.zPassword = zPass;
    }else{
      o.zPassword = getenv("SYNERGIST_SMTP_PASSWORD");
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
  }
  Table *t;
  int nSent, nFailed;
  Err err = ERR_INIT;
  int rc = invite_send(p->pStore, &o, &t, &nSent, &nFailed, &err);
  if( !o.bDryRun ) curl_global_cleanup();
  if( rc ) cli_fail(&err);
  cli_print_table(p, t);
  if( !o.bDryRun ) fprintf(stderr, _("%d sent, %d failed\n"), nSent, nFailed);
  return nFailed ? EXIT_FAIL : EXIT_OK;
}

static int cmd_invite_template_show(Cli *p){
  const char *zLang = cli_opt(p, "--lang");
  int bReminder = cli_flag(p, "--reminder");
  cli_args(p, 0, 0);
  char *zSubject, *zBody;
  Err err = ERR_INIT;
  if( invite_template_get(p->pStore, zLang ? zLang : "en", bReminder, &zSubject, &zBody, &err) ) cli_fail(&err);
  printf("Subject: %s\n\n%s", zSubject, zBody);
  free(zSubject); free(zBody);
  return EXIT_OK;
}

static int cmd_invite_template_set(Cli *p){
  const char *zLang = cli_opt(p, "--lang");
  int bReminder = cli_flag(p, "--reminder");
  cli_args(p, 1, 1);
  if( !zLang ) zLang = "en";
  Err err = ERR_INIT;
  if( invite_template_save(p->pStore, zLang, bReminder, p->azArg[0], &err) ) cli_fail(&err);
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
    "Example:\n  synergist invite PCCP followup3 --dry-run\n"
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
