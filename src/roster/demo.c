/*
** demo.c: the fictional IMPACT-like programme of `synergist demo`: two
** partnerships modelled on the two cases of the partnership-synergy case
** study, with invented people, organisations, meetings and timeline.
**
**  PCCP  13 members at the end of 2018, 34 over the years; stable
**        organisations but high individual turnover: the 2015 provincial
**        reform took most non-academic members, replaced from the same
**        organisations months later; meets face to face every 2 to 8 weeks.
**  CHRP  23 members at the end of 2018, 30 over the years; meets every
**        6 weeks to a few times a year, with no meeting for about 1.5 years
**        while ethics approval was delayed; decisions made by the research
**        team.
** Members 011-019 (PCCP) and 011-017 (CHRP) are the interviewees, with
** the gender and role mix of a 16-person interview sample.
** Everything is deterministic (DemoRng with a fixed seed).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "roster/demo.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/err.h"
#include "util/xalloc.h"

uint64_t demo_rng_next(DemoRng *r){
  uint64_t x = r->s ? r->s : 0x9E3779B97F4A7C15ull;
  x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
  r->s = x;
  return x * 0x2545F4914F6CDD1Dull;
}
double demo_rng_uniform(DemoRng *r){ return (double)(demo_rng_next(r) >> 11) / 9007199254740992.0; }
double demo_rng_normal(DemoRng *r){
  double u1 = demo_rng_uniform(r), u2 = demo_rng_uniform(r);
  if( u1<1e-300 ) u1 = 1e-300;
  return sqrt(-2.0*log(u1)) * cos(2.0*M_PI*u2);
}

typedef struct DemoOrg { const char *zName; const char *zSector; } DemoOrg;
static const DemoOrg aOrg[] = {
  {"Littoral-Nord Regional Health Network", "health system"},
  {"Val-des-Pins Regional Health Network", "health system"},
  {"Littoral-Nord General Practice Division", "nonprofit"},
  {"Val-des-Pins General Practice Division", "nonprofit"},
  {"Quartier Est Community Development Corporation", "nonprofit"},
  {"Université du Littoral", "academic"},
  {"Val-des-Pins University", "academic"},
  {"Provincial Ministry of Health", "government"},
  {"Harbourview Health Authority", "health system"},
  {"Harbourview University", "academic"},
  {"Harbourview Home and Community Care", "health system"},
  {"Harbourview Public Health Services", "government"},
  {"Bayside Community Health Centre", "nonprofit"},
  {"Harbourview Community Information Line", "nonprofit"},
  {"Harbourview Family Practice Network", "health system"},
  {"Friends of Bayside Seniors", "nonprofit"},
};

/* One member: pid, group, gender, organisation index (-1: none), joined, left. */
typedef struct DemoMember { const char *zPid, *zGroup, *zGender; int iOrg; const char *zJoined, *zLeft; } DemoMember;

static const DemoMember aPccp[] = {
  /* interviewees, present at the end of 2018 */
  {"011","research coordinator","female",5,"2013-09-01",0},
  {"012","academic researcher","female",5,"2013-09-01",0},
  {"013","decision maker","female",0,"2015-10-01",0},
  {"014","decision maker","female",1,"2015-11-15",0},
  {"015","decision maker","male",7,"2016-02-01",0},
  {"016","clinician","female",2,"2015-12-01",0},
  {"017","clinician","female",3,"2014-03-01",0},
  {"018","research coordinator","female",6,"2013-09-01",0},
  {"019","community organisation representative","female",4,"2015-12-01",0},
  /* other current members */
  {"020","academic researcher","male",6,"2013-09-01",0},
  {"021","health system administrator","female",0,"2016-04-01",0},
  {"022","patient partner","male",-1,"2016-06-01",0},
  {"023","clinician","male",2,"2014-05-01",0},
  /* non-academic members the 2015 reform took away */
  {"024","decision maker","female",0,"2013-09-01","2015-04-30"},
  {"025","decision maker","male",1,"2013-09-01","2015-05-15"},
  {"026","health system administrator","female",0,"2013-09-01","2015-04-15"},
  {"027","health system administrator","female",1,"2013-11-01","2015-06-01"},
  {"028","clinician","female",2,"2013-09-01","2015-06-30"},
  {"029","clinician","male",3,"2013-09-01","2015-05-31"},
  {"030","community organisation representative","female",4,"2013-09-01","2015-07-15"},
  {"031","decision maker","female",7,"2014-01-15","2015-04-30"},
  {"032","health system administrator","male",0,"2014-02-01","2015-05-01"},
  {"033","decision maker","female",1,"2014-06-01","2015-08-31"},
  {"034","clinician","female",3,"2014-09-01","2015-06-15"},
  {"035","patient partner","female",-1,"2014-03-01","2015-09-01"},
  {"036","health system administrator","female",1,"2014-04-01","2015-04-20"},
  {"037","decision maker","male",0,"2014-10-01","2015-07-01"},
  /* other departures over the years */
  {"038","research coordinator","female",5,"2013-09-01","2014-08-31"},
  {"039","academic researcher","male",5,"2013-09-01","2016-12-31"},
  {"040","clinician","female",2,"2016-01-01","2017-06-30"},
  {"041","decision maker","female",0,"2016-03-01","2017-09-30"},
  {"042","patient partner","female",-1,"2016-06-01","2017-03-31"},
  {"043","research coordinator","female",6,"2014-09-01","2016-05-31"},
  {"044","community organisation representative","male",4,"2016-02-01","2018-03-31"},
};

