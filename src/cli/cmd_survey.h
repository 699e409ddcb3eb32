/* cmd_survey.h: handlers of the survey commands (table aCmd_survey in cmd_survey.c). */
#ifndef SYN_CMD_SURVEY_H
#define SYN_CMD_SURVEY_H
#include "cli/cli.h"

int cmd_instrument_import(Cli*);   /* cmd_survey_instrument.c */
int cmd_instrument_list(Cli*);
int cmd_instrument_show(Cli*);
int cmd_instrument_export(Cli*);
int cmd_instrument_remove(Cli*);
int cmd_wave_add(Cli*);            /* cmd_survey_wave.c */
int cmd_wave_import(Cli*);
int cmd_wave_list(Cli*);
int cmd_wave_remove(Cli*);
int cmd_token_issue(Cli*);
int cmd_token_export(Cli*);
int cmd_token_revoke(Cli*);
int cmd_response_import(Cli*);     /* cmd_survey_response.c */
int cmd_response_list(Cli*);
int cmd_response_remove(Cli*);
int cmd_score(Cli*);
int cmd_serve(Cli*);                /* cmd_serve.c */
int cmd_invite(Cli*);               /* cmd_invite.c */
int cmd_invite_template_show(Cli*);
int cmd_invite_template_set(Cli*);               /* cmd_survey_score.c */

#endif
