/*
** i18n.h: English and French through GNU gettext (text domain "synergist").
** _("...") marks and translates a message; N_("...") only marks it;
** C_("context", "...") translates a short word whose meaning depends on a
** context (a finding kind, a level), giving the word itself untranslated;
** NC_() marks one for a static table.
** Plurals go through ngettext(). scripts/update-po.sh knows every keyword.
**
** i18n_init() binds the domain to $SYNERGIST_LOCALEDIR, else to the
** catalogues found from the program's own path: PREFIX/share/locale for an
** installed PREFIX/bin/synergist (however PREFIX was moved), build/locale
** for build/synergist (so a build runs translated without install); else
** to the install prefix compiled in. zArgv0 serves only where
** /proc/self/exe is missing. It chooses the language from the usual
** environment: LC_ALL, then LC_MESSAGES, then LANG give the locale; unless
** it is C/POSIX, the first of LANGUAGE (a ':' list) that is English or
** French wins, else the locale's own language. French needs no installed
** French locale.
** i18n_set_lang("fr") switches the language of what follows (reports);
** i18n_thread_english() does it for one thread only (the server).
**
** Numbers in text follow the language: i18n_num() and the i18n_*printf()
** functions write a decimal comma in French ("3,45") and a no-break space
** (U+00A0) between a number and its percent sign ("82 %"), and exactly
** printf's output in English. LC_NUMERIC stays "C", so CSV, JSON and the
** workbook keep a decimal point.
*/
#ifndef SYN_I18N_H
#define SYN_I18N_H
#include <libintl.h>
#include <stdarg.h>
#include "util/sb.h"

#define _(s) i18n_gettext(s)
/* Every ngettext() goes through i18n_ngettext (for i18n_thread_english). */
#undef ngettext
#define ngettext(s1, s2, n) i18n_ngettext(s1, s2, n)
#define N_(s) (s)
#define C_(ctx, s) i18n_pgettext(ctx "\004" s, s)
/* Marks a word in a context for a static table; translate it with
** i18n_pgettext(NC_(ctx, s), s). */
#define NC_(ctx, s) (ctx "\004" s)

void i18n_init(const char *zArgv0);
/* gettext() and ngettext(), unless this thread asked for English. */
const char *i18n_gettext(const char *zId);
const char *i18n_ngettext(const char *zId, const char *zPlural, unsigned long n);
/* bEnglish 1: this thread's messages, numbers and i18n_lang() are English
** whatever the catalogue in use (the message ids are the English texts);
** 0: back to the catalogue. The server keeps the French catalogue for the
** whole process and draws shared pages (the report) in English this way,
** since the catalogue choice itself is process-wide. */
void i18n_thread_english(int bEnglish);
/* Switch to "en" or "fr"; returns 0, or -1 for an unknown language. */
int i18n_set_lang(const char *zLang);
/* The language messages come out in: "fr" when the French catalogue is in
** use, else "en". */
const char *i18n_lang(void);
/* 1 when i18n_lang() is "fr". */
int i18n_is_fr(void);
/* The translation of zCtxId ("context\004word"), or zId when there is none
** (C_() builds both). */
const char *i18n_pgettext(const char *zCtxId, const char *zId);

/* Room for any i18n_num() result. */
#define I18N_NUM_MAX 64
/* r with nDec decimals in the current language ("-0.00" written "0.00");
** into zBuf (I18N_NUM_MAX bytes), which is returned. NAN gives "NA"
** (callers that show something else test isnan first). */
const char *i18n_num(char *zBuf, double r, int nDec);
/* printf (positional %n$ arguments too) with numbers in the current
** language as described above. Caller frees the string. */
char *i18n_asprintf(const char *zFmt, ...) __attribute__((format(printf,1,2)));
char *i18n_vasprintf(const char *zFmt, va_list ap);
void i18n_sb_printf(Sb *p, const char *zFmt, ...) __attribute__((format(printf,2,3)));
void i18n_sb_vprintf(Sb *p, const char *zFmt, va_list ap);
/* The same formatting, choosing French (bFr 1) or English explicitly. */
char *i18n_vasprintf_lang(int bFr, const char *zFmt, va_list ap);

#endif
