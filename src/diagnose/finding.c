/* finding.c: building, ordering and writing findings (see finding.h). */
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "diagnose/finding.h"
#include "util/i18n.h"
#include "util/sb.h"
#include "util/xalloc.h"

/* The strings of one list's findings, copied one after another into
** blocks that findings_free() releases together: a programme's 50,000
** findings hold some thirty strings each, which one malloc() and free()
** apiece cost more than making them. A text too long to share a block
** gets one of its own, behind the block being filled. */
#define POOL_BLOCK 65536
typedef struct PoolBlock { struct PoolBlock *pNext; size_t nUsed, nSize; char a[]; } PoolBlock;
typedef struct FndPool {
  PoolBlock *pHead;       /* the block being filled first */
  Sb scratch;             /* fnd_detail()'s text before it is copied */
} FndPool;

static char *pool_dup(FndPool *p, const char *z, size_t n){
  PoolBlock *b = p->pHead;
  if( !b || b->nSize - b->nUsed < n+1 ){
    size_t nSize = n+1 > POOL_BLOCK/4 ? n+1 : POOL_BLOCK;
    b = xmalloc(sizeof(PoolBlock) + nSize);
    b->nUsed = 0; b->nSize = nSize;
    if( nSize!=POOL_BLOCK && p->pHead ){ b->pNext = p->pHead->pNext; p->pHead->pNext = b; }
    else{ b->pNext = p->pHead; p->pHead = b; }
  }
  char *r = b->a + b->nUsed;
  memcpy(r, z, n);
  r[n] = 0;
  b->nUsed += n+1;
  return r;
}
static char *pool_str(FndPool *p, const char *z){ return z ? pool_dup(p, z, strlen(z)) : NULL; }

/* a with room for element n (of nSize bytes): the room doubles at 4, 8, 16, ... */
static void *room_for(void *a, int n, size_t nSize){
  if( n>0 && (n<4 || (n & (n-1))) ) return a;
  return xrealloc(a, nSize*(size_t)(n ? 2*n : 4));
}

Findings *findings_new(void){
  Findings *p = xcalloc(1, sizeof(Findings));
  p->pPool = xcalloc(1, sizeof(FndPool));
  return p;
}

static void finding_clear(Finding *f){
  free(f->aFig);
  free(f->aEv);
  free(f->azAction);
}

void findings_free(Findings *p){
  if( !p ) return;
  for(int i=0; i<p->n; i++) finding_clear(&p->a[i]);
  free(p->a);
  for(PoolBlock *b = p->pPool->pHead, *pNext; b; b = pNext){ pNext = b->pNext; free(b); }
  sb_free(&p->pPool->scratch);
  free(p->pPool);
  free(p);
}

Finding *findings_add(Findings *p, const char *zPartnership, const char *zKind, Severity eSev,
                      const char *zRule, const char *zThreshold){
  if( p->n==p->nAlloc ){
    p->nAlloc = p->nAlloc ? 2*p->nAlloc : 16;
    p->a = xrealloc(p->a, sizeof(Finding)*(size_t)p->nAlloc);
  }
  Finding *f = &p->a[p->n++];
  memset(f, 0, sizeof(*f));
  f->pPool = p->pPool;
  f->zPartnership = pool_str(f->pPool, zPartnership);
  f->zKind = pool_str(f->pPool, zKind);
  f->eSev = eSev;
  f->zRule = pool_str(f->pPool, zRule);
  f->zThreshold = pool_str(f->pPool, zThreshold);
  f->iSeq = p->n - 1;
  f->iKindRank = finding_kind_rank(zKind);
  return f;
}

void fnd_detail(Finding *f, const char *zFmt, ...){
  Sb *s = &f->pPool->scratch;
  sb_reset(s);
  va_list ap;
  va_start(ap, zFmt);
  i18n_sb_vprintf(s, zFmt, ap);
  va_end(ap);
  f->zDetail = pool_dup(f->pPool, sb_str(s), s->n);
}

void fnd_period(Finding *f, const char *zWave, const char *zDate, const char *zDateEnd){
  f->zWave = pool_str(f->pPool, zWave);
  f->zDate = pool_str(f->pPool, zDate);
  f->zDateEnd = pool_str(f->pPool, zDateEnd);
}

void fnd_threshold(Finding *f, const char *zThreshold){ f->zThreshold = pool_str(f->pPool, zThreshold); }

