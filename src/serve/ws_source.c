/*
** ws_source.c: the sources of a partnership and the source view of the
** coding workspace. The view is the text by paragraphs (speaker turns in
** bold), each with a margin holding one stripe per segment that covers it
** (in the code's colour, in its own lane so overlapping segments stay
** apart, labelled with the code and the coder's initials where it
** begins), coded passages shaded (darker where segments overlap, dotted
** where an auto-coding suggestion waits), the coding bar, the segment
** list, the pending suggestions and the source's memos. Everything is
** drawn here from the store; coding.js adds selection and the keyboard.
** A passage's data-s lists its segments, data-u its suggestions; a
** paragraph's data-cp is its first code point, from which the browser's
** selection is measured (selpos.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "serve/selpos.h"
#include "serve/ws.h"
#include "qual/excerpt.h"
#include "util/paragraph.h"
#include "qual/coding.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define WS_LANES 12          /* stripe lanes; more overlapping segments share them */
#define WS_RECENT 9          /* recent codes on the number keys */
#define WS_BLOCK_CP 2400     /* code points of text per block of paragraphs */
#define WS_SEG_BLOCK 50      /* segments per block of the list of segments */
#define WS_PART_CP 40000     /* code points per part of a long source */

void ws_sources(SvReq *r){
  if( !sv_require(r, ROLE_CODER, NULL) ) return;
  const char *zP = sv_query(r, "p");
  if( zP && !sv_require(r, ROLE_CODER, zP) ) return;
  WsSource *a = NULL; int n = 0;
  if( qual_sources_progress(r->pStore, zP && zP[0] ? zP : NULL, &a, &n) ){
    sv_app_message(r, 500, N_("Something went wrong"), N_("The server could not answer this request. Please try again later."));
    return;
  }
  ws_page_begin(r, sv_t(r, N_("Sources")), 0);
  sv_printf(r, "<h1>%h</h1>\n<table class=\"list\">\n<thead><tr><th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
               "<th scope=\"col\">%h</th><th scope=\"col\">%h</th><th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
               "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
            sv_t(r, N_("Sources")), sv_t(r, N_("Source")), sv_t(r, N_("Partnership")), sv_t(r, N_("Kind")),
            sv_t(r, N_("Participant")), sv_t(r, N_("Language")), sv_t(r, N_("Length")), sv_t(r, N_("Segments")),
            sv_t(r, N_("Coded")));
  int nShown = 0;
  for(int i=0; i<n; i++){
    if( !sv_may(r, ROLE_CODER, a[i].zPartnership) ) continue;
    nShown++;
    sv_printf(r, "<tr><td><a href=\"/w/source?s=%U\">%h</a></td><td>%h</td><td>%h</td><td>%h</td><td>%h</td>"
                 "<td>%lld</td><td>%lld</td><td>%.0f%%</td></tr>\n",
              a[i].zName, a[i].zName, a[i].zPartnership, a[i].zKind, a[i].zParticipant ? a[i].zParticipant : "",
              a[i].zLanguage, (long long)a[i].nCp, (long long)a[i].nSeg,
              a[i].nCp ? 100.0*(double)a[i].nCoded/(double)a[i].nCp : 0.0);
  }
  sv_printf(r, "</tbody></table>\n");
  if( !nShown ) sv_printf(r, "<p>%h</p>\n", sv_t(r, N_("No source of your partnerships yet.")));
  sv_app_end(r);
  st_ws_sources_free(a, n);
}

/* Something drawn over the text: a segment, a pending suggestion or the
** span the page was opened at. */
enum { MK_SEG = 0, MK_SUG = 1, MK_HIT = 2 };
typedef struct Mark {
  int64_t a, b, id, iCode;
  int eKind, iLane, iSeg;     /* iSeg: index in the segment array */
} Mark;

static int mark_cmp(const void *p1, const void *p2){
  const Mark *x = p1, *y = p2;
  if( x->a!=y->a ) return x->a<y->a ? -1 : 1;
  if( x->b!=y->b ) return x->b>y->b ? -1 : 1;
  return x->id<y->id ? -1 : x->id>y->id;
}
static int i64_cmp(const void *p1, const void *p2){
  int64_t x = *(const int64_t*)p1, y = *(const int64_t*)p2;
  return x<y ? -1 : x>y;
}

