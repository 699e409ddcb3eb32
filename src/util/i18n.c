/* i18n.c: gettext set-up and the choice of language (see i18n.h). */
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "util/i18n.h"

/* The language in use: -1 not yet known, 0 English, 1 French. */
static int iLangCur = -1;

/* Is z, a locale or LANGUAGE entry, the language zL ("fr", "en")? */
static int is_lang(const char *z, const char *zL){
  size_t n = strlen(zL);
  return strncmp(z, zL, n)==0 && (z[n]==0 || z[n]=='_' || z[n]=='.' || z[n]=='@' || z[n]==':');
}

/* The language the environment asks for: "fr", "en" or NULL (leave gettext's choice). */
static const char *env_lang(void){
  const char *zLoc = getenv("LC_ALL");
  if( !zLoc || !*zLoc ) zLoc = getenv("LC_MESSAGES");
  if( !zLoc || !*zLoc ) zLoc = getenv("LANG");
  /* GNU gettext ignores LANGUAGE in the C locale; so does synergist. */
  if( !zLoc || !*zLoc || strcmp(zLoc, "C")==0 || strcmp(zLoc, "POSIX")==0 ) return NULL;
  const char *z = getenv("LANGUAGE");
  while( z && *z ){
    if( is_lang(z, "fr") ) return "fr";
    if( is_lang(z, "en") ) return "en";
    z = strchr(z, ':');
    if( z ) z++;
  }
  return is_lang(zLoc, "fr") ? "fr" : NULL;
}

/* The catalogue folder for a program at zExe: zExe's folder joined with
** zRel into zBuf, if that folder holds a synergist catalogue; else NULL. */
static const char *catalogue_near(char *zBuf, size_t nBuf, const char *zExe, const char *zRel){
  const char *zSlash = strrchr(zExe, '/');
  if( !zSlash ) return NULL;
  int n = snprintf(zBuf, nBuf, "%.*s/%s", (int)(zSlash-zExe), zExe, zRel);
  if( n<0 || (size_t)n>=nBuf ) return NULL;
  char zMo[PATH_MAX+64];
  snprintf(zMo, sizeof(zMo), "%s/fr/LC_MESSAGES/synergist.mo", zBuf);
  return access(zMo, R_OK)==0 ? zBuf : NULL;
}

/* Where the catalogues are: $SYNERGIST_LOCALEDIR; else beside the program
** as installed (PREFIX/bin/synergist finds PREFIX/share/locale, wherever
** PREFIX was moved); else as built (build/synergist finds build/locale);
** else the install prefix compiled in. zBuf holds the path found. */
static const char *locale_dir(char *zBuf, size_t nBuf, const char *zArgv0){
  const char *zDir = getenv("SYNERGIST_LOCALEDIR");
  if( zDir && *zDir ) return zDir;
  char zExe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", zExe, sizeof(zExe)-1);
  if( n>0 ){
    zExe[n] = 0;
  }else if( zArgv0 && strchr(zArgv0, '/') && strlen(zArgv0)<sizeof(zExe) ){
    strcpy(zExe, zArgv0);
  }else{
    return SYNERGIST_LOCALEDIR;
  }
  if( (zDir = catalogue_near(zBuf, nBuf, zExe, SYNERGIST_REL_LOCALEDIR))!=NULL ) return zDir;
  if( (zDir = catalogue_near(zBuf, nBuf, zExe, "locale"))!=NULL ) return zDir;
  return SYNERGIST_LOCALEDIR;
}

void i18n_init(const char *zArgv0){
  setlocale(LC_ALL, "");
  /* Numbers are always written with a decimal point (CSV, JSON, reports). */
  setlocale(LC_NUMERIC, "C");
  char zBuf[PATH_MAX+32];
  bindtextdomain("synergist", locale_dir(zBuf, sizeof(zBuf), zArgv0));
  bind_textdomain_codeset("synergist", "UTF-8");
  textdomain("synergist");
  iLangCur = -1;
  /* French even when no French locale is installed (only C.UTF-8 is sure). */
  const char *zLang = env_lang();
  if( zLang && strcmp(zLang, "fr")==0 ) i18n_set_lang("fr");
}

int i18n_set_lang(const char *zLang){
  if( strcmp(zLang, "en")!=0 && strcmp(zLang, "fr")!=0 ) return -1;
  /* LANGUAGE wins over LC_MESSAGES in GNU gettext, but only when the locale
  ** is not "C"; C.UTF-8 is always present on Debian. */
  setenv("LANGUAGE", zLang, 1);
  if( !setlocale(LC_MESSAGES, "C.UTF-8") ) setlocale(LC_MESSAGES, "");
  extern int _nl_msg_cat_cntr;   /* tells gettext its catalogue choice changed */
  ++_nl_msg_cat_cntr;
  iLangCur = -1;
  return 0;
}

static _Thread_local int tEnglish;
void i18n_thread_english(int bEnglish){ tEnglish = bEnglish; }

const char *i18n_gettext(const char *zId){
  return tEnglish ? zId : gettext(zId);
}
#undef ngettext
const char *i18n_ngettext(const char *zId, const char *zPlural, unsigned long n){
  if( tEnglish ) return n==1 ? zId : zPlural;
  return ngettext(zId, zPlural, n);
}

int i18n_is_fr(void){
  if( tEnglish ) return 0;
  if( iLangCur<0 ){
    /* gettext("") is the header of the catalogue in use, "" without one. */
    static const char zEmpty[] = "";
    const char *zHead = gettext(zEmpty);
    iLangCur = zHead && strstr(zHead, "\nLanguage: fr")!=NULL;
  }
  return iLangCur;
}

const char *i18n_lang(void){ return i18n_is_fr() ? "fr" : "en"; }

const char *i18n_pgettext(const char *zCtxId, const char *zId){
  if( tEnglish ) return zId;
  const char *z = gettext(zCtxId);
  return z==zCtxId ? zId : z;
}