void fnd_ci_sb(Sb *p, double lo, double hi){
  if( isnan(lo) || isnan(hi) ) sb_puts(p, _("no confidence interval (fewer than 2 answers or no spread)"));
  else i18n_sb_printf(p, _("95%% CI %.2f to %.2f"), lo, hi);
}

char *fnd_ci_text(double lo, double hi){
  Sb s = SB_INIT;
  fnd_ci_sb(&s, lo, hi);
  return sb_take(&s);
}

void fnd_figure(Finding *f, const char *zName, double r, int nDec){
  f->aFig = room_for(f->aFig, f->nFig, sizeof(FindFigure));
  FindFigure *g = &f->aFig[f->nFig++];
  g->zName = pool_str(f->pPool, zName); g->r = r; g->nDec = nDec;
}

void fnd_evidence(Finding *f, const char *zType, int64_t id, const char *zRef, const char *zText){
  f->aEv = room_for(f->aEv, f->nEv, sizeof(FindEvidence));
  FindEvidence *e = &f->aEv[f->nEv++];
  e->zType = pool_str(f->pPool, zType); e->id = id;
  e->zRef = pool_str(f->pPool, zRef); e->zText = pool_str(f->pPool, zText);
}

void fnd_action(Finding *f, const char *zText){
  f->azAction = room_for(f->azAction, f->nAction, sizeof(char*));
  f->azAction[f->nAction++] = pool_str(f->pPool, zText);
}

/* The words for machine name z in table az of n (name, NC_() word) pairs. */
static const char *name_in(const char *const (*az)[2], size_t n, const char *z){
  for(size_t i=0; i<n; i++) if( strcmp(az[i][0], z)==0 ) return i18n_pgettext(az[i][1], z);
  return z;
}

const char *evidence_type_name(const char *zType){
  /* TRANSLATORS: kinds of evidence behind a finding. */
  static const char *const az[][2] = {
    { "item", NC_("evidence", "item") },
    { "scale", NC_("evidence", "scale") },
    { "meeting", NC_("evidence", "meeting") },
    { "event", NC_("evidence", "event") },
    { "member", NC_("evidence", "member") },
    { "organisation", NC_("evidence", "organisation") },
    { "segment", NC_("evidence", "segment") },
    { "wave", NC_("evidence", "wave") },
  };
  return name_in(az, sizeof(az)/sizeof(az[0]), zType);
}

const char *timeline_kind_name(const char *zKind){
  /* TRANSLATORS: kinds of timeline events. */
  static const char *const az[][2] = {
    { "context", NC_("timeline", "context") },
    { "decision", NC_("timeline", "decision") },
    { "adaptation", NC_("timeline", "adaptation") },
  };
  return name_in(az, sizeof(az)/sizeof(az[0]), zKind);
}

char *evidence_ref_words(const FindEvidence *e){
  const char *zSp = e->zRef ? strchr(e->zRef, ' ') : NULL;
  if( !zSp || strcmp(e->zType, "event") ) return xstrdup(e->zRef ? e->zRef : "");
  return xasprintf("%.*s %s", (int)(zSp - e->zRef), e->zRef, timeline_kind_name(zSp+1));
}

const char *severity_name(Severity e){
  return e==SEV_CONCERN ? "concern" : e==SEV_WARNING ? "warning" : "info";
}

int finding_kind_rank(const char *zKind){
  static const char *const azKind[] = {
    "tipping_point", "synergy_decline", "synergy_recovery", "low_determinant", "benefits_below_drawbacks",
    "turnover", "meeting_gap", "attendance_decline", "missing_stakeholder_group",
    "network_fragmented", "isolated_group", "single_broker", "centralised_network", "network_thinning",
    "peripheral_synergy", "low_response", "levers",
  };
  int n = (int)(sizeof(azKind)/sizeof(azKind[0]));
  for(int i=0; i<n; i++) if( strcmp(azKind[i], zKind)==0 ) return i;
  return n;
}

double finding_figure(const Finding *f, const char *zName){
  for(int i=0; i<f->nFig; i++) if( strcmp(f->aFig[i].zName, zName)==0 ) return f->aFig[i].r;
  return NAN;
}

static int cmp_str0(const char *x, const char *y){ return strcmp(x ? x : "", y ? y : ""); }

