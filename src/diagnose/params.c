/* params.c: the one table of diagnosis thresholds (see params.h). */
#include <stdlib.h>
#include <string.h>
#include "diagnose/params.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static const DiagParamDef aDef[DP_COUNT] = {
  [DP_GAP_DAYS] = {"gap_days", 180, "meeting_gap",
    N_("days between consecutive meetings above which a gap is reported (also the study setting gap_days)")},
  [DP_GAP_CONCERN_DAYS] = {"gap_concern_days", 365, "meeting_gap",
    N_("gaps longer than this are a concern rather than a warning")},
  [DP_TURNOVER_IND] = {"turnover_individual", 0.30, "turnover",
    N_("yearly individual turnover (departures / average headcount) reported at or above this")},
  [DP_TURNOVER_ORG] = {"turnover_organisational", 0.20, "turnover",
    N_("yearly organisational turnover (organisations no longer represented / average count) reported at or above this")},
  [DP_ATTEND_DROP] = {"attendance_drop", 0.15, "attendance_decline",
    N_("fall of the yearly attendance rate (share of present members attending) from the year before")},
  [DP_ATTEND_MIN_MEETINGS] = {"attendance_min_meetings", 3, "attendance_decline",
    N_("meetings a year needs before its attendance is compared")},
  [DP_MISSING_DAYS] = {"missing_days", 90, "missing_stakeholder_group",
    N_("days without any member of a stakeholder group that are reported")},
  [DP_DECLINE_POINTS] = {"decline_points", 0.5, "synergy_decline",
    N_("fall of mean synergy counted as a decline when reliable change cannot be computed")},
  [DP_SLIDE_WAVES] = {"slide_waves", 2, "synergy_decline",
    N_("consecutive falls of mean synergy that make a sustained slide")},
  [DP_SLIDE_POINTS] = {"slide_points", 0.3, "synergy_decline",
    N_("total fall over a sustained slide")},
  [DP_PROTECT_POINTS] = {"protect_points", 0.3, "tipping_point",
    N_("fall of a protective determinant (trust, involvement) counted as a loss")},
  [DP_ORG_LOSS] = {"org_loss", 0.2, "tipping_point",
    N_("share of organisations no longer represented between two waves counted as lost buy-in")},
  [DP_TIPPING_LOSSES] = {"tipping_losses", 1, "tipping_point",
    N_("losses among trust, involvement and organisational buy-in that make a decline a tipping point")},
  [DP_BELOW_PROGRAMME] = {"below_programme", 0.5, "low_determinant",
    N_("points below the mean of the programme's other partnerships in the same wave")},
  [DP_BALANCE_MARGIN] = {"balance_margin", 0, "benefits_below_drawbacks",
    N_("mean benefits minus drawbacks (per member) below this is reported")},
  [DP_RESPONSE_MIN] = {"response_min", 5, "low_response",
    N_("fewest answer sets to trust a wave")},
  [DP_RESPONSE_RATE] = {"response_rate", 0.5, "low_response",
    N_("lowest share of the members present at the wave's opening who answered")},
  [DP_LEVER_COUNT] = {"lever_count", 3, "levers",
    N_("how many levers to name per partnership")},
  [DP_LEVER_TARGET] = {"lever_target", 4.0, "levers",
    N_("score a determinant should reach (start of the strength band)")},
  [DP_LEVER_MIN_DF] = {"lever_min_df", 4, "levers",
    N_("fewest Satterthwaite degrees of freedom for a lever's cluster-robust (CR2) interval; below it the ordinary interval is used, with a caveat")},
  [DP_OPEN_DAYS] = {"open_days", 365, "portfolio",
    N_("a dated finding ending within this many days of today is still open")},
  [DP_SCREEN_RISK_RECONSIDER] = {"screen_risk_reconsider", 0.5, "screen",
    N_("share of the negative-factor maximum at which to reconsider a partnership")},
  [DP_SCREEN_RISK_CONDITIONS] = {"screen_risk_conditions", 0.25, "screen",
    N_("share of the negative-factor maximum at which to proceed only with conditions")},
  [DP_SCREEN_SUCCESS_MIN] = {"screen_success_min", 0.5, "screen",
    N_("share of the success-factor maximum needed to proceed without conditions")},
  [DP_NET_SHARE_DROP] = {"network_share_drop", 0.1, "network_fragmented",
    N_("fall in the largest component's share of the organisations since the previous wave")},
  [DP_NET_CENTRAL] = {"network_centralization", 0.6, "centralised_network",
    N_("degree centralization above which the network runs through one hub")},
  [DP_NET_DENSITY_DROP] = {"network_density_drop", 0.1, "network_thinning",
    N_("fall in density since the previous wave")},
  [DP_NET_LEVEL_DROP] = {"network_level_drop", 0.5, "network_thinning",
    N_("fall in the mean collaboration level (0 to 5) since the previous wave")},
};