/* The code with id in a[0..n) (tree order, not sorted by id), or NULL. */
static const QualCode *code_by_id(const QualCode *a, int n, int64_t id){
  for(int i=0; i<n; i++) if( a[i].id==id ) return &a[i];
  return NULL;
}
static const QualCode *code_by_path(const QualCode *a, int n, const char *z){
  for(int i=0; i<n; i++) if( strcmp(a[i].zPath, z)==0 ) return &a[i];
  return NULL;
}

/* Index of the first paragraph of a[0..n) ending after code point iCp (n when none). */
static int para_index(const QualRange *a, int n, int64_t iCp){
  int lo = 0, hi = n;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( a[mid].iEnd>iCp ) hi = mid; else lo = mid+1;
  }
  return lo;
}

/* 1 when coder zCoder is in the comma-separated list zList. */
static int in_list(const char *zList, const char *zCoder){
  if( !zList ) return 0;
  size_t n = strlen(zCoder);
  for(const char *z = zList; *z; ){
    size_t k = strcspn(z, ",");
    if( k==n && strncmp(z, zCoder, n)==0 ) return 1;
    z += k;
    if( *z ) z++;
  }
  return 0;
}

/* Length of the speaker's label that opens paragraph z (bytes, the colon
** included), or 0: up to 40 bytes without sentence punctuation, then ':'. */
static int speaker_len(const char *z, size_t n){
  for(size_t i=0; i<n && i<40; i++){
    char c = z[i];
    if( c==':' ) return i>0 && i+1<n && z[i+1]==' ' ? (int)i+1 : 0;
    if( c=='.' || c=='?' || c=='!' || c==',' || c=='"' || c=='\n' ) return 0;
  }
  return 0;
}

/* Byte offset of code point k counted from byte iByte of z, itself at code point iCp. */
static size_t byte_at(const char *z, size_t iByte, int64_t iCp, int64_t k){
  while( iCp<k && z[iByte] ){
    iByte++;
    while( ((unsigned char)z[iByte] & 0xC0)==0x80 ) iByte++;
    iCp++;
  }
  return iByte;
}

/* Byte offsets of every 256th code point of a text, to find any code
** point's byte without walking from the start (long transcripts). */
typedef struct CpIndex { const char *z; size_t *a; int64_t n; } CpIndex;
static void cp_index_init(CpIndex *x, const char *z, int64_t nCp){
  x->z = z;
  x->n = nCp/256 + 1;
  x->a = xmalloc(sizeof(size_t)*(size_t)x->n);
  size_t iByte = 0;
  for(int64_t k=0; k<x->n; k++){
    x->a[k] = iByte;
    iByte = byte_at(z, iByte, k*256, (k+1)*256);
  }
}
/* The text from code point iCp on. */
static const char *cp_index_at(const CpIndex *x, int64_t iCp){
  int64_t k = iCp/256;
  if( k>=x->n ) k = x->n-1;
  return x->z + byte_at(x->z, x->a[k], k*256, iCp);
}

/* Attribute zAttr listing the ids of the marks of kind eKind among
** aOpen[0..n) that cover [a,b); nothing when none does. */
static void mark_ids(SvReq *r, Mark **aOpen, int n, int eKind, int64_t a, int64_t b, const char *zAttr){
  int nId = 0;
  for(int i=0; i<n; i++){
    const Mark *m = aOpen[i];
    if( m->eKind!=eKind || m->a>a || m->b<b ) continue;
    if( nId++ ) sv_printf(r, " "); else sv_printf(r, "%s=\"", zAttr);
    sv_printf(r, "%lld", (long long)m->id);
  }
  if( nId ) sv_printf(r, "\"");
}