int finding_cmp_weight(const Finding *x, const Finding *y){
  if( x->eSev!=y->eSev ) return (int)y->eSev - (int)x->eSev;
  if( x->iKindRank!=y->iKindRank ) return x->iKindRank - y->iKindRank;
  int c = strcmp(x->zKind, y->zKind);
  if( c ) return c;
  double mx = isnan(x->rMagnitude) ? 0 : x->rMagnitude, my = isnan(y->rMagnitude) ? 0 : y->rMagnitude;
  if( mx!=my ) return mx>my ? -1 : 1;
  double rx = finding_figure(x, "rank"), ry = finding_figure(y, "rank");   /* levers: the rule's own order */
  if( !isnan(rx) && !isnan(ry) && rx!=ry ) return rx<ry ? -1 : 1;
  if( (c = cmp_str0(x->zRule, y->zRule))!=0 ) return c;
  if( x->nEv && y->nEv ){
    if( (c = strcmp(x->aEv[0].zType, y->aEv[0].zType))!=0 ) return c;
    if( (c = cmp_str0(x->aEv[0].zRef, y->aEv[0].zRef))!=0 ) return c;
  }
  if( x->iOrder!=y->iOrder ) return x->iOrder>y->iOrder ? -1 : 1;
  return x->iSeq<y->iSeq ? -1 : x->iSeq>y->iSeq;
}

static int cmp_finding(const void *a, const void *b){
  const Finding *x = a, *y = b;
  int c = strcmp(x->zPartnership, y->zPartnership);
  if( c ) return c;
  if( x->iOrder!=y->iOrder ) return x->iOrder<y->iOrder ? -1 : 1;
  return finding_cmp_weight(x, y);
}

void findings_sort(Findings *p){
  if( p->n>1 ) qsort(p->a, (size_t)p->n, sizeof(Finding), cmp_finding);
}

int findings_of(const Findings *p, const char *zP, int *piFirst){
  int lo = 0, hi = p->n;
  while( lo<hi ){
    int mid = lo + (hi-lo)/2;
    if( strcmp(p->a[mid].zPartnership, zP)<0 ) lo = mid+1; else hi = mid;
  }
  int iEnd = lo;
  while( iEnd<p->n && strcmp(p->a[iEnd].zPartnership, zP)==0 ) iEnd++;
  *piFirst = lo;
  return iEnd - lo;
}

/* "%.*f" of a figure, or "NA". */
static void put_figure(Sb *s, const FindFigure *g){
  if( isnan(g->r) ) sb_printf(s, "%s=NA", g->zName);
  else sb_printf(s, "%s=%.*f", g->zName, g->nDec, g->r);
}

Table *findings_table(const Findings *p){
  Table *t = table_newc(_("Findings"),
    "partnership,kind,severity,wave,date,end_date,rule,threshold,detail,figures,evidence");
  for(int i=0; i<p->n; i++){
    const Finding *f = &p->a[i];
    int r = table_row(t);
    table_text(t, r, 0, f->zPartnership);
    table_text(t, r, 1, f->zKind);
    table_text(t, r, 2, severity_name(f->eSev));
    table_text(t, r, 3, f->zWave);
    table_text(t, r, 4, f->zDate);
    table_text(t, r, 5, f->zDateEnd);
    table_text(t, r, 6, f->zRule);
    table_text(t, r, 7, f->zThreshold);
    table_text(t, r, 8, f->zDetail);
    Sb s = SB_INIT;
    for(int k=0; k<f->nFig; k++){ if( k ) sb_puts(&s, "; "); put_figure(&s, &f->aFig[k]); }
    table_text(t, r, 9, sb_str(&s));
    sb_reset(&s);
    for(int k=0; k<f->nEv; k++){
      if( k ) sb_puts(&s, "; ");
      sb_printf(&s, "%s:%s", f->aEv[k].zType, f->aEv[k].zRef ? f->aEv[k].zRef : "");
      if( f->aEv[k].id ) sb_printf(&s, "#%lld", (long long)f->aEv[k].id);
    }
    table_text(t, r, 10, sb_str(&s));
    sb_free(&s);
  }
  return t;
}

void findings_write_csv(const Findings *p, FILE *out){
  const int nPart = 1024;
  int i = 0;
  do{
    int n = p->n - i < nPart ? p->n - i : nPart;
    Findings part = { n, n, p->a + i, p->pPool };   /* a view of p: not freed */
    Table *t = findings_table(&part);
    table_write_csv(t, out, i==0);
    table_free(t);
    i += n;
  }while( i<p->n );
}

