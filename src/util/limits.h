/*
** limits.h: the one table of input limits. Every reader of outside input
** (CSV fields, source texts, zip archives, JSON nesting, search queries)
** asks here how much it may accept, so that a hostile file can neither
** exhaust memory nor recurse without end, and so that `synergist help
** limits` and the README describe exactly what is enforced.
**
** Each limit has a default and a study setting that raises or lowers it
** (`synergist setting max_source_text_mb 128`); main.c loads the settings
** of the open study with limits_load(). An input over a limit is refused
** with its place and limit_hint(), which names the limit and its setting.
*/
#ifndef SYN_LIMITS_H
#define SYN_LIMITS_H
#include <stddef.h>
#include <stdio.h>

typedef enum {
  LIM_CSV_FIELD = 0,     /* bytes in one CSV field */
  LIM_SOURCE_TEXT,       /* bytes of one source's text (after extraction) */
  LIM_ARCHIVE_MEMBER,    /* uncompressed bytes of one member of a .docx/.odt */
  LIM_ARCHIVE_TOTAL,     /* uncompressed bytes of all members of one archive */
  LIM_JSON_DEPTH,        /* nesting of arrays and objects in a JSON file */
  LIM_QUERY_LENGTH,      /* bytes of a search query */
  LIM_QUERY_DEPTH,       /* nesting of parentheses in a search query */
  LIM_COUNT
} LimitId;

/* The current value of a limit (in bytes for sizes). */
size_t limit_get(LimitId);
/* The setting's name, e.g. "max_source_text_mb". */
const char *limit_setting(LimitId);
/* 1 if zKey names a limit's setting. */
int limit_is_setting(const char *zKey);
/* Set a limit from its setting's text (a whole number >= 1, in the
** setting's unit, at most the limit's ceiling, which keeps recursion and
** arithmetic safe). Returns 0, or 1 when zVal is not such a number. */
int limit_set(const char *zKey, const char *zVal);
/* 0 when limit_set() would take zVal for zKey, else 1 (nothing set). */
int limit_check(const char *zKey, const char *zVal);
/* "the longest CSV field is 1 MB (setting max_csv_field_mb)": the calling
** thread's buffer (valid until its next call), for the message of an input refused for this limit. */
const char *limit_hint(LimitId);
/* The table printed by `synergist help limits`. */
void limits_print(FILE *out);

#endif