/* One paragraph: code points cp, bytes by of zText, with the marks
** aOpen[0..nOpen) that overlap it. bCont: the first paragraph of a part
** after the first, where the segments begun before are labelled again. */
static void draw_paragraph(SvReq *r, const char *zText, QualRange cp, QualRange by,
                           Mark **aOpen, int nOpen, const QualSegment *aSeg,
                           const QualCode *aCode, int nCode, int bCont){
  /* The margin: a label where a segment begins, a stripe per segment. */
  sv_printf(r, "<div class=\"row\"><div class=\"gut\">");
  for(int i=0; i<nOpen; i++){
    const Mark *m = aOpen[i];
    int bStart = m->a>=cp.iStart;
    if( m->eKind!=MK_SEG || (!bStart && !bCont) ) continue;
    const QualSegment *g = &aSeg[m->iSeg];
    const QualCode *c = code_by_id(aCode, nCode, m->iCode);
    char zIni[8];
    ws_initials(g->zCoder, zIni);
    /* The label carries what the panel of a passage lists (coding.js). */
    sv_printf(r, "<a class=\"lab k%lld%s\"", (long long)m->iCode, bStart ? "" : " cont");
    if( bStart ) sv_printf(r, " id=\"g%lld\"", (long long)g->id);
    sv_printf(r, " href=\"/w/segment?id=%lld\" data-g=\"%lld\" data-code=\"%h\" data-coder=\"%h\" data-a=\"%lld\" data-b=\"%lld\"",
              (long long)g->id, (long long)g->id, g->zCodePath, g->zCoder, (long long)g->iStart, (long long)g->iEnd);
    if( g->zMemo ) sv_printf(r, " data-memo=\"%h\"", g->zMemo);
    sv_printf(r, ">%s%h <abbr title=\"%h\">%h</abbr></a>", bStart ? "" : "&hellip; ", c ? c->zName : g->zCodePath, g->zCoder, zIni);
  }
  sv_printf(r, "<span class=\"bars\">");
  for(int i=0; i<nOpen; i++){
    const Mark *m = aOpen[i];
    if( m->eKind!=MK_SEG ) continue;
    sv_printf(r, "<span class=\"st k%lld l%d%s%s\"></span>", (long long)m->iCode, m->iLane,
              m->a>=cp.iStart ? " s0" : "", m->b<=cp.iEnd ? " s1" : "");
  }
  sv_printf(r, "</span></div><p class=\"t\" id=\"p%lld\" data-cp=\"%lld\">", (long long)cp.iStart, (long long)cp.iStart);
  /* The pieces: cut at every mark's ends and at the speaker's label. */
  int64_t *aCut = xmalloc(sizeof(int64_t)*(size_t)(2*nOpen+3));
  int nCut = 0;
  aCut[nCut++] = cp.iStart;
  aCut[nCut++] = cp.iEnd;
  size_t iByte0 = (size_t)by.iStart;
  const char *zPara = zText + iByte0;
  int nSpk = speaker_len(zPara, (size_t)(by.iEnd - by.iStart));
  int64_t iSpkEnd = cp.iStart;
  if( nSpk ){
    for(int k=0; k<nSpk; k++) if( ((unsigned char)zPara[k] & 0xC0)!=0x80 ) iSpkEnd++;
    aCut[nCut++] = iSpkEnd;
  }
  for(int i=0; i<nOpen; i++){
    if( aOpen[i]->a>cp.iStart && aOpen[i]->a<cp.iEnd ) aCut[nCut++] = aOpen[i]->a;
    if( aOpen[i]->b>cp.iStart && aOpen[i]->b<cp.iEnd ) aCut[nCut++] = aOpen[i]->b;
  }
  qsort(aCut, (size_t)nCut, sizeof(int64_t), i64_cmp);
  size_t iByte = iByte0;
  int64_t iCp = cp.iStart;
  for(int k=0; k+1<nCut; k++){
    int64_t a = aCut[k], b = aCut[k+1];
    if( a==b ) continue;
    size_t iB = byte_at(zText, iByte, iCp, b);
    int nSeg = 0, bSug = 0, bHit = 0;
    int64_t iCode = 0;
    for(int i=0; i<nOpen; i++){
      const Mark *m = aOpen[i];
      if( m->a>a || m->b<b ) continue;
      if( m->eKind==MK_SEG ){ if( !nSeg ) iCode = m->iCode; nSeg++; }
      else if( m->eKind==MK_SUG ) bSug = 1;
      else bHit = 1;
    }
    int bSpk = a<iSpkEnd;
    if( nSeg || bSug || bHit ){
      sv_printf(r, "<span class=\"g%s%s%s", bSpk ? " spk" : "", bSug ? " sg" : "", bHit ? " hl" : "");
      if( nSeg ) sv_printf(r, " k%lld d%d", (long long)iCode, nSeg>3 ? 3 : nSeg);
      sv_printf(r, "\"");
      if( bHit ) sv_printf(r, " id=\"hit\"");
      mark_ids(r, aOpen, nOpen, MK_SEG, a, b, " data-s");
      mark_ids(r, aOpen, nOpen, MK_SUG, a, b, " data-u");
      sv_printf(r, ">");
      html_escape_n(&r->out, zText+iByte, iB-iByte);
      sv_printf(r, "</span>");
    }else if( bSpk ){
      sv_printf(r, "<b class=\"spk\">");
      html_escape_n(&r->out, zText+iByte, iB-iByte);
      sv_printf(r, "</b>");
    }else{
      html_escape_n(&r->out, zText+iByte, iB-iByte);
    }
    iByte = iB;
    iCp = b;
  }
  free(aCut);
  sv_printf(r, "</p></div>\n");
}