static const DemoMember aChrp[] = {
  {"011","academic researcher","female",9,"2013-06-01",0},
  {"012","research coordinator","female",9,"2013-06-01",0},
  {"013","decision maker","female",8,"2013-06-01",0},
  {"014","decision maker","male",11,"2013-09-01",0},
  {"015","clinician","female",14,"2013-06-01",0},
  {"016","community organisation representative","male",13,"2014-01-15",0},
  {"017","patient partner","female",-1,"2014-02-01",0},
  {"018","academic researcher","male",9,"2013-06-01",0},
  {"019","academic researcher","female",9,"2013-06-01",0},
  {"020","decision maker","female",8,"2013-06-01",0},
  {"021","health system administrator","female",10,"2013-06-01",0},
  {"022","health system administrator","male",10,"2014-03-01",0},
  {"023","clinician","male",14,"2013-06-01",0},
  {"024","clinician","female",14,"2014-09-01",0},
  {"025","community organisation representative","female",12,"2013-06-01",0},
  {"026","community organisation representative","female",15,"2014-05-01",0},
  {"027","patient partner","male",-1,"2014-02-01",0},
  {"028","patient partner","female",-1,"2016-11-01",0},
  {"029","decision maker","female",11,"2017-01-15",0},
  {"030","community organisation representative","male",13,"2013-06-01",0},
  {"031","health system administrator","female",8,"2017-04-01",0},
  {"032","clinician","female",14,"2017-09-01",0},
  {"033","research coordinator","female",9,"2018-01-15",0},
  /* departures */
  {"034","research coordinator","female",9,"2013-06-01","2017-12-31"},
  {"035","decision maker","male",8,"2013-06-01","2016-06-30"},
  {"036","clinician","female",14,"2013-09-01","2015-12-31"},
  {"037","patient partner","male",-1,"2014-02-01","2016-03-31"},
  {"038","health system administrator","female",10,"2013-06-01","2017-02-28"},
  {"039","community organisation representative","female",15,"2014-05-01","2016-09-30"},
  {"040","decision maker","female",11,"2013-09-01","2016-12-31"},
};

static const char *const azFirst[] = { "Amélie","Brigitte","Chantal","Denis","Élise","François","Geneviève",
  "Hugo","Isabelle","Julien","Karine","Louis","Manon","Nadia","Olivier","Pascale","Rachel","Simon",
  "Thérèse","Valérie","Alice","Brian","Carol","David","Emma","Frank","Grace","Henry","Irene","James",
  "Karen","Liam","Megan","Nathan","Olivia","Peter","Ruth","Samuel","Tara","Victor" };
static const char *const azLast[] = { "Aubert","Bélanger","Caron","Dufresne","Émond","Fortier","Gagnon",
  "Hébert","Imbeault","Jolicoeur","Lacasse","Mercier","Nadeau","Ouellet","Pelletier","Rioux","Arden",
  "Blake","Corwin","Dunmore","Ellery","Fairbank","Garrow","Hollis","Ingram","Jessop","Kendal","Lockwood" };