static json_t *json_str_or_null(const char *z){
  json_t *v = z ? json_string(z) : NULL;
  return v ? v : json_null();
}

void findings_write_json(const Findings *p, FILE *out){
  json_t *a = json_array();
  for(int i=0; i<p->n; i++){
    const Finding *f = &p->a[i];
    json_t *o = json_object();
    json_object_set_new(o, "partnership", json_str_or_null(f->zPartnership));
    json_object_set_new(o, "kind", json_str_or_null(f->zKind));
    json_object_set_new(o, "severity", json_string(severity_name(f->eSev)));
    json_object_set_new(o, "wave", json_str_or_null(f->zWave));
    json_object_set_new(o, "date", json_str_or_null(f->zDate));
    json_object_set_new(o, "end_date", json_str_or_null(f->zDateEnd));
    json_object_set_new(o, "open", json_boolean(f->bOpen));
    json_object_set_new(o, "rule", json_str_or_null(f->zRule));
    json_object_set_new(o, "threshold", json_str_or_null(f->zThreshold));
    json_object_set_new(o, "detail", json_str_or_null(f->zDetail));
    json_t *fig = json_object();
    for(int k=0; k<f->nFig; k++){
      double r = f->aFig[k].r;
      if( isnan(r) ) json_object_set_new(fig, f->aFig[k].zName, json_null());
      else{
        char zBuf[64];
        snprintf(zBuf, sizeof(zBuf), "%.*f", f->aFig[k].nDec, r);
        json_object_set_new(fig, f->aFig[k].zName,
                            f->aFig[k].nDec==0 ? json_integer((json_int_t)llround(r)) : json_real(strtod(zBuf, 0)));
      }
    }
    json_object_set_new(o, "figures", fig);
    json_t *ev = json_array();
    for(int k=0; k<f->nEv; k++){
      json_t *e = json_object();
      json_object_set_new(e, "type", json_string(f->aEv[k].zType));
      json_object_set_new(e, "id", f->aEv[k].id ? json_integer(f->aEv[k].id) : json_null());
      json_object_set_new(e, "ref", json_str_or_null(f->aEv[k].zRef));
      json_object_set_new(e, "text", json_str_or_null(f->aEv[k].zText));
      json_array_append_new(ev, e);
    }
    json_object_set_new(o, "evidence", ev);
    json_t *ac = json_array();
    for(int k=0; k<f->nAction; k++) json_array_append_new(ac, json_str_or_null(f->azAction[k]));
    json_object_set_new(o, "actions", ac);
    json_array_append_new(a, o);
  }
  json_dumpf(a, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
  fputc('\n', out);
  json_decref(a);
}

void findings_write_text(const Findings *p, FILE *out){
  const char *zPrev = NULL;
  for(int i=0; i<p->n; i++){
    const Finding *f = &p->a[i];
    if( !zPrev || strcmp(zPrev, f->zPartnership) ){
      fprintf(out, "%s%s\n", zPrev ? "\n" : "", f->zPartnership);
      zPrev = f->zPartnership;
    }
    fprintf(out, "  [%s] %s", severity_name(f->eSev), f->zKind);
    if( f->zWave ) fprintf(out, "  %s %s", _("wave"), f->zWave);
    if( f->zDate ) fprintf(out, "  %s%s%s", f->zDate, f->zDateEnd ? " .. " : "", f->zDateEnd ? f->zDateEnd : "");
    fprintf(out, "%s%s\n", f->bOpen ? "  " : "", f->bOpen ? _("(open)") : "");
    if( f->zDetail ) fprintf(out, "    %s\n", f->zDetail);
    for(int k=0; k<f->nAction; k++) fprintf(out, "    - %s\n", f->azAction[k]);
    for(int k=0; k<f->nEv; k++){
      const FindEvidence *e = &f->aEv[k];
      fprintf(out, "    %s %s", _("evidence:"), evidence_type_name(e->zType));
      if( e->id ) fprintf(out, " #%lld", (long long)e->id);
      if( e->zRef ){
        char *zRef = evidence_ref_words(e);
        fprintf(out, " %s", zRef);
        free(zRef);
      }
      if( e->zText ) fprintf(out, "%s%s", C_("separator", ": "), e->zText);
      fputc('\n', out);
    }
  }
  if( p->n==0 ) fprintf(out, "%s\n", _("No findings."));
}
