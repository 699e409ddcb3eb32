/*
** qdpx_pos.c: qdpx_pos_build() and qdpx_pos_map() (see qdpx_pos.h).
**
** Three steps, each a map of boundaries: producer units to code points of
** the text as in the archive; those to code points after line breaks
** become LF; those to code points after NFC. NFC is applied chunk by
** chunk, a chunk starting at each character that nothing before it can
** compose or reorder with (chunk_start(): ASCII, and any starter that has
** no decomposition and is not the second of a composition, such as a CJK
** ideograph or an emoji), so NFC of the chunks joined is NFC of the text;
** inside a chunk that NFC changes, a boundary is kept only when NFC of the
** two sides joined is NFC of the chunk. Chunks stay short (a letter and
** its marks, a run of Hangul jamo), so the work is linear in the text.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "qual/qdpx_pos.h"
#include "util/sb.h"
#include "util/xalloc.h"

void qdpx_pos_free(QdpxPos *p){
  free(p->aMap);
  memset(p, 0, sizeof(*p));
}

int64_t qdpx_pos_map(const QdpxPos *p, int64_t iUnit){
  if( iUnit<0 || iUnit>p->nUnit ) return -1;
  return p->aMap[iUnit];
}

/* Code points of z[0..n) into a new array (*pn of them). */
static int32_t *decode(const char *z, size_t n, int64_t *pn){
  int32_t *a = xmalloc(sizeof(int32_t)*(n+1));
  int64_t k = 0;
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t*)z;
  utf8proc_ssize_t i = 0;
  while( (size_t)i<n ){
    utf8proc_int32_t c;
    utf8proc_ssize_t m = utf8proc_iterate(s+i, (utf8proc_ssize_t)n-i, &c);
    if( m<=0 ){ c = 0xFFFD; m = 1; }
    a[k++] = c;
    i += m;
  }
  *pn = k;
  return a;
}

/* 1 when NFC of a text never joins code point c with what precedes it:
** c has combining class 0, no decomposition, and is neither the second
** character of a canonical composition (utf8proc marks those with a
** comb_index of 0x8000 and above) nor a Hangul vowel or final consonant
** jamo (composed by rule, without a comb_index). */
static int chunk_start(int32_t c){
  if( c<0x80 ) return 1;
  if( (c>=0x1160 && c<=0x11FF) || (c>=0xD7B0 && c<=0xD7FF) ) return 0;
  const utf8proc_property_t *p = utf8proc_get_property(c);
  return p->combining_class==0 && p->decomp_seqindex==UINT16_MAX
      && (p->comb_index==UINT16_MAX || p->comb_index<0x8000);
}

/* NFC of code points a[0..n) appended to pOut; returns its length in code
** points. */
static int64_t nfc_cps(const int32_t *a, int64_t n, Sb *pOut){
  Sb in = SB_INIT;
  for(int64_t i=0; i<n; i++){
    utf8proc_uint8_t b[4];
    utf8proc_ssize_t m = utf8proc_encode_char(a[i], b);
    sb_append(&in, (const char*)b, (size_t)m);
  }
  utf8proc_uint8_t *zNfc = utf8proc_NFC((const utf8proc_uint8_t*)sb_str(&in));
  sb_free(&in);
  int64_t nCp = 0;
  if( zNfc ){
    size_t nB = strlen((const char*)zNfc);
    for(size_t i=0; i<nB; i++) if( (zNfc[i] & 0xC0)!=0x80 ) nCp++;
    sb_append(pOut, (const char*)zNfc, nB);
    free(zNfc);
  }
  return nCp;
}

