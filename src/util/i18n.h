/*
** i18n.h: English and French through GNU gettext (text domain "synergist").
** _("...") marks and translates a message; N_("...") only marks it.
** i18n_init() binds the domain to the build tree's locale/ when it exists
** (so a build runs translated without install), else the installed one.
** i18n_set_lang("fr") switches the language of what follows (reports).
*/
#ifndef SYN_I18N_H
#define SYN_I18N_H
#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

void i18n_init(const char *zArgv0);
/* Switch to "en" or "fr"; returns 0, or -1 for an unknown language. */
int i18n_set_lang(const char *zLang);

#endif
