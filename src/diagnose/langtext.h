/*
** langtext.h: English and French texts of the diagnosis data files
** (data/levers.json, data/screening.json). A text is written in JSON
** either as one value for both languages or as an object of languages:
**     "label": "trust"
**     "label": {"en": "trust", "fr": "confiance"}
**     "suggestions": {"en": ["...", "..."], "fr": ["...", "..."]}
** A language left out takes the English text.
**
** A LangList owns its strings; lang_list_clear() frees them.
*/
#ifndef SYN_DIAG_LANGTEXT_H
#define SYN_DIAG_LANGTEXT_H

struct json_t;

/* The strings of one text in each language: [0] English, [1] French. */
typedef struct LangList { int an[2]; char **aaz[2]; } LangList;

/* Parse member zKey of JSON object o: a string (bArray 0) or an array of
** strings (bArray 1), or an object {"en": ..., "fr": ...} of them. Returns
** 0 (absent: an empty list), or 1 when it has another shape. */
int lang_list_parse(struct json_t *o, const char *zKey, int bArray, LangList *p);
void lang_list_clear(LangList*);
/* Copy JSON array v of strings into *paz (NULL-terminated, caller frees
** each and the array) and *pn; 0, or 1 when v is not an array of strings
** (what was copied is still the caller's). */
int lang_json_strings(struct json_t *v, char ***paz, int *pn);
/* The strings in the current language (i18n_lang()); *pn gets the count. */
char *const *lang_list_get(const LangList*, int *pn);
/* The first string in the current language, or NULL when there is none. */
const char *lang_text(const LangList*);

#endif
