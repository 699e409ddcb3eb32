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
#include "serve/ws.h"
#include "qual/excerpt.h"
#include "util/paragraph.h"
#include "store/st_autocode.h"
#include "store/st_workspace.h"
#include "util/html.h"
#include "util/i18n.h"
#include "util/xalloc.h"

#define WS_LANES 12          /* stripe lanes; more overlapping segments share them */
#define WS_RECENT 9          /* recent codes on the number keys */

void ws_sources(SvReq *r){
  if( !sv_require(r, ROLE_CODER, NULL) ) return;
  const char *zP = sv_query(r, "p");
  if( zP && !sv_require(r, ROLE_CODER, zP) ) return;
  WsSource *a = NULL; int n = 0;
  if( st_ws_sources(r->pStore, zP && zP[0] ? zP : NULL, &a, &n) ){
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
  ws_sources_free(a, n);
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

/* One paragraph [pa,pb) (bytes from nByte0) with the marks aOpen[0..nOpen)
** that overlap it. */
static void draw_paragraph(SvReq *r, const char *zText, QualRange cp, size_t iByte0,
                           Mark **aOpen, int nOpen, const QualSegment *aSeg,
                           const QualCode *aCode, int nCode){
  /* The margin: a label where a segment begins, a stripe per segment. */
  sv_printf(r, "<div class=\"row\"><div class=\"gut\">");
  for(int i=0; i<nOpen; i++){
    const Mark *m = aOpen[i];
    if( m->eKind!=MK_SEG || m->a<cp.iStart ) continue;
    const QualSegment *g = &aSeg[m->iSeg];
    const QualCode *c = code_by_id(aCode, nCode, m->iCode);
    char zIni[8];
    ws_initials(g->zCoder, zIni);
    sv_printf(r, "<a class=\"lab k%lld\" id=\"g%lld\" href=\"/w/segment?id=%lld\" data-g=\"%lld\">%h <abbr title=\"%h\">%h</abbr></a>",
              (long long)m->iCode, (long long)g->id, (long long)g->id, (long long)g->id,
              c ? c->zName : g->zCodePath, g->zCoder, zIni);
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
  const char *zPara = zText + iByte0;
  int nSpk = speaker_len(zPara, strlen(zPara));
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
                       const int64_t *aRecent, int nRecent){
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
    sv_printf(r, "<input type=\"hidden\" name=\"back\" value=\"/w/source?s=%U\"><button type=\"submit\" id=\"%s\">%h</button></form>\n",
              pSrc->zName, k ? "redo" : "undo", k ? sv_t(r, N_("Redo")) : sv_t(r, N_("Undo")));
  }
  sv_printf(r, "<p class=\"keys\">%h</p>\n</div>\n",
            sv_t(r, N_("Keys: select with the mouse, or with Shift and the arrows in the text; 1 to 9 code the selection with a recent code; N types a code; Enter on a coded passage lists its codes; Ctrl+Z undoes, Ctrl+Y redoes.")));
}

void ws_source(SvReq *r){
  QualSource src;
  if( !ws_source_open(r, sv_query(r, "s"), 1, &src) ) return;
  const char *zHide = sv_query(r, "hide");
  const char *zWho = sv_who(r);
  QualSegment *aSeg = NULL; int nSeg = 0;
  QualCode *aCode = NULL; int nCode = 0;
  Table *tSug = NULL;
  SegFilter f = {0};
  f.zSource = src.zName;
  SuggestFilter sf = {0};
  sf.zSource = src.zName;
  sf.zStatus = "pending";
  tSug = table_newc(NULL, "id,source,partnership,code,start,end,origin,rule,score,status,text");
  int64_t aRecent[WS_RECENT]; int nRecent = 0;
  if( st_segment_list(r->pStore, &f, &aSeg, &nSeg) || st_code_all(r->pStore, &aCode, &nCode)
      || st_suggestion_list(r->pStore, &sf, tSug) || st_ws_recent_codes(r->pStore, zWho, WS_RECENT, aRecent, &nRecent) ){
    sv_app_message(r, 500, N_("Something went wrong"), N_("The server could not answer this request. Please try again later."));
    goto source_out;
  }
  /* The marks, in order of start (longest first), each segment in a lane. */
  int nSug = tSug->nRow;
  Mark *aMark = xcalloc((size_t)(nSeg+nSug+1), sizeof(Mark));
  int nMark = 0;
  for(int i=0; i<nSeg; i++){
    if( in_list(zHide, aSeg[i].zCoder) ) continue;
    Mark *m = &aMark[nMark++];
    m->a = aSeg[i].iStart; m->b = aSeg[i].iEnd; m->id = aSeg[i].id; m->iCode = aSeg[i].iCode;
    m->eKind = MK_SEG; m->iSeg = i;
  }
  for(int i=0; i<nSug; i++){
    Mark *m = &aMark[nMark++];
    m->eKind = MK_SUG;
    m->id = table_cell(tSug, i, 0)->i;
    m->a = table_cell(tSug, i, 4)->i;
    m->b = table_cell(tSug, i, 5)->i;
    const QualCode *c = code_by_path(aCode, nCode, table_cell(tSug, i, 3)->z);
    m->iCode = c ? c->id : 0;
  }
  const char *zHl = sv_query(r, "hl");
  long long hA, hB;
  if( zHl && sscanf(zHl, "%lld-%lld", &hA, &hB)==2 && hA>=0 && hB>hA && hB<=src.nCp ){
    Mark *m = &aMark[nMark++];
    m->eKind = MK_HIT; m->a = hA; m->b = hB;
  }
  qsort(aMark, (size_t)nMark, sizeof(Mark), mark_cmp);
  /* Lanes by paragraph: a segment holds its lane from the paragraph of its
  ** start to that of its end, so stripes in one paragraph never share one. */
  int nPara = 0;
  QualRange *aByte = NULL;
  int64_t nCpText = 0;
  QualRange *aPara = paragraph_split_ex(src.zText, &nPara, &aByte, &nCpText);
  int aLaneEnd[WS_LANES];
  for(int k=0; k<WS_LANES; k++) aLaneEnd[k] = -1;
  for(int i=0, iNext=0; i<nMark; i++){
    if( aMark[i].eKind!=MK_SEG ) continue;
    int pa = para_index(aPara, nPara, aMark[i].a), pb = para_index(aPara, nPara, aMark[i].b-1);
    int L = -1;
    for(int k=0; k<WS_LANES && L<0; k++) if( aLaneEnd[k]<pa ) L = k;
    if( L<0 ){ L = iNext; iNext = (iNext+1) % WS_LANES; }
    aMark[i].iLane = L;
    if( pb>aLaneEnd[L] ) aLaneEnd[L] = pb;
  }

  char *zTitle = xasprintf("%s %s", sv_t(r, N_("Source")), src.zName);
  ws_page_begin(r, zTitle, 1);
  free(zTitle);
  sv_printf(r, "<h1>%h <span class=\"name\">%h</span></h1>\n<p class=\"muted\">%h &middot; %h",
            sv_t(r, N_("Source")), src.zName, src.zPartnership, src.zKind);
  if( src.zParticipant ) sv_printf(r, " &middot; %h", src.zParticipant);
  sv_printf(r, " &middot; %h &middot; %lld %h &middot; %d %h</p>\n", src.zLanguage, (long long)src.nCp,
            sv_t(r, N_("characters")), nSeg, sv_t(r, N_("segments")));
  /* Coders shown: a link to hide or show each. */
  int nCoder = 0;
  const char *azCoder[64];
  for(int i=0; i<nSeg && nCoder<64; i++){
    int bSeen = 0;
    for(int k=0; k<nCoder; k++) if( strcmp(azCoder[k], aSeg[i].zCoder)==0 ) bSeen = 1;
    if( !bSeen ) azCoder[nCoder++] = aSeg[i].zCoder;
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
                src.zName, sb_str(&h), bHidden ? " off" : "", azCoder[k], zIni, bHidden ? ": " : "",
                bHidden ? sv_t(r, N_("hidden")) : "");
      sb_free(&h);
    }
    sv_printf(r, " <span class=\"muted\">%h</span></p>\n", sv_t(r, N_("(select a coder to show or hide their stripes)")));
  }
  coding_bar(r, &src, aCode, nCode, aRecent, nRecent);

  /* The text. */
  sv_printf(r, "<div class=\"doc\" id=\"doc\" role=\"region\" aria-label=\"%h\" tabindex=\"0\" data-source=\"%h\"",
            sv_t(r, N_("Text of the source")), src.zName);
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
  Mark **aOpen = xmalloc(sizeof(Mark*)*(size_t)(nMark+1));
  int nOpen = 0, iNext = 0;
  for(int p=0; p<nPara; p++){
    QualRange cp = aPara[p];
    while( iNext<nMark && aMark[iNext].a<cp.iEnd ) aOpen[nOpen++] = &aMark[iNext++];
    int k = 0;
    for(int i=0; i<nOpen; i++) if( aOpen[i]->b>cp.iStart ) aOpen[k++] = aOpen[i];
    nOpen = k;
    draw_paragraph(r, src.zText, cp, (size_t)aByte[p].iStart, aOpen, nOpen, aSeg, aCode, nCode);
  }
  sv_printf(r, "</div>\n");
  free(aOpen); free(aPara); free(aByte);

  CpIndex cpx;
  cp_index_init(&cpx, src.zText, src.nCp);
  /* The segments, as data (coding.js reads them from here). */
  sv_printf(r, "<section aria-labelledby=\"segh\"><h2 id=\"segh\">%h</h2>\n<ol class=\"segs\" id=\"segs\">\n", sv_t(r, N_("Coded segments")));
  for(int i=0; i<nSeg; i++){
    const QualSegment *g = &aSeg[i];
    char *zShort = qual_excerpt(cp_index_at(&cpx, g->iStart), 0, g->iEnd-g->iStart, 80, NULL);
    sv_printf(r, "<li id=\"l%lld\" data-id=\"%lld\" data-code=\"%h\" data-coder=\"%h\" data-a=\"%lld\" data-b=\"%lld\" data-memo=\"%h\">"
                 "<a href=\"/w/segment?id=%lld\">%h</a> &middot; %h &middot; [%lld, %lld) &middot; <q>%h</q></li>\n",
              (long long)g->id, (long long)g->id, g->zCodePath, g->zCoder, (long long)g->iStart, (long long)g->iEnd,
              g->zMemo ? g->zMemo : "", (long long)g->id, g->zCodePath, g->zCoder, (long long)g->iStart,
              (long long)g->iEnd, zShort);
    free(zShort);
  }
  sv_printf(r, "</ol>\n</section>\n");

  /* Pending suggestions: accept or reject each, or several at once. */
  if( nSug ){
    sv_printf(r, "<section aria-labelledby=\"sugh\"><h2 id=\"sugh\">%h</h2>\n<form method=\"post\" action=\"/w/suggestions\" id=\"sugform\">\n",
              sv_t(r, N_("Auto-coding suggestions")));
    sv_csrf_field(r);
    sv_printf(r, "<input type=\"hidden\" name=\"back\" value=\"/w/source?s=%U\">\n<ul class=\"sugs\">\n", src.zName);
    for(int i=0; i<nSug; i++){
      long long id = table_cell(tSug, i, 0)->i;
      int64_t a = table_cell(tSug, i, 4)->i;
      char *zEx = qual_excerpt(cp_index_at(&cpx, a), 0, table_cell(tSug, i, 5)->i - a, 80, NULL);
      sv_printf(r, "<li data-u=\"%lld\"><input type=\"checkbox\" name=\"id\" value=\"%lld\" id=\"u%lld\">"
                   " <label for=\"u%lld\">%h: <q>%h</q></label></li>\n",
                id, id, id, id, table_cell(tSug, i, 3)->z, zEx);
      free(zEx);
    }
    sv_printf(r, "</ul>\n<button type=\"submit\" name=\"do\" value=\"accept\">%h</button> "
                 "<button type=\"submit\" name=\"do\" value=\"reject\">%h</button>\n</form>\n</section>\n",
              sv_t(r, N_("Accept the checked suggestions")), sv_t(r, N_("Reject the checked suggestions")));
  }

  free(cpx.a);
  /* The source's memos. */
  sv_printf(r, "<section aria-labelledby=\"memoh\"><h2 id=\"memoh\">%h</h2>\n", sv_t(r, N_("Memos on this source")));
  ws_memos(r, "source", src.zName);
  sv_printf(r, "<form method=\"post\" action=\"/w/memo\">\n");
  sv_csrf_field(r);
  sv_printf(r, "<input type=\"hidden\" name=\"kind\" value=\"source\"><input type=\"hidden\" name=\"target\" value=\"%h\">"
               "<input type=\"hidden\" name=\"back\" value=\"/w/source?s=%U\">\n"
               "<label for=\"smemo\">%h</label>\n<textarea id=\"smemo\" name=\"text\" rows=\"3\" required></textarea>\n"
               "<button type=\"submit\">%h</button>\n</form>\n</section>\n",
            src.zName, src.zName, sv_t(r, N_("New memo")), sv_t(r, N_("Add the memo")));
  sv_app_end(r);
  free(aMark);
source_out:
  table_free(tSug);
  qual_segments_free(aSeg, nSeg);
  qual_codes_free(aCode, nCode);
  qual_source_clear(&src);
}