/* The coding bar: the code field, by position for pages without script,
** the recent codes on number keys, undo and redo. */
static void coding_bar(SvReq *r, const QualSource *pSrc, const QualCode *aCode, int nCode,
                       const int64_t *aRecent, int nRecent, int iPart){
  sv_printf(r, "<div class=\"codebar\" id=\"codebar\">\n<form id=\"codeform\" method=\"post\" action=\"/w/code\">\n");
  sv_csrf_field(r);
  sv_printf(r, "<input type=\"hidden\" name=\"s\" value=\"%h\">\n"
               "<input type=\"hidden\" name=\"p1\" value=\"\"><input type=\"hidden\" name=\"u1\" value=\"\">"
               "<input type=\"hidden\" name=\"p2\" value=\"\"><input type=\"hidden\" name=\"u2\" value=\"\">\n"
               "<label for=\"codein\">%h</label> <input id=\"codein\" name=\"code\" list=\"codelist\" autocomplete=\"off\" required>\n"
               "<span class=\"bypos\"><label for=\"cstart\">%h</label> <input id=\"cstart\" name=\"start\" inputmode=\"numeric\" size=\"7\">"
               " <label for=\"cend\">%h</label> <input id=\"cend\" name=\"end\" inputmode=\"numeric\" size=\"7\"></span>\n"
               "<button type=\"submit\">%h</button>\n<span id=\"selinfo\" role=\"status\"></span>\n</form>\n",
            pSrc->zName, sv_t(r, N_("Code")), sv_t(r, N_("From character")), sv_t(r, N_("to")),
            sv_t(r, N_("Code the selection")));
  ws_code_datalist(r, aCode, nCode, aRecent, nRecent);
  if( nRecent ){
    sv_printf(r, "<ol class=\"recent\" id=\"recent\" aria-label=\"%h\">", sv_t(r, N_("Recent codes")));
    for(int i=0; i<nRecent; i++){
      const QualCode *c = code_by_id(aCode, nCode, aRecent[i]);
      if( c ) sv_printf(r, "<li><button type=\"button\" class=\"k%lld\" data-code=\"%h\" title=\"%h\"><kbd>%d</kbd> %h</button></li>",
                        (long long)c->id, c->zPath, c->zPath, i+1, c->zName);
    }
    sv_printf(r, "</ol>\n");
  }
  for(int k=0; k<2; k++){
    sv_printf(r, "<form class=\"inline\" method=\"post\" action=\"/w/%s\">", k ? "redo" : "undo");
    sv_csrf_field(r);
    sv_printf(r, "<input type=\"hidden\" name=\"back\" value=\"/w/source?s=%U", pSrc->zName);
    if( iPart ) sv_printf(r, "&amp;part=%s", iPart<0 ? "all" : "");
    if( iPart>0 ) sv_printf(r, "%d", iPart);
    sv_printf(r, "\"><button type=\"submit\" id=\"%s\">%h</button></form>\n",
              k ? "redo" : "undo", k ? sv_t(r, N_("Redo")) : sv_t(r, N_("Undo")));
  }
  sv_printf(r, "<p class=\"keys\">%h</p>\n</div>\n",
            sv_t(r, N_("Keys: select with the mouse, or with Shift and the arrows in the text; 1 to 9 code the selection with a recent code; N types a code; Enter on a coded passage lists its codes; Ctrl+Z undoes, Ctrl+Y redoes.")));
}

/* What the source view draws from: the source, its segments, codes,
** pending suggestions and marks, its paragraphs and parts. */
typedef struct View {
  QualSource src;
  QualSegment *aSeg; int nSeg;
  QualCode *aCode; int nCode;
  Table *tSug;
  Mark *aMark; int nMark;
  QualRange *aPara, *aByte; int nPara;
  int *aPart; int nPart;      /* part k: paragraphs [aPart[k], aPart[k+1]) */
  int64_t aRecent[WS_RECENT]; int nRecent;
} View;

