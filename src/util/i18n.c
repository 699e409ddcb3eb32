/* i18n.c: gettext set-up (see i18n.h). */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "util/i18n.h"

void i18n_init(const char *zArgv0){
  (void)zArgv0;
  setlocale(LC_ALL, "");
  /* Numbers are always written with a decimal point (CSV, JSON, reports). */
  setlocale(LC_NUMERIC, "C");
  const char *zDir = getenv("SYNERGIST_LOCALEDIR");
  if( !zDir ) zDir = access(SYNERGIST_BUILD_LOCALEDIR, F_OK)==0 ? SYNERGIST_BUILD_LOCALEDIR : SYNERGIST_LOCALEDIR;
  bindtextdomain("synergist", zDir);
  bind_textdomain_codeset("synergist", "UTF-8");
  textdomain("synergist");
}

int i18n_set_lang(const char *zLang){
  if( strcmp(zLang, "en")!=0 && strcmp(zLang, "fr")!=0 ) return -1;
  /* LANGUAGE wins over LC_MESSAGES in GNU gettext, but only when the locale
  ** is not "C"; C.UTF-8 is always present on Debian. */
  setenv("LANGUAGE", zLang, 1);
  if( !setlocale(LC_MESSAGES, "C.UTF-8") ) setlocale(LC_MESSAGES, "");
  extern int _nl_msg_cat_cntr;   /* tells gettext its catalogue choice changed */
  ++_nl_msg_cat_cntr;
  return 0;
}
