/*
** score_text.c: scores in words for the report (score_text.h).
*/
#include <string.h>
#include "report/score_text.h"
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

char *trend_short(const ScoreChange *c){
  switch( portfolio_trend(c) ){
    case PF_UP:   return i18n_asprintf(_("up %.2f: a clear rise"), c->diff);
    case PF_DOWN: return i18n_asprintf(_("down %.2f: a clear fall"), -c->diff);
    case PF_SAME: return i18n_asprintf(_("about the same (%+.2f)"), c->diff);
    default:      return NULL;
  }
}