static void view_free(View *v){
  table_free(v->tSug);
  st_segments_free(v->aSeg, v->nSeg);
  st_codes_free(v->aCode, v->nCode);
  st_source_clear(&v->src);
  free(v->aMark); free(v->aPara); free(v->aByte); free(v->aPart);
}

/* Read source zName for the signed-in user and lay out its marks, lanes
** and parts. 1 on success; 0 with a page written (403, 404, 500). */
static int view_load(SvReq *r, const char *zName, View *v){
  memset(v, 0, sizeof(*v));
  if( !ws_source_open(r, zName, 1, &v->src) ) return 0;
  const char *zHide = sv_query(r, "hide");
  SegFilter f = {0};
  f.zSource = v->src.zName;
  SuggestFilter sf = {0};
  sf.zSource = v->src.zName;
  sf.zStatus = "pending";
  v->tSug = table_newc(NULL, "id,source,partnership,code,start,end,origin,rule,score,status,text");
  if( qual_segments(r->pStore, &f, &v->aSeg, &v->nSeg) || qual_codes(r->pStore, &v->aCode, &v->nCode)
      || qual_suggestions(r->pStore, &sf, v->tSug)
      || qual_recent_codes(r->pStore, sv_who(r), WS_RECENT, v->aRecent, &v->nRecent) ){
    sv_app_message(r, 500, N_("Something went wrong"), N_("The server could not answer this request. Please try again later."));
    view_free(v);
    return 0;
  }
  /* The marks, in order of start (longest first), each segment in a lane. */
  int nSug = v->tSug->nRow;
  Mark *aMark = v->aMark = xcalloc((size_t)(v->nSeg+nSug+1), sizeof(Mark));
  int nMark = 0;
  for(int i=0; i<v->nSeg; i++){
    if( in_list(zHide, v->aSeg[i].zCoder) ) continue;
    Mark *m = &aMark[nMark++];
    m->a = v->aSeg[i].iStart; m->b = v->aSeg[i].iEnd; m->id = v->aSeg[i].id; m->iCode = v->aSeg[i].iCode;
    m->eKind = MK_SEG; m->iSeg = i;
  }
  for(int i=0; i<nSug; i++){
    Mark *m = &aMark[nMark++];
    m->eKind = MK_SUG;
    m->id = table_cell(v->tSug, i, 0)->i;
    m->a = table_cell(v->tSug, i, 4)->i;
    m->b = table_cell(v->tSug, i, 5)->i;
    const QualCode *c = code_by_path(v->aCode, v->nCode, table_cell(v->tSug, i, 3)->z);
    m->iCode = c ? c->id : 0;
  }
  int64_t hA, hB;
  if( selpos_span(sv_query(r, "hl"), v->src.nCp, &hA, &hB) ){
    Mark *m = &aMark[nMark++];
    m->eKind = MK_HIT; m->a = hA; m->b = hB;
  }
  qsort(aMark, (size_t)nMark, sizeof(Mark), mark_cmp);
  v->nMark = nMark;
  /* Lanes by paragraph: a segment holds its lane from the paragraph of its
  ** start to that of its end, so stripes in one paragraph never share one. */
  int64_t nCpText = 0;
  v->aPara = paragraph_split_ex(v->src.zText, &v->nPara, &v->aByte, &nCpText);
  int aLaneEnd[WS_LANES];
  for(int k=0; k<WS_LANES; k++) aLaneEnd[k] = -1;
  for(int i=0, iNext=0; i<nMark; i++){
    if( aMark[i].eKind!=MK_SEG ) continue;
    int pa = para_index(v->aPara, v->nPara, aMark[i].a), pb = para_index(v->aPara, v->nPara, aMark[i].b-1);
    int L = -1;
    for(int k=0; k<WS_LANES && L<0; k++) if( aLaneEnd[k]<pa ) L = k;
    if( L<0 ){ L = iNext; iNext = (iNext+1) % WS_LANES; }
    aMark[i].iLane = L;
    if( pb>aLaneEnd[L] ) aLaneEnd[L] = pb;
  }
  /* Parts of about WS_PART_CP code points, cut between paragraphs. */
  v->aPart = xmalloc(sizeof(int)*(size_t)(v->nPara+2));
  v->aPart[0] = 0;
  v->nPart = 0;
  int64_t n = 0;
  for(int p=0; p<v->nPara; p++){
    n += v->aPara[p].iEnd - v->aPara[p].iStart;
    if( n>=WS_PART_CP && p+1<v->nPara ){ v->aPart[++v->nPart] = p+1; n = 0; }
  }
  v->aPart[++v->nPart] = v->nPara;
  return 1;
}

