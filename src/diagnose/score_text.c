/*
** score_text.c: scores in words (score_text.h).
*/
#include <string.h>
#include "diagnose/score_text.h"
#include "util/i18n.h"

const char *score_band_words(const char *zBand){
  if( !zBand ) return "";
  if( strcmp(zBand, "concern")==0 ) return C_("band", "concern");
  if( strcmp(zBand, "work")==0 ) return C_("band", "work");
  if( strcmp(zBand, "strength")==0 ) return C_("band", "strength");
  return zBand;
}

const char *trend_arrow(PfTrend e){
  return e==PF_UP ? "\xe2\x86\x91" : e==PF_DOWN ? "\xe2\x86\x93" : "\xe2\x86\x92";
}

const char *trend_class(PfTrend e){
  return e==PF_UP ? "up" : e==PF_DOWN ? "down" : "flat";
}

const char *trend_code(PfTrend e){
  return e==PF_UP ? "rise" : e==PF_DOWN ? "fall" : e==PF_SAME ? "steady" : NULL;
}

char *trend_short(PfTrend e, double rDiff){
  switch( e ){
    case PF_UP:   return i18n_asprintf(_("up %.2f: a clear rise"), rDiff);
    case PF_DOWN: return i18n_asprintf(_("down %.2f: a clear fall"), -rDiff);
    case PF_SAME: return i18n_asprintf(_("about the same (%+.2f)"), rDiff);
    default:      return NULL;
  }
}