typedef struct DemoEvent { const char *zP, *zDate, *zEnd, *zKind, *zCat, *zTitle, *zDetail, *zHow, *zComm; } DemoEvent;
static const DemoEvent aEvent[] = {
  {"PCCP","2013-09-01",0,"context","funding","Research programme grant starts",
   "Five-year grant covers coordination and evaluation, not the intervention itself.",0,0},
  {"PCCP","2014-02-11",0,"decision",0,"Volunteer guides chosen as the intervention",
   "After two workshops the partners chose telephone outreach by trained volunteer guides.","vote","minutes and e-mail to all partners"},
  {"PCCP","2015-04-01",0,"context","reform","Provincial health reform merges regional agencies",
   "Regional health networks are merged into larger integrated centres; many managers and clinicians change posts.",0,0},
  {"PCCP","2015-06-16",0,"decision",0,"Rebuild the partnership table with the merged centres",
   "Partners agree to invite new representatives from each organisation and to pause recruitment of patients.","consensus","letter of understanding re-signed"},
  {"PCCP","2016-03-08",0,"adaptation",0,"Intervention adapted to the centralised waiting list",
   "Guides now call patients when they are matched with a family physician by the central list.","vote","minutes"},
  {"PCCP","2017-05-09",0,"adaptation",0,"Second neighbourhood added",
   "The intervention is extended to a second deprived neighbourhood with the community development corporation.","vote","minutes and newsletter"},
  {"CHRP","2013-06-01",0,"context","funding","Research programme grant starts",
   "The grant funds a coordinator and the evaluation; partners are not paid for their time.",0,0},
  {"CHRP","2014-03-20",0,"decision",0,"Bilingual lay navigators chosen",
   "The research team proposed navigators in primary care practices; partners were consulted.","research team","presentation at the partnership meeting"},
  {"CHRP","2015-05-20","2016-11-15","context","ethics delay","Ethics approval delayed",
   "Multi-site ethics review stalls the project; the partnership does not meet for about eighteen months.",0,0},
  {"CHRP","2016-11-15",0,"decision",0,"New start-up plan after ethics approval",
   "The research team set the recruitment schedule and reported it to partners.","research team","e-mail"},
  {"CHRP","2017-03-01",0,"adaptation",0,"Navigators extend to French-speaking patients",
   "Navigation offered in both official languages in two practices.","research team","meeting"},
  {"CHRP","2017-10-01",0,"context","policy change","Sub-regional integration and budget restraint",
   "Community services are regrouped by sub-region and budgets are frozen.",0,0},
};

#define RC(x) do{ int rc_ = (x); if( rc_ ) return rc_; }while(0)

static int add_members(Store *p, DemoRng *r, const char *zP, const DemoMember *a, int n, int iSalt){
  for(int i=0; i<n; i++){
    MemberRec m = {0};
    MemberAttr at[1];
    char zName[128];
    snprintf(zName, sizeof(zName), "%s %s", azFirst[(i*7 + iSalt) % (int)(sizeof(azFirst)/sizeof(azFirst[0]))],
             azLast[(i*5 + iSalt*3) % (int)(sizeof(azLast)/sizeof(azLast[0]))]);
    m.zPartnership = (char*)zP; m.zPid = (char*)a[i].zPid; m.zGroup = (char*)a[i].zGroup;
    m.zJoined = (char*)a[i].zJoined; m.zLeft = (char*)a[i].zLeft; m.zRealName = zName;
    m.zOrg = a[i].iOrg>=0 ? (char*)aOrg[a[i].iOrg].zName : NULL;
    at[0].zName = "gender"; at[0].zType = "text"; at[0].zValue = (char*)a[i].zGender;
    m.aAttr = at; m.nAttr = 1;
    RC(st_member_add(p, &m));
  }
  (void)r;
  return STORE_OK;
}