/* The part holding code point iCp. */
static int part_of(const View *v, int64_t iCp){
  int p = para_index(v->aPara, v->nPara, iCp);
  int k = 0;
  while( k+1<v->nPart && v->aPart[k+1]<=p ) k++;
  return k;
}

/* The part asked for: "part" (a number, or "all": -1), else the part of
** "at" or of the highlighted span, else the first. */
static int part_asked(SvReq *r, const View *v){
  const char *z = sv_query(r, "part");
  if( z && strcmp(z, "all")==0 ) return -1;
  char *zEnd;
  if( z && z[0] ){
    long k = strtol(z, &zEnd, 10);
    if( !*zEnd && k>=0 && k<v->nPart ) return (int)k;
  }
  z = sv_query(r, "at");
  if( !z || !z[0] ) z = sv_query(r, "hl");
  if( z && z[0] ){
    long long iCp = strtoll(z, &zEnd, 10);
    if( iCp>=0 ) return part_of(v, iCp);
  }
  return 0;
}

/* The text of parts [k0,k1]: each part a <div class="part"> of blocks of
** paragraphs. */
static void draw_parts(SvReq *r, const View *v, int k0, int k1){
  Mark **aOpen = xmalloc(sizeof(Mark*)*(size_t)(v->nMark+1));
  int nOpen = 0, iNext = 0;
  int pFirst = v->aPart[k0], pEnd = v->aPart[k1+1];
  int64_t nInBlock = -1;
  for(int p=0, k=k0; p<pEnd; p++){
    QualRange cp = v->aPara[p];
    while( iNext<v->nMark && v->aMark[iNext].a<cp.iEnd ) aOpen[nOpen++] = &v->aMark[iNext++];
    int j = 0;
    for(int i=0; i<nOpen; i++) if( aOpen[i]->b>cp.iStart ) aOpen[j++] = aOpen[i];
    nOpen = j;
    if( p<pFirst ) continue;
    while( k<v->nPart && v->aPart[k+1]<=p ) k++;
    int bPartStart = v->aPart[k]==p;
    if( bPartStart ){
      if( nInBlock>=0 ) sv_printf(r, "</div></div>\n");
      sv_printf(r, "<div class=\"part\" data-part=\"%d\">\n<div class=\"blk\">\n", k);
      nInBlock = 0;
    }else if( nInBlock>=WS_BLOCK_CP ){
      /* Paragraphs go in blocks of about WS_BLOCK_CP code points that the
      ** browser lays out only near the screen (coding.css, .blk). */
      sv_printf(r, "</div>\n<div class=\"blk\">\n");
      nInBlock = 0;
    }
    nInBlock += cp.iEnd - cp.iStart;
    draw_paragraph(r, v->src.zText, cp, v->aByte[p], aOpen, nOpen, v->aSeg, v->aCode, v->nCode, bPartStart && p>0);
  }
  if( nInBlock>=0 ) sv_printf(r, "</div></div>\n");
  free(aOpen);
}

/* Links to the other parts of a long source. */
static void part_nav(SvReq *r, const View *v, int iPart, const char *zHide){
  if( v->nPart<2 ) return;
  Sb q = SB_INIT;
  html_printf(&q, "/w/source?s=%U", v->src.zName);
  if( zHide && zHide[0] ) html_printf(&q, "&amp;hide=%U", zHide);
  sv_printf(r, "<nav class=\"parts\" aria-label=\"%h\">", sv_t(r, N_("Parts of the text")));
  if( iPart<0 ){
    sv_printf(r, "%h ", sv_t(r, N_("The whole text.")));
  }else{
    sv_printf(r, "%h %d/%d ", sv_t(r, N_("Part")), iPart+1, v->nPart);
    if( iPart>0 ) sv_printf(r, "<a rel=\"prev\" href=\"%s&amp;part=%d\">%h</a> ", sb_str(&q), iPart-1, sv_t(r, N_("Previous part")));
    if( iPart+1<v->nPart ) sv_printf(r, "<a rel=\"next\" href=\"%s&amp;part=%d\">%h</a> ", sb_str(&q), iPart+1, sv_t(r, N_("Next part")));
    sv_printf(r, "<a href=\"%s&amp;part=all\">%h</a>", sb_str(&q), sv_t(r, N_("The whole text on one page")));
  }
  sv_printf(r, "</nav>\n");
  sb_free(&q);
}

