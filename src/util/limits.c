/* limits.c: the input limits and their settings (see limits.h). */
#include <stdlib.h>
#include <string.h>
#include "util/limits.h"
#include "util/i18n.h"

#define MB ((size_t)1024*1024)

typedef struct Limit {
  const char *zSetting;   /* study setting, in zUnit */
  size_t nUnit;           /* bytes per unit (1 for counts) */
  const char *zUnit;      /* "MB", "bytes", "levels" */
  size_t nDefault;        /* in units */
  size_t nMax;            /* the most a setting may ask for, in units */
  const char *zWhat;      /* what is limited, for messages and help */
} Limit;

static const Limit aLimit[LIM_COUNT] = {
  { "max_csv_field_mb",      MB, N_("MB"), 1,    4096,    N_("the longest CSV field") },
  { "max_source_text_mb",    MB, N_("MB"), 64,   4096,    N_("the longest source text") },
  { "max_archive_member_mb", MB, N_("MB"), 256,  16384,   N_("the largest uncompressed member of a .docx/.odt archive") },
  { "max_archive_total_mb",  MB, N_("MB"), 1024, 65536,   N_("the largest total uncompressed size of a .docx/.odt archive") },
  { "max_json_depth",        1,  N_("levels"), 64, 1000,  N_("the deepest nesting of a JSON file") },
  { "max_query_length",      1,  N_("bytes"), 4096, 1048576, N_("the longest search query") },
  { "max_query_depth",       1,  N_("levels"), 10, 100,   N_("the deepest nesting of parentheses in a search query") },
};

static size_t aValue[LIM_COUNT];   /* in units; 0: the default */

static size_t units(LimitId e){ return aValue[e] ? aValue[e] : aLimit[e].nDefault; }

size_t limit_get(LimitId e){
  size_t n = units(e);
  return n > (size_t)-1 / aLimit[e].nUnit ? (size_t)-1 : n*aLimit[e].nUnit;
}

const char *limit_setting(LimitId e){ return aLimit[e].zSetting; }

static int find(const char *zKey){
  for(int i=0; i<LIM_COUNT; i++) if( strcmp(aLimit[i].zSetting, zKey)==0 ) return i;
  return -1;
}

int limit_is_setting(const char *zKey){ return find(zKey)>=0; }

/* The value of zVal for limit i, or 0 when it is not one. */
static unsigned long long limit_value(int i, const char *zVal){
  if( i<0 || !zVal ) return 0;
  char *zEnd;
  unsigned long long v = strtoull(zVal, &zEnd, 10);
  if( zVal[0]<'0' || zVal[0]>'9' || *zEnd || v<1 || v>aLimit[i].nMax ) return 0;
  return v;
}

int limit_set(const char *zKey, const char *zVal){
  int i = find(zKey);
  unsigned long long v = limit_value(i, zVal);
  if( !v ) return 1;
  aValue[i] = (size_t)v;
  return 0;
}

int limit_check(const char *zKey, const char *zVal){
  return limit_value(find(zKey), zVal)==0;
}

const char *limit_hint(LimitId e){
  static _Thread_local char zBuf[200];   /* server threads format hints at once */
  snprintf(zBuf, sizeof(zBuf), _("%s is %zu %s (raise it with: synergist setting %s N)"),
           _(aLimit[e].zWhat), units(e), _(aLimit[e].zUnit), aLimit[e].zSetting);
  return zBuf;
}

void limits_print(FILE *out){
  fputs(_("Input limits\n"
        "  Every input has a limit, so that a hostile or broken file can neither\n"
        "  exhaust memory nor run without end. An input over a limit is refused\n"
        "  with its place (FILE:LINE:COLUMN, or the query's column), a message\n"
        "  naming the limit and its setting, exit code 3 (2 for a query), and\n"
        "  nothing changes. Each limit is a study setting (synergist setting KEY N):\n\n"), out);
  for(int i=0; i<LIM_COUNT; i++){
    fprintf(out, "  %-22s %6zu %-6s ", aLimit[i].zSetting, aLimit[i].nDefault, _(aLimit[i].zUnit));
    fprintf(out, _("%s (at most %zu)"), _(aLimit[i].zWhat), aLimit[i].nMax);
    fputc('\n', out);
  }
  fputs(_("\n  Duplicate checks sort or hash, so reading stays linear; a repeated id\n"
        "  is one problem, at its second use, listing the lines of its first ten\n"
        "  uses and \"and N more\".\n"), out);
  fputs(_("\n  Sizes are counted while reading: an archive member is refused as soon as\n"
        "  inflating it passes the limit, whatever its header claims. A problem list\n"
        "  longer than 100 entries is cut, ending with \"and N more\".\n"
        "  Example: synergist setting max_source_text_mb 128\n"), out);
}