int qdpx_pos_build(const char *z, size_t n, RefiProducer e, const char *zStored, QdpxPos *p){
  memset(p, 0, sizeof(*p));
  int64_t nRaw;
  int32_t *aRaw = decode(z, n, &nRaw);
  /* Line breaks: aLf[i] is the boundary before raw code point i after CRLF
  ** and CR become LF (aLf[nRaw] the end); aC the code points after. */
  int64_t *aLf = xmalloc(sizeof(int64_t)*(size_t)(nRaw+1));
  int32_t *aC = xmalloc(sizeof(int32_t)*(size_t)(nRaw+1));
  int64_t nC = 0;
  for(int64_t i=0; i<nRaw; i++){
    aLf[i] = nC;
    if( aRaw[i]=='\r' && i+1<nRaw && aRaw[i+1]=='\n' ) continue;
    aC[nC++] = aRaw[i]=='\r' ? '\n' : aRaw[i];
  }
  aLf[nRaw] = nC;
  /* NFC: aNfc[k] is the boundary before aC[k] after NFC, or -1. */
  int64_t *aNfc = xmalloc(sizeof(int64_t)*(size_t)(nC+1));
  Sb out = SB_INIT;
  sb_append(&out, "", 0);
  int64_t iOut = 0;
  for(int64_t a = 0; a<nC; ){
    int64_t b = a+1;
    while( b<nC && aC[b]>=0x80 && !chunk_start(aC[b]) ) b++;
    int bAscii = b==a+1 && aC[a]<0x80;
    if( bAscii ){
      char c = (char)aC[a];
      sb_append(&out, &c, 1);
      aNfc[a] = iOut++;
      a = b;
      continue;
    }
    Sb whole = SB_INIT;
    int64_t nWhole = nfc_cps(aC+a, b-a, &whole);
    /* Unchanged by NFC: every boundary maps one to one. */
    int bSame = nWhole==b-a;
    if( bSame ){
      Sb raw = SB_INIT;
      for(int64_t k=a; k<b; k++){
        utf8proc_uint8_t u[4];
        utf8proc_ssize_t m = utf8proc_encode_char(aC[k], u);
        sb_append(&raw, (const char*)u, (size_t)m);
      }
      bSame = strcmp(sb_str(&raw), sb_str(&whole))==0;
      sb_free(&raw);
    }
    aNfc[a] = iOut;
    for(int64_t k=a+1; k<b; k++){
      if( bSame ){ aNfc[k] = iOut + (k-a); continue; }
      Sb left = SB_INIT, right = SB_INIT;
      int64_t nLeft = nfc_cps(aC+a, k-a, &left);
      nfc_cps(aC+k, b-k, &right);
      sb_puts(&left, sb_str(&right));
      aNfc[k] = strcmp(sb_str(&left), sb_str(&whole))==0 ? iOut + nLeft : -1;
      sb_free(&left); sb_free(&right);
    }
    sb_puts(&out, sb_str(&whole));
    iOut += nWhole;
    sb_free(&whole);
    a = b;
  }
  aNfc[nC] = iOut;
  /* Trailing line breaks are not stored. */
  size_t nOut = strlen(sb_str(&out));
  char *zOut = sb_take(&out);
  while( nOut>0 && zOut[nOut-1]=='\n' ){ nOut--; iOut--; }
  zOut[nOut] = 0;
  int rc = strcmp(zOut, zStored)==0 ? 0 : -1;
  free(zOut);
  p->nCp = iOut;
  /* Producer units: aMap[u] for each unit boundary u. */
  int64_t nUnit = 0;
  for(int64_t i=0; i<nRaw; i++){
    if( e==REFI_NVIVO ) nUnit += aRaw[i]>0xFFFF ? 2 : 1;
    else if( e==REFI_ATLAS_MAXQDA && aRaw[i]=='\r' && i+1<nRaw && aRaw[i+1]=='\n' ) continue;
    else nUnit++;
  }
  p->nUnit = nUnit;
  p->aMap = xmalloc(sizeof(int64_t)*(size_t)(nUnit+1));
  int64_t u = 0;
  for(int64_t i=0; i<=nRaw; i++){
    int64_t k = aNfc[aLf[i]];
    if( k>iOut ) k = iOut;
    if( i==nRaw ){ p->aMap[u] = k; break; }
    if( e==REFI_ATLAS_MAXQDA && aRaw[i]=='\r' && i+1<nRaw && aRaw[i+1]=='\n' ) continue;
    p->aMap[u++] = k;
    if( e==REFI_NVIVO && aRaw[i]>0xFFFF ) p->aMap[u++] = -1;   /* inside the surrogate pair */
  }
  free(aRaw); free(aLf); free(aC); free(aNfc);
  return rc;
}