/* GET /w/source/part?s=NAME&part=K[&hide=]: part K of the text alone, as
** coding.js adds it to the page when the reader nears it. */
void ws_source_part(SvReq *r){
  View v;
  if( !view_load(r, sv_query(r, "s"), &v) ) return;
  int k = part_asked(r, &v);
  if( k<0 ) k = 0;
  r->iStatus = 200;
  r->zType = "text/html; charset=utf-8";
  draw_parts(r, &v, k, k);
  view_free(&v);
}

void ws_source(SvReq *r){
  View v;
  if( !view_load(r, sv_query(r, "s"), &v) ) return;
  const QualSource *pSrc = &v.src;
  const char *zHide = sv_query(r, "hide");
  int iPart = part_asked(r, &v);
  int k0 = iPart<0 ? 0 : iPart, k1 = iPart<0 ? v.nPart-1 : iPart;
  int64_t iFrom = v.aPara && v.nPara ? v.aPara[v.aPart[k0]].iStart : 0;
  int64_t iTo = v.aPara && v.nPara ? v.aPara[v.aPart[k1+1]-1].iEnd : pSrc->nCp;

  char *zTitle = xasprintf("%s %s", sv_t(r, N_("Source")), pSrc->zName);
  ws_page_begin(r, zTitle, 1);
  free(zTitle);
  sv_printf(r, "<h1>%h <span class=\"name\">%h</span></h1>\n<p class=\"muted\">%h &middot; %h",
            sv_t(r, N_("Source")), pSrc->zName, pSrc->zPartnership, pSrc->zKind);
  if( pSrc->zParticipant ) sv_printf(r, " &middot; %h", pSrc->zParticipant);
  sv_printf(r, " &middot; %h &middot; %lld %h &middot; %d %h</p>\n", pSrc->zLanguage, (long long)pSrc->nCp,
            sv_t(r, N_("characters")), v.nSeg, sv_t(r, N_("segments")));
  /* Coders shown: a link to hide or show each. */
  int nCoder = 0;
  const char *azCoder[64];
  for(int i=0; i<v.nSeg && nCoder<64; i++){
    int bSeen = 0;
    for(int k=0; k<nCoder; k++) if( strcmp(azCoder[k], v.aSeg[i].zCoder)==0 ) bSeen = 1;
    if( !bSeen ) azCoder[nCoder++] = v.aSeg[i].zCoder;
  }
  if( nCoder ){
    sv_printf(r, "<p class=\"coders\">%h:", sv_t(r, N_("Coders")));
    for(int k=0; k<nCoder; k++){
      int bHidden = in_list(zHide, azCoder[k]);
      Sb h = SB_INIT;
      for(int j=0; j<nCoder; j++){
        if( j==k ? bHidden : !in_list(zHide, azCoder[j]) ) continue;
        if( h.n ) sb_putc(&h, ',');
        sb_puts(&h, azCoder[j]);
      }
      char zIni[8];
      ws_initials(azCoder[k], zIni);
      sv_printf(r, " <a href=\"/w/source?s=%U&amp;hide=%U\" class=\"coder%s\">%h (%h)%s%h</a>",
                pSrc->zName, sb_str(&h), bHidden ? " off" : "", azCoder[k], zIni, bHidden ? ": " : "",
                bHidden ? sv_t(r, N_("hidden")) : "");
      sb_free(&h);
    }
    sv_printf(r, " <span class=\"muted\">%h</span></p>\n", sv_t(r, N_("(select a coder to show or hide their stripes)")));
  }
  coding_bar(r, pSrc, v.aCode, v.nCode, v.aRecent, v.nRecent, iPart);
  part_nav(r, &v, iPart, zHide);

  /* The text. */
  sv_printf(r, "<div class=\"doc\" id=\"doc\" role=\"region\" aria-label=\"%h\" tabindex=\"0\" data-source=\"%h\" data-parts=\"%d\"",
            sv_t(r, N_("Text of the source")), pSrc->zName, iPart<0 ? 1 : v.nPart);
  /* The script's words, in the page's language. */
  static const char *const azWord[][2] = {
    { "select", N_("Select a passage first.") }, { "outside", N_("Select within the text.") },
    { "panel", N_("Codes on this passage") }, { "recode", N_("Recode") }, { "newcode", N_("New code") },
    { "memo", N_("Memo") }, { "addmemo", N_("Add the memo") }, { "remove", N_("Remove") },
    { "suggested", N_("Suggested:") }, { "accept", N_("Accept") }, { "reject", N_("Reject") },
    { "close", N_("Close") }, { "create", N_("Create the new code \"%s\"?") },
  };
  for(size_t k=0; k<sizeof(azWord)/sizeof(azWord[0]); k++){
    sv_printf(r, " data-t-%s=\"%h\"", azWord[k][0], sv_t(r, azWord[k][1]));
  }
  sv_printf(r, ">\n");
  draw_parts(r, &v, k0, k1);
  sv_printf(r, "</div>\n");
  part_nav(r, &v, iPart, zHide);

  CpIndex cpx;
  cp_index_init(&cpx, pSrc->zText, pSrc->nCp);
  /* The segments of the text shown, in lists laid out only near the screen. */
  sv_printf(r, "<section aria-labelledby=\"segh\"><h2 id=\"segh\">%h</h2>\n",
            iPart<0 || v.nPart<2 ? sv_t(r, N_("Coded segments")) : sv_t(r, N_("Coded segments in this part")));
  int nListed = 0;
  for(int i=0; i<v.nSeg; i++){
    const QualSegment *g = &v.aSeg[i];
    if( g->iEnd<=iFrom || g->iStart>=iTo ) continue;
    if( nListed%WS_SEG_BLOCK==0 ) sv_printf(r, "%s<ol class=\"segs\" start=\"%d\">\n", nListed ? "</ol>\n" : "", nListed+1);
    nListed++;
    char *zShort = qual_excerpt(cp_index_at(&cpx, g->iStart), 0, g->iEnd-g->iStart, 80, NULL);
    sv_printf(r, "<li><a href=\"/w/segment?id=%lld\">%h</a> &middot; %h &middot; [%lld, %lld) &middot; <q>%h</q></li>\n",
              (long long)g->id, g->zCodePath, g->zCoder, (long long)g->iStart, (long long)g->iEnd, zShort);
    free(zShort);
  }
  sv_printf(r, "%s</section>\n", nListed ? "</ol>\n" : "");

  /* Pending suggestions: accept or reject each, or several at once. */
  int nSug = v.tSug->nRow;
  if( nSug ){
    sv_printf(r, "<section aria-labelledby=\"sugh\"><h2 id=\"sugh\">%h</h2>\n<form method=\"post\" action=\"/w/suggestions\" id=\"sugform\">\n",
              sv_t(r, N_("Auto-coding suggestions")));
    sv_csrf_field(r);
    sv_printf(r, "<input type=\"hidden\" name=\"back\" value=\"/w/source?s=%U\">\n<ul class=\"sugs\">\n", pSrc->zName);
    for(int i=0; i<nSug; i++){
      long long id = table_cell(v.tSug, i, 0)->i;
      int64_t a = table_cell(v.tSug, i, 4)->i;
      char *zEx = qual_excerpt(cp_index_at(&cpx, a), 0, table_cell(v.tSug, i, 5)->i - a, 80, NULL);
      sv_printf(r, "<li data-u=\"%lld\"><input type=\"checkbox\" name=\"id\" value=\"%lld\" id=\"u%lld\">"
                   " <label for=\"u%lld\">%h: <q>%h</q></label></li>\n",
                id, id, id, id, table_cell(v.tSug, i, 3)->z, zEx);
      free(zEx);
    }
    sv_printf(r, "</ul>\n<button type=\"submit\" name=\"do\" value=\"accept\">%h</button> "
                 "<button type=\"submit\" name=\"do\" value=\"reject\">%h</button>\n</form>\n</section>\n",
              sv_t(r, N_("Accept the checked suggestions")), sv_t(r, N_("Reject the checked suggestions")));
  }
  free(cpx.a);

  /* The source's memos. */
  ws_memo_section(r, "source", pSrc->zName, N_("Memos on this source"));
  sv_app_end(r);
  view_free(&v);
}