static int param_index(const char *zKey, size_t n){
  for(int i=0; i<DP_COUNT; i++){
    if( strlen(aDef[i].zKey)==n && strncmp(aDef[i].zKey, zKey, n)==0 ) return i;
  }
  return -1;
}

/* Parse a number; 1 when zVal is entirely a number. */
static int parse_num(const char *zVal, double *pr){
  char *zEnd;
  if( !zVal || !*zVal ) return 0;
  *pr = strtod(zVal, &zEnd);
  return *zEnd==0;
}

int diag_params_load(Store *pStore, int nSet, const char *const *azSet, DiagParams *p, char **pzErr){
  *pzErr = NULL;
  for(int i=0; i<DP_COUNT; i++) p->a[i] = aDef[i].rDefault;
  if( pStore ){
    for(int i=0; i<DP_COUNT; i++){
      for(int pass=0; pass<2; pass++){
        if( pass==0 && i!=DP_GAP_DAYS ) continue;
        char *zKey = pass==0 ? xstrdup("gap_days") : xasprintf("diagnose.%s", aDef[i].zKey);
        char *zVal = NULL;
        double r;
        if( store_setting_get(pStore, zKey, &zVal)==0 && zVal && parse_num(zVal, &r) ) p->a[i] = r;
        free(zVal);
        free(zKey);
      }
    }
  }
  for(int k=0; k<nSet; k++){
    const char *zEq = strchr(azSet[k], '=');
    int i = zEq ? param_index(azSet[k], (size_t)(zEq-azSet[k])) : -1;
    if( i<0 ){
      *pzErr = xasprintf("unknown threshold in '%s' (see: synergist diagnose --rules)", azSet[k]);
      return 1;
    }
    if( !parse_num(zEq+1, &p->a[i]) ){
      *pzErr = xasprintf("threshold %s needs a number, not '%s'", aDef[i].zKey, zEq+1);
      return 1;
    }
  }
  return 0;
}

int diag_setting_known(const char *zKey){
  if( strncmp(zKey, "diagnose.", 9)!=0 ) return 0;
  return strcmp(zKey+9, "expected_groups")==0 || param_index(zKey+9, strlen(zKey+9))>=0;
}

char *diag_param_str(const DiagParams *p, int i){
  return xasprintf("%s=%g", aDef[i].zKey, p->a[i]);
}

Table *diag_params_table(const DiagParams *p){
  Table *t = table_newc(_("Diagnosis thresholds"), "key,value,default,rule,meaning");
  for(int i=0; i<DP_COUNT; i++){
    int r = table_row(t);
    table_text(t, r, 0, aDef[i].zKey);
    table_real(t, r, 1, p->a[i], p->a[i]==(long)p->a[i] ? 0 : 2);
    table_real(t, r, 2, aDef[i].rDefault, aDef[i].rDefault==(long)aDef[i].rDefault ? 0 : 2);
    table_text(t, r, 3, aDef[i].zRule);
    table_text(t, r, 4, _(aDef[i].zHelp));
  }
  return t;
}
