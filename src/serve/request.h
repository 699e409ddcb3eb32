/*
** request.h: parsing what a browser sends, as pure functions with no
** server state (unit-tested and harnessed by the fuzzing helper):
** form bodies (application/x-www-form-urlencoded), cookies, the language
** a page is shown in, token shapes, route patterns, and the path as it
** may be logged (a token cut to its first 4 characters).
*/
#ifndef SYN_SERVE_REQUEST_H
#define SYN_SERVE_REQUEST_H
#include <stddef.h>

#define SV_FORM_MAX 512          /* fields in one form */

/* A parsed form: n fields, names and values decoded, NUL-terminated,
** owned by the form (sv_form_clear). */
typedef struct SvForm {
  int n; char **azName; char **azValue;
  char *zBuf;                 /* holds every string (private) */
} SvForm;

/* Parse z[0..n) as application/x-www-form-urlencoded into *pForm (empty
** first). Returns 0, or -1 when malformed: a field without '=', an empty
** name, a bad or NUL %-escape, bytes that are not UTF-8, more than
** SV_FORM_MAX fields. On -1 the form is left empty. */
int sv_form_parse(const char *z, size_t n, SvForm *pForm);
void sv_form_clear(SvForm*);
/* The value of the first field zName, or NULL. Borrowed. */
const char *sv_form_get(const SvForm*, const char *zName);
/* How many fields are named zName. */
int sv_form_count(const SvForm*, const char *zName);

/* The value of cookie zName in a Cookie header (NULL: none) into zOut
** (nOut bytes, truncated), returning 1 when found. */
int sv_cookie_get(const char *zHeader, const char *zName, char *zOut, size_t nOut);

/* 1 for French, 0 for English: the ?lang= value when "en" or "fr", else
** the lang cookie, else the first of en/fr in Accept-Language by
** q-value (ties: the order given), else English. Any may be NULL. */
int sv_lang_pick(const char *zQuery, const char *zCookie, const char *zAcceptLanguage);

/* 1 if z has the shape of a survey token: 16 to 64 characters of the
** URL-safe base64 alphabet (A-Z a-z 0-9 - _). */
int sv_token_shape(const char *z);

/* Match zPath against a route pattern of '/'-separated segments: a
** literal, "{token}" (a token shape), "{p}" (a name such as a partnership
** code: any 1 to 64 bytes but '/', as the server decoded the path) or "{n}"
** (a whole number 1-9999). On a match returns 1 and copies the token or
** name into zToken (65 bytes) and the number into *pN. */
int sv_route_match(const char *zPattern, const char *zPath, char *zToken, int *pN);

/* zPath as logged: every segment of token shape after "/s/" is cut to its
** first 4 characters followed by "..."; the query string is dropped.
** Into zOut (nOut bytes). */
void sv_log_path(const char *zPath, char *zOut, size_t nOut);

#endif