/* Meetings of zP from iFirst to iLast, spaced by a random gap in [minGap,maxGap]
** days, skipping [iSkipFrom, iSkipTo). Attendance: each present member comes
** with a probability by group, lower for non-academics in the months after
** iDip (the reform). */
static int add_meetings(Store *p, DemoRng *r, const char *zP, const DemoMember *a, int n,
                        int iFirst, int iLast, int minGap, int maxGap,
                        int iSkipFrom, int iSkipTo, int iDip, const char *zKind, int nDur){
  int x = iFirst;
  while( x<=iLast ){
    char zDate[11];
    date_format(x, zDate);
    int64_t id;
    RC(st_meeting_add(p, zP, zDate, zKind, nDur, NULL, &id));
    for(int i=0; i<n; i++){
      int j, l = 0;
      date_parse(a[i].zJoined, &j);
      if( a[i].zLeft ) date_parse(a[i].zLeft, &l);
      if( x<j || (a[i].zLeft && x>=l) ) continue;
      int bAcad = strstr(a[i].zGroup, "research")!=NULL || strstr(a[i].zGroup, "academic")!=NULL;
      double pr = bAcad ? 0.92 : 0.74;
      if( strcmp(a[i].zGroup, "patient partner")==0 ) pr = 0.6;
      if( iDip && !bAcad && x>=iDip && x<iDip+200 ) pr = 0.3;
      if( demo_rng_uniform(r)<pr ) RC(st_attendance_add(p, id, a[i].zPid, NULL));
    }
    x += minGap + (int)(demo_rng_uniform(r)*(maxGap-minGap+1));
    if( iSkipFrom && x>=iSkipFrom && x<iSkipTo ) x = iSkipTo;
  }
  return STORE_OK;
}

int demo_roster(Store *p){
  DemoRng r = { 20180601 };
  RC(st_partnership_add(p, "PCCP", "Primary Care Connection Partnership",
     "Volunteer guides help unattached patients in deprived neighbourhoods connect with a newly assigned family physician."));
  RC(st_partnership_add(p, "CHRP", "Community Health Resources Partnership",
     "Bilingual lay navigators in primary care practices help patients with complex needs reach community services."));
  for(size_t i=0; i<sizeof(aOrg)/sizeof(aOrg[0]); i++) RC(st_org_add(p, aOrg[i].zName, aOrg[i].zSector));
  int nP = (int)(sizeof(aPccp)/sizeof(aPccp[0])), nC = (int)(sizeof(aChrp)/sizeof(aChrp[0]));
  RC(add_members(p, &r, "PCCP", aPccp, nP, 0));
  RC(add_members(p, &r, "CHRP", aChrp, nC, 11));
  int d0, d1, dReform, dGap0, dGap1;
  date_parse("2013-10-08", &d0); date_parse("2018-12-11", &d1); date_parse("2015-04-01", &dReform);
  RC(add_meetings(p, &r, "PCCP", aPccp, nP, d0, d1, 14, 56, 0, 0, dReform, "partnership table", 120));
  date_parse("2013-07-10", &d0); date_parse("2015-05-20", &dGap0); date_parse("2016-11-15", &dGap1);
  RC(add_meetings(p, &r, "CHRP", aChrp, nC, d0, d1, 42, 150, dGap0, dGap1, 0, "steering committee", 90));
  for(size_t i=0; i<sizeof(aEvent)/sizeof(aEvent[0]); i++){
    const DemoEvent *e = &aEvent[i];
    EventRec ev = { 0, (char*)e->zP, (char*)e->zDate, (char*)e->zEnd, (char*)e->zKind, (char*)e->zCat,
                    (char*)e->zTitle, (char*)e->zDetail, (char*)e->zHow, (char*)e->zComm };
    RC(st_event_add(p, &ev, NULL));
  }
  store_setting_set(p, "gap_days", "180");
  return STORE_OK;
}

int demo_study(Store *p, Err *pErr){
  char **az; int n;
  if( st_partnership_codes(p, &az, &n) ) return store_err(p, STORE_ERROR, pErr);
  for(int i=0; i<n; i++) free(az[i]);
  free(az);
  if( n>0 ) return err_set(pErr, ERR_FAIL, "%s already holds partnerships; the demo needs a new study file", store_path(p));
  int rc = demo_roster(p);
  if( !rc ) rc = demo_survey(p);
  if( !rc ) rc = demo_qual(p);
  if( !rc ) rc = demo_network(p);
  if( rc ) return store_err(p, rc, pErr);
  return demo_users(p, pErr);
}
