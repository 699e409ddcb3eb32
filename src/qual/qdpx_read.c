/*
** qdpx_read.c: qdpx_import() (see qdpx.h): a REFI-QDA project read whole
** and checked first (archive, XML, every GUID referred to, every position
** mapped by qdpx_pos.c), then written only when nothing is wrong.
**
** Mapping: Users used by a Coding become coders (renamed by the coder
** map); the CodeBook is merged by path (qdc.c); each TextSource is a
** source of the partnership, its text read from plainTextPath (internal://
** members of Sources/, matched case-insensitively) or PlainTextContent; its
** variables kind, language and date are kept when valid; each Coding of a
** PlainTextSelection is a segment by the Coding's user (else the
** selection's); a Coding on a whole source a segment over all of it; a
** selection without Coding a memo on its span (its Description and notes);
** a selection's Description and notes memos on its first segment; Notes
** are memos on what refers to them (project, source, code, selection,
** coding), the others project memos; the Description of a source or of
** the project a memo on it; each Case a member of the partnership
** named by the case (added with its variables as attributes when absent),
** the participant of the sources it refers to (which become interviews).
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>
#include "qual/docread.h"
#include "qual/qdc.h"
#include "qual/qdpx.h"
#include "qual/qdpx_pos.h"
#include "qual/refi.h"
#include "store/st_qual.h"
#include "store/st_refi.h"
#include "store/st_roster.h"
#include "util/date.h"
#include "util/sb.h"
#include "util/utf8.h"
#include "util/xalloc.h"
#include "util/limits.h"
#include "util/i18n.h"

/* A GUID and the string it stands for (user name, note text...). */
typedef struct Ref { char *zGuid; char *zA, *zB; int iLine; int bUsed; } Ref;
typedef struct Refs { Ref *a; int n; } Refs;

/* One coding of a selection (or of a whole source). */
typedef struct ICoding { int iCode; char *zUser; Refs notes; } ICoding;

typedef struct ISel {
  char *zGuid; int iLine;
  int64_t iStart, iEnd;     /* stored positions, once mapped */
  char *zUser, *zDesc;
  ICoding *aCod; int nCod;
  Refs notes;
} ISel;

typedef struct ISrc {
  char *zGuid, *zName, *zText, *zFile;
  int iLine;
  char *zKind, *zLang, *zDate, *zCase;
  char *zDesc, *zUser;      /* its Description, creatingUser */
  ISel *aSel; int nSel;
  ICoding *aCod; int nCod;  /* codings of the whole source */
  Refs notes;
} ISrc;

typedef struct ICase { char *zGuid, *zName; int iLine; Refs vars; Refs srcs; } ICase;

/* The project as read. */
typedef struct Imp {
  const char *zFile;
  char *zQde;               /* "FILE(project.qde)" for messages */
  zip_t *pZip;
  RefiProducer eProd;
  Refs users;               /* guid -> name (zA), coder (zB) */
  Refs vars;                /* guid -> name (zA), type (zB) */
  Refs notes;               /* guid -> text (zA), user guid (zB) */
  Refs codeNotes;           /* code guid (zGuid) -> note guid (zA) */
  Refs projNotes;
  char *zProjDesc;          /* the project's Description */
  RefiCodes codes;
  ISrc *aSrc; int nSrc;
  ICase *aCase; int nCase;
  ErrList *pErr, *pWarn;
} Imp;

/* A project's text without its trailing line breaks (z may be NULL; returns
** z). Unlike `source import`, which keeps a file as written, a REFI-QDA
** source or note drops them: qdpx_pos_build() maps the producers'
** positions onto the text without them, as before. */
static char *trim_final_newlines(char *z){
  if( z ){
    size_t n = strlen(z);
    while( n>0 && z[n-1]=='\n' ) z[--n] = 0;
  }
  return z;
}

static void refs_add(Refs *p, const char *zGuid, const char *zA, const char *zB, int iLine){
  p->a = xrealloc(p->a, sizeof(Ref)*(size_t)(p->n+1));
  Ref *r = &p->a[p->n++];
  r->zGuid = zGuid ? xstrdup(zGuid) : NULL;
  r->zA = zA ? xstrdup(zA) : NULL;
  r->zB = zB ? xstrdup(zB) : NULL;
  r->iLine = iLine;
  r->bUsed = 0;
}

static void refs_free(Refs *p){
  for(int i=0; i<p->n; i++){ free(p->a[i].zGuid); free(p->a[i].zA); free(p->a[i].zB); }
  free(p->a);
  memset(p, 0, sizeof(*p));
}

/* The GUIDs of the files are compared in lower case without braces. */
static char *guid_key(const char *z){
  if( !z ) return NULL;
  size_t n = strlen(z);
  if( n>=2 && z[0]=='{' && z[n-1]=='}' ){ z++; n -= 2; }
  char *zOut = xstrndup(z, n);
  for(char *c = zOut; *c; c++) *c = (char)tolower((unsigned char)*c);
  return zOut;
}

static Ref *refs_find(Refs *p, const char *zGuid){
  char *z = guid_key(zGuid);
  Ref *pFound = NULL;
  for(int i=0; z && i<p->n && !pFound; i++) if( p->a[i].zGuid && strcmp(p->a[i].zGuid, z)==0 ) pFound = &p->a[i];
  free(z);
  return pFound;
}

static void codings_free(ICoding *a, int n){
  for(int i=0; i<n; i++){ free(a[i].zUser); refs_free(&a[i].notes); }
  free(a);
}

static void imp_free(Imp *m){
  free(m->zQde);
  if( m->pZip ) zip_discard(m->pZip);
  refs_free(&m->users); refs_free(&m->vars); refs_free(&m->notes);
  refs_free(&m->codeNotes); refs_free(&m->projNotes);
  free(m->zProjDesc);
  refi_codes_free(&m->codes);
  for(int i=0; i<m->nSrc; i++){
    ISrc *s = &m->aSrc[i];
    free(s->zGuid); free(s->zName); free(s->zText); free(s->zFile);
    free(s->zKind); free(s->zLang); free(s->zDate); free(s->zCase);
    free(s->zDesc); free(s->zUser);
    for(int k=0; k<s->nSel; k++){
      free(s->aSel[k].zGuid); free(s->aSel[k].zUser); free(s->aSel[k].zDesc);
      codings_free(s->aSel[k].aCod, s->aSel[k].nCod);
      refs_free(&s->aSel[k].notes);
    }
    free(s->aSel);
    codings_free(s->aCod, s->nCod);
    refs_free(&s->notes);
  }
  free(m->aSrc);
  for(int i=0; i<m->nCase; i++){
    free(m->aCase[i].zGuid); free(m->aCase[i].zName);
    refs_free(&m->aCase[i].vars); refs_free(&m->aCase[i].srcs);
  }
  free(m->aCase);
}

static int line_of(xmlNodePtr x){ return (int)xmlGetLineNo(x); }

/* The bytes of archive member zName (any case; "internal://X" is
** Sources/X), or NULL after reporting at iLine why. Caller frees. */
static char *read_member(Imp *m, const char *zName, int iLine, size_t *pn){
  const char *zPrefix = "internal://";
  char *zPath = strncasecmp(zName, zPrefix, strlen(zPrefix))==0
              ? xasprintf("Sources/%s", zName+strlen(zPrefix)) : xstrdup(zName);
  zip_int64_t i = zip_name_locate(m->pZip, zPath, ZIP_FL_NOCASE);
  char *zOut = NULL;
  zip_stat_t st;
  zip_stat_init(&st);
  if( i<0 ){
    errlist_add(m->pErr, m->zQde, iLine, 0, _("%s is not in the archive%s"), zPath,
                strncasecmp(zName, zPrefix, strlen(zPrefix))==0 ? "" : _(" (only internal:// files are read)"));
  }else if( zip_stat_index(m->pZip, (zip_uint64_t)i, 0, &st)!=0 || !(st.valid & ZIP_STAT_SIZE) ){
    errlist_add(m->pErr, m->zFile, 0, 0, _("%s: damaged archive member"), zPath);
  }else if( st.size>limit_get(LIM_ARCHIVE_MEMBER) ){
    errlist_add(m->pErr, m->zFile, 0, 0, _("%s is too large (%llu bytes; %s)"), zPath,
                (unsigned long long)st.size, limit_hint(LIM_ARCHIVE_MEMBER));
  }else{
    zip_file_t *f = zip_fopen_index(m->pZip, (zip_uint64_t)i, 0);
    zOut = xmalloc((size_t)st.size+1);
    zip_int64_t n = f ? zip_fread(f, zOut, st.size) : -1;
    if( f ) zip_fclose(f);
    if( n<0 || (zip_uint64_t)n!=st.size ){
      errlist_add(m->pErr, m->zFile, 0, 0, _("%s: damaged archive member (cannot be read)"), zPath);
      free(zOut);
      zOut = NULL;
    }else{
      zOut[n] = 0;
      *pn = (size_t)n;
    }
  }
  free(zPath);
  return zOut;
}

/* Text of a TextSourceType element (a source or a note): PlainTextContent,
** else the member named by plainTextPath; raw bytes (caller frees). */
static char *element_text(Imp *m, xmlNodePtr x, size_t *pn, char **pzFile){
  xmlNodePtr c = refi_child(x, "PlainTextContent");
  char *zPath = refi_attr(x, "plainTextPath");
  char *z = NULL;
  if( pzFile ) *pzFile = NULL;
  if( zPath ){
    z = read_member(m, zPath, line_of(x), pn);
    if( pzFile ){
      const char *zBase = strrchr(zPath, '/');
      *pzFile = xstrdup(zBase ? zBase+1 : zPath);
    }
  }else if( c ){
    z = refi_text(c);
    *pn = strlen(z);
  }
  free(zPath);
  return z;
}

/* NoteRef children of x into p (note GUIDs in zGuid). */
static void read_noterefs(xmlNodePtr x, Refs *p){
  for(xmlNodePtr k = x->children; k; k = k->next){
    if( !refi_is(k, "NoteRef") ) continue;
    char *z = refi_attr(k, "targetGUID");
    char *zKey = guid_key(z);
    refs_add(p, zKey, NULL, NULL, line_of(k));
    free(z); free(zKey);
  }
}

/* A Coding element into c; an undefined code is reported. */
static int read_coding(Imp *m, xmlNodePtr x, const char *zDefaultUser, ICoding *c){
  memset(c, 0, sizeof(*c));
  xmlNodePtr r = refi_child(x, "CodeRef");
  char *zCode = r ? refi_attr(r, "targetGUID") : NULL;
  char *zGuid = refi_attr(x, "guid");
  c->iCode = zCode ? refi_codes_find(&m->codes, zCode) : -1;
  if( c->iCode<0 ){
    errlist_add(m->pErr, m->zQde, line_of(x), 0, _("Coding %s: %s"), zGuid ? zGuid : "",
                zCode ? _("refers to a code GUID that is not defined") : _("has no CodeRef"));
    if( zCode ) errlist_add(m->pErr, m->zQde, line_of(r), 0, _("undefined GUID %s"), zCode);
  }
  c->zUser = refi_attr(x, "creatingUser");
  if( !c->zUser && zDefaultUser ) c->zUser = xstrdup(zDefaultUser);
  read_noterefs(x, &c->notes);
  free(zCode); free(zGuid);
  return c->iCode>=0;
}

static void read_variables(Imp *m, xmlNodePtr x, Refs *pOut){
  for(xmlNodePtr v = x->children; v; v = v->next){
    if( !refi_is(v, "VariableValue") ) continue;
    xmlNodePtr r = refi_child(v, "VariableRef");
    char *zGuid = r ? refi_attr(r, "targetGUID") : NULL;
    Ref *pVar = zGuid ? refs_find(&m->vars, zGuid) : NULL;
    if( !pVar ){
      errlist_add(m->pErr, m->zQde, line_of(v), 0, _("VariableValue: %s%s"),
                  zGuid ? _("undefined GUID ") : _("no VariableRef"), zGuid ? zGuid : "");
    }else{
      for(xmlNodePtr t = v->children; t; t = t->next){
        if( t->type!=XML_ELEMENT_NODE || strcmp((const char*)t->name, "VariableRef")==0 ) continue;
        char *zVal = refi_text(t);
        refs_add(pOut, NULL, pVar->zA, zVal, line_of(t));
        free(zVal);
      }
    }
    free(zGuid);
  }
}

/* A selection's position attribute as an integer, or -1 (reported). */
static int64_t pos_attr(Imp *m, xmlNodePtr x, const char *zAttr, const char *zGuid){
  char *z = refi_attr(x, zAttr), *zEnd = NULL;
  long long v = z ? strtoll(z, &zEnd, 10) : -1;
  if( !z || !z[0] || *zEnd || v<0 ){
    errlist_add(m->pErr, m->zQde, line_of(x), 0, _("selection %s: %s '%s' is not a position"),
                zGuid, zAttr, z ? z : "");
    v = -1;
  }
  free(z);
  return v;
}

static void read_selection(Imp *m, ISrc *s, xmlNodePtr x, const QdpxPos *pPos){
  s->aSel = xrealloc(s->aSel, sizeof(ISel)*(size_t)(s->nSel+1));
  ISel *g = &s->aSel[s->nSel++];
  memset(g, 0, sizeof(*g));
  g->zGuid = refi_attr(x, "guid");
  if( !g->zGuid ) g->zGuid = xstrdup("(no guid)");
  g->iLine = line_of(x);
  g->zUser = refi_attr(x, "creatingUser");
  xmlNodePtr d = refi_child(x, "Description");
  if( d ) g->zDesc = refi_text(d);
  int64_t u0 = pos_attr(m, x, "startPosition", g->zGuid);
  int64_t u1 = pos_attr(m, x, "endPosition", g->zGuid);
  if( u0>=0 && u1>=0 && pPos ){
    if( u0>=u1 || u1>pPos->nUnit ){
      errlist_add(m->pErr, m->zQde, g->iLine, 0,
                  _("selection %s: [%lld,%lld) is outside source '%s', which has %lld positions counted as %s"),
                  g->zGuid, (long long)u0, (long long)u1, s->zName, (long long)pPos->nUnit,
                  refi_producer_name(m->eProd));
    }else{
      g->iStart = qdpx_pos_map(pPos, u0);
      g->iEnd = qdpx_pos_map(pPos, u1);
      if( g->iStart<0 || g->iEnd<0 || g->iStart>=g->iEnd ){
        errlist_add(m->pErr, m->zQde, g->iLine, 0,
                    _("selection %s: [%lld,%lld) of source '%s' cannot be mapped onto the text "
                    "(it splits a character as %s counts, or a letter from its accent)"),
                    g->zGuid, (long long)u0, (long long)u1, s->zName, refi_producer_name(m->eProd));
      }
    }
  }
  for(xmlNodePtr k = x->children; k; k = k->next){
    if( !refi_is(k, "Coding") ) continue;
    g->aCod = xrealloc(g->aCod, sizeof(ICoding)*(size_t)(g->nCod+1));
    read_coding(m, k, g->zUser, &g->aCod[g->nCod++]);
  }
  read_noterefs(x, &g->notes);
  if( g->nCod==0 && (!g->zDesc || !g->zDesc[0]) && g->notes.n==0 ){
    errlist_add(m->pWarn, m->zQde, g->iLine, 0, _("selection %s of source '%s' has no coding, description "
                "or note: left out"), g->zGuid, s->zName);
  }
}

static void read_source(Imp *m, xmlNodePtr x){
  m->aSrc = xrealloc(m->aSrc, sizeof(ISrc)*(size_t)(m->nSrc+1));
  ISrc *s = &m->aSrc[m->nSrc++];
  memset(s, 0, sizeof(*s));
  char *zGuid = refi_attr(x, "guid");
  s->zGuid = guid_key(zGuid);
  free(zGuid);
  s->iLine = line_of(x);
  s->zName = refi_attr(x, "name");
  s->zUser = refi_attr(x, "creatingUser");
  xmlNodePtr pDesc = refi_child(x, "Description");
  if( pDesc ) s->zDesc = refi_text(pDesc);
  if( !s->zGuid ) errlist_add(m->pErr, m->zQde, s->iLine, 0, _("TextSource %s: no guid"), s->zName ? s->zName : "");
  if( !s->zName || !s->zName[0] ){
    free(s->zName);
    s->zName = xasprintf("source %d", m->nSrc);
  }
  size_t nRaw = 0;
  char *zRaw = element_text(m, x, &nRaw, &s->zFile);
  QdpxPos pos;
  int bPos = 0;
  if( !zRaw && !refi_child(x, "PlainTextContent") && !xmlHasProp(x, BAD_CAST "plainTextPath") ){
    if( xmlHasProp(x, BAD_CAST "richTextPath") ){
      errlist_add(m->pErr, m->zQde, s->iLine, 0, _("TextSource '%s' has only its rich text (richTextPath) and "
                  "no plain text: positions are counted in the plain text, which the archive must carry "
                  "(plainTextPath or PlainTextContent)"), s->zName);
    }else{
      errlist_add(m->pErr, m->zQde, s->iLine, 0, _("TextSource '%s' has neither plainTextPath nor PlainTextContent"), s->zName);
    }
  }
  if( zRaw ){
    char *zWhere = xasprintf("%s(%s)", m->zFile, s->zFile ? s->zFile : s->zName);
    int nBefore = m->pErr->n;
    s->zText = trim_final_newlines(doc_clean_text(zWhere, zRaw, nRaw, m->pErr));
    free(zWhere);
    if( s->zText && m->pErr->n==nBefore ){
      const char *z = zRaw; size_t n = nRaw;
      if( n>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ){ z += 3; n -= 3; }
      if( qdpx_pos_build(z, n, m->eProd, s->zText, &pos)==0 ) bPos = 1;
      else{
        errlist_add(m->pErr, m->zQde, s->iLine, 0, _("source '%s': positions cannot be mapped onto its text"), s->zName);
        qdpx_pos_free(&pos);
      }
    }
    free(zRaw);
  }
  for(xmlNodePtr k = x->children; k; k = k->next){
    if( refi_is(k, "PlainTextSelection") ) read_selection(m, s, k, bPos ? &pos : NULL);
    else if( refi_is(k, "Coding") ){
      s->aCod = xrealloc(s->aCod, sizeof(ICoding)*(size_t)(s->nCod+1));
      read_coding(m, k, NULL, &s->aCod[s->nCod++]);
    }
  }
  if( bPos ) qdpx_pos_free(&pos);
  read_noterefs(x, &s->notes);
  Refs vals = {0};
  int iDay;
  read_variables(m, x, &vals);
  for(int i=0; i<vals.n; i++){
    const char *zVar = vals.a[i].zA, *zVal = vals.a[i].zB;
    if( strcasecmp(zVar, "kind")==0 && (!strcmp(zVal, "interview") || !strcmp(zVal, "fieldnotes") || !strcmp(zVal, "document")) ){
      free(s->zKind); s->zKind = xstrdup(zVal);
    }else if( strcasecmp(zVar, "language")==0 && (!strcmp(zVal, "en") || !strcmp(zVal, "fr")) ){
      free(s->zLang); s->zLang = xstrdup(zVal);
    }else if( strcasecmp(zVar, "date")==0 && date_parse(zVal, &iDay) ){
      free(s->zDate); s->zDate = xstrndup(zVal, 10);
    }
  }
  refs_free(&vals);
}

static void read_case(Imp *m, xmlNodePtr x){
  m->aCase = xrealloc(m->aCase, sizeof(ICase)*(size_t)(m->nCase+1));
  ICase *c = &m->aCase[m->nCase++];
  memset(c, 0, sizeof(*c));
  c->zGuid = refi_attr(x, "guid");
  c->zName = refi_attr(x, "name");
  c->iLine = line_of(x);
  if( !c->zName || !c->zName[0] ){
    errlist_add(m->pErr, m->zQde, c->iLine, 0, _("Case %s: no name (synergist names members by it)"), c->zGuid ? c->zGuid : "");
  }
  read_variables(m, x, &c->vars);
  for(xmlNodePtr k = x->children; k; k = k->next){
    if( !refi_is(k, "SourceRef") ) continue;
    char *z = refi_attr(k, "targetGUID");
    char *zKey = guid_key(z);
    refs_add(&c->srcs, zKey, NULL, NULL, line_of(k));
    free(z); free(zKey);
  }
}

/* NoteRefs of every Code (codes have no other place in RefiCodes). */
static void read_code_notes(Imp *m, xmlNodePtr x){
  for(xmlNodePtr k = x->children; k; k = k->next){
    if( !refi_is(k, "Code") ) continue;
    char *zGuid = refi_attr(k, "guid");
    char *zKey = guid_key(zGuid);
    Refs r = {0};
    read_noterefs(k, &r);
    for(int i=0; i<r.n; i++) refs_add(&m->codeNotes, zKey, r.a[i].zGuid, NULL, r.a[i].iLine);
    refs_free(&r);
    free(zGuid); free(zKey);
    read_code_notes(m, k);
  }
}

/* Check that every note GUID in p is defined. */
static void check_notes(Imp *m, Refs *p, int bInA){
  for(int i=0; i<p->n; i++){
    const char *zGuid = bInA ? p->a[i].zA : p->a[i].zGuid;
    if( !refs_find(&m->notes, zGuid) ) errlist_add(m->pErr, m->zQde, p->a[i].iLine, 0, _("NoteRef: undefined GUID %s"), zGuid ? zGuid : "");
  }
}

static void check_user(Imp *m, const char *zGuid, int iLine){
  if( zGuid && !refs_find(&m->users, zGuid) ){
    errlist_add(m->pErr, m->zQde, iLine, 0, _("creatingUser: undefined GUID %s"), zGuid);
  }
}

/* Read and check the whole project; problems into m->pErr. */
static void imp_read(Imp *m, const char *const *azFrom, const char *const *azTo, int nMap){
  int iErr = 0;
  m->pZip = zip_open(m->zFile, ZIP_RDONLY | ZIP_CHECKCONS, &iErr);
  if( !m->pZip ){
    zip_error_t ze;
    zip_error_init_with_code(&ze, iErr);
    errlist_add(m->pErr, m->zFile, 0, 0, _("not a readable zip archive (%s)"), zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return;
  }
  /* The project: the one *.qde at the root. */
  zip_int64_t nEntry = zip_get_num_entries(m->pZip, 0), iQde = -1;
  int nQde = 0;
  Sb names = SB_INIT;
  for(zip_int64_t i=0; i<nEntry; i++){
    const char *zName = zip_get_name(m->pZip, (zip_uint64_t)i, 0);
    size_t n = zName ? strlen(zName) : 0;
    if( n>4 && !strchr(zName, '/') && strcasecmp(zName+n-4, ".qde")==0 ){
      iQde = i;
      sb_printf(&names, "%s%s", nQde++ ? ", " : "", zName);
    }
  }
  if( nQde>1 ){
    errlist_add(m->pErr, m->zFile, 0, 0, _("more than one .qde project at the root of the archive (%s): "
                "a REFI-QDA project has one"), sb_str(&names));
  }else if( nQde==0 ){
    errlist_add(m->pErr, m->zFile, 0, 0, "%s", _("no .qde project at the root of the archive: not a REFI-QDA project"));
  }
  sb_free(&names);
  if( nQde!=1 ) return;
  const char *zQdeName = zip_get_name(m->pZip, (zip_uint64_t)iQde, 0);
  m->zQde = xasprintf("%s(%s)", m->zFile, zQdeName);
  size_t nXml = 0;
  char *zXml = read_member(m, zQdeName, 0, &nXml);
  if( !zXml ) return;
  xmlDocPtr d = refi_xml_read(zXml, nXml, m->zQde, m->pErr);
  free(zXml);
  if( !d ) return;
  xmlNodePtr pRoot = xmlDocGetRootElement(d);
  if( !refi_is(pRoot, "Project") ){
    errlist_add(m->pErr, m->zQde, pRoot ? line_of(pRoot) : 0, 0, "%s", _("not a REFI-QDA project (the root is not <Project>)"));
    xmlFreeDoc(d);
    return;
  }
  /* The schema first: every violation with its line. The reading below
  ** goes on, so that the problems it finds (GUIDs never defined, positions
  ** outside their source) are listed too; any problem imports nothing. */
  refi_xml_validate_project(d, m->zQde, m->pErr);
  char *zOrigin = refi_attr(pRoot, "origin");
  m->eProd = refi_producer(zOrigin);
  free(zOrigin);
  /* Definitions first: users, codes, variables, notes. */
  xmlNodePtr x;
  if( (x = refi_child(pRoot, "Users"))!=NULL ){
    for(xmlNodePtr u = x->children; u; u = u->next){
      if( !refi_is(u, "User") ) continue;
      char *zGuid = refi_attr(u, "guid"), *zName = refi_attr(u, "name");
      char *zKey = guid_key(zGuid);
      if( !zKey ) errlist_add(m->pErr, m->zQde, line_of(u), 0, _("User %s: no guid"), zName ? zName : "");
      const char *zCoder = zName && zName[0] ? zName : "imported";
      for(int i=0; i<nMap; i++) if( zName && strcmp(azFrom[i], zName)==0 ) zCoder = azTo[i];
      refs_add(&m->users, zKey, zName, zCoder, line_of(u));
      free(zGuid); free(zName); free(zKey);
    }
  }
  if( (x = refi_child(pRoot, "CodeBook"))!=NULL ){
    xmlNodePtr pCodes = refi_child(x, "Codes");
    refi_codes_read(pCodes, m->zQde, &m->codes, m->pErr, m->pWarn);
    if( pCodes ) read_code_notes(m, pCodes);
  }
  if( (x = refi_child(pRoot, "Variables"))!=NULL ){
    for(xmlNodePtr v = x->children; v; v = v->next){
      if( !refi_is(v, "Variable") ) continue;
      char *zGuid = refi_attr(v, "guid"), *zName = refi_attr(v, "name"), *zType = refi_attr(v, "typeOfVariable");
      char *zKey = guid_key(zGuid);
      if( !zKey || !zName ) errlist_add(m->pErr, m->zQde, line_of(v), 0, "%s", _("Variable: needs a guid and a name"));
      else refs_add(&m->vars, zKey, zName, zType ? zType : "Text", line_of(v));
      free(zGuid); free(zName); free(zType); free(zKey);
    }
  }
  if( (x = refi_child(pRoot, "Notes"))!=NULL ){
    for(xmlNodePtr k = x->children; k; k = k->next){
      if( !refi_is(k, "Note") ) continue;
      char *zGuid = refi_attr(k, "guid"), *zUser = refi_attr(k, "creatingUser");
      char *zKey = guid_key(zGuid);
      size_t n = 0;
      char *zRaw = element_text(m, k, &n, NULL);
      char *zText = NULL;
      if( zRaw ){
        char *zWhere = xasprintf("%s(note %s)", m->zFile, zKey ? zKey : "");
        zText = trim_final_newlines(doc_clean_text(zWhere, zRaw, n, m->pErr));
        free(zWhere);
      }
      if( !zKey ) errlist_add(m->pErr, m->zQde, line_of(k), 0, "%s", _("Note: no guid"));
      else if( zText && zText[0] ) refs_add(&m->notes, zKey, zText, zUser, line_of(k));
      else refs_add(&m->notes, zKey, NULL, zUser, line_of(k));   /* empty: referred to, nothing to keep */
      check_user(m, zUser, line_of(k));
      free(zGuid); free(zUser); free(zKey); free(zRaw); free(zText);
    }
  }
  if( (x = refi_child(pRoot, "Sources"))!=NULL ){
    for(xmlNodePtr k = x->children; k; k = k->next){
      if( refi_is(k, "TextSource") ) read_source(m, k);
      else if( k->type==XML_ELEMENT_NODE ){
        char *zName = refi_attr(k, "name");
        errlist_add(m->pWarn, m->zQde, line_of(k), 0, _("%s '%s' left out: synergist keeps text sources only"),
                    (const char*)k->name, zName ? zName : "");
        free(zName);
      }
    }
  }
  if( (x = refi_child(pRoot, "Cases"))!=NULL ){
    for(xmlNodePtr k = x->children; k; k = k->next) if( refi_is(k, "Case") ) read_case(m, k);
  }
  read_noterefs(pRoot, &m->projNotes);
  if( (x = refi_child(pRoot, "Description"))!=NULL ) m->zProjDesc = refi_text(x);
  xmlFreeDoc(d);
  /* Every reference defined. */
  check_notes(m, &m->projNotes, 0);
  check_notes(m, &m->codeNotes, 1);
  for(int i=0; i<m->nSrc; i++){
    ISrc *s = &m->aSrc[i];
    check_user(m, s->zUser, s->iLine);
    check_notes(m, &s->notes, 0);
    for(int c=0; c<s->nCod; c++){ check_user(m, s->aCod[c].zUser, s->iLine); check_notes(m, &s->aCod[c].notes, 0); }
    for(int k=0; k<s->nSel; k++){
      ISel *g = &s->aSel[k];
      check_user(m, g->zUser, g->iLine);
      check_notes(m, &g->notes, 0);
      for(int c=0; c<g->nCod; c++){
        if( !g->zUser || !g->aCod[c].zUser || strcmp(g->aCod[c].zUser, g->zUser)!=0 ) check_user(m, g->aCod[c].zUser, g->iLine);
        check_notes(m, &g->aCod[c].notes, 0);
      }
    }
  }
  for(int i=0; i<m->nCase; i++){
    for(int k=0; k<m->aCase[i].srcs.n; k++){
      const char *zSrc = m->aCase[i].srcs.a[k].zGuid;
      int iSrc = -1;
      for(int j=0; j<m->nSrc && iSrc<0; j++) if( m->aSrc[j].zGuid && zSrc && strcmp(m->aSrc[j].zGuid, zSrc)==0 ) iSrc = j;
      if( iSrc<0 ){
        errlist_add(m->pErr, m->zQde, m->aCase[i].srcs.a[k].iLine, 0, _("SourceRef: undefined GUID %s"), zSrc ? zSrc : "");
      }else if( m->aCase[i].zName ){
        if( m->aSrc[iSrc].zCase && strcmp(m->aSrc[iSrc].zCase, m->aCase[i].zName)!=0 ){
          errlist_add(m->pWarn, m->zQde, m->aCase[i].iLine, 0, _("source '%s' belongs to cases '%s' and '%s': "
                      "its participant is the first"), m->aSrc[iSrc].zName, m->aSrc[iSrc].zCase, m->aCase[i].zName);
        }else if( !m->aSrc[iSrc].zCase ){
          m->aSrc[iSrc].zCase = xstrdup(m->aCase[i].zName);
        }
      }
    }
  }
}

/* The coder name of user GUID zUser (NULL: "imported"). */
static const char *coder_of(Imp *m, const char *zUser){
  Ref *r = zUser ? refs_find(&m->users, zUser) : NULL;
  return r ? r->zB : "imported";
}

/* The memo author for note r. */
static const char *author_of(Imp *m, const Ref *pNote, const char *zWho){
  Ref *u = pNote->zB ? refs_find(&m->users, pNote->zB) : NULL;
  return u ? u->zB : zWho;
}

/* Memos from the notes p refers to (note GUIDs in zGuid, or zA with bInA)
** on zKind/zTarget. */
static int add_note_memos(Store *pS, Imp *m, const Refs *p, int bInA, const char *zKind,
                          const char *zTarget, const char *zWho, QdpxCounts *pC){
  for(int i=0; i<p->n; i++){
    Ref *pNote = refs_find(&m->notes, bInA ? p->a[i].zA : p->a[i].zGuid);
    if( !pNote ) continue;
    pNote->bUsed = 1;
    if( !pNote->zA ) continue;
    int rc = st_memo_add(pS, zKind, zTarget, pNote->zA, author_of(m, pNote, zWho), NULL);
    if( rc ) return rc;
    pC->nNote++;
  }
  return STORE_OK;
}

static int ensure_coder(Store *pS, const char *zCoder, QdpxCounts *pC){
  int64_t id;
  int rc = st_coder_id(pS, zCoder, &id);
  if( rc==STORE_NOTFOUND ){
    rc = st_coder_add(pS, zCoder);
    if( rc==STORE_OK ) pC->nCoderNew++;
  }
  return rc;
}

/* Add the segment of coding c on [iStart,iEnd) of source zSource; its id
** into *piSeg (0 when it was a duplicate, with a warning). */
static int add_coding(Store *pS, Imp *m, const char *zSource, const ICoding *c, int64_t iStart, int64_t iEnd,
                      const char *zWho, QdpxCounts *pC, int64_t *piSeg){
  *piSeg = 0;
  const char *zCoder = coder_of(m, c->zUser);
  int rc = ensure_coder(pS, zCoder, pC);
  if( rc ) return rc;
  const char *zPath = m->codes.a[c->iCode].zPath;
  rc = st_segment_add(pS, zSource, zPath, zCoder, iStart, iEnd, NULL, zWho, piSeg);
  if( rc==STORE_EXISTS ){
    errlist_add(m->pWarn, m->zQde, 0, 0, _("%s: %s coded [%lld,%lld) as %s twice; kept once"), zSource,
                zCoder, (long long)iStart, (long long)iEnd, zPath);
    *piSeg = 0;
    return STORE_OK;
  }
  if( rc ) return rc;
  pC->nSegment++;
  char zId[32];
  snprintf(zId, sizeof(zId), "%lld", (long long)*piSeg);
  return add_note_memos(pS, m, &c->notes, 0, "segment", zId, zWho, pC);
}

/* A source name not yet used in the study (zName, else "zName (2)"...). */
static char *free_name(Store *pS, Imp *m, const char *zName, int iLine){
  char *z = xstrdup(zName);
  for(int k=2; ; k++){
    QualSource src;
    int rc = st_source_get(pS, z, 0, &src);
    st_source_clear(&src);
    if( rc==STORE_NOTFOUND ) break;
    free(z);
    z = xasprintf("%s (%d)", zName, k);
  }
  if( strcmp(z, zName)!=0 ){
    errlist_add(m->pWarn, m->zQde, iLine, 0, _("a source named '%s' already exists: imported as '%s'"), zName, z);
  }
  return z;
}

/* The member attribute type of a variable type. */
static const char *attr_type(const char *zType){
  if( !zType ) return "text";
  if( strcmp(zType, "Integer")==0 ) return "integer";
  if( strcmp(zType, "Float")==0 ) return "real";
  if( strcmp(zType, "Date")==0 ) return "date";
  return "text";
}

static int store_cases(Store *pS, Imp *m, const char *zPart, QdpxCounts *pC){
  for(int i=0; i<m->nCase; i++){
    ICase *c = &m->aCase[i];
    if( st_member_exists(pS, zPart, c->zName)==STORE_OK ){
      /* The roster is the study's record of its members: an existing
      ** member keeps its attributes, and the case's values are not
      ** merged into them (docs/qualitative.md); say so when it has some. */
      if( c->vars.n>0 ){
        errlist_add(m->pWarn, m->zQde, c->iLine, 0, ngettext("case '%s' is member %s of %s already: its attributes "
                             "are kept and the case's %d variable value is not imported",
                             "case '%s' is member %s of %s already: its attributes "
                             "are kept and the case's %d variable values are not imported", c->vars.n),
                    c->zName, c->zName, zPart, c->vars.n);
      }
      pC->nCase++;
      continue;
    }
    MemberRec r;
    memset(&r, 0, sizeof(r));
    r.zPartnership = (char*)zPart;
    r.zPid = c->zName;
    MemberAttr *aAttr = xcalloc((size_t)c->vars.n+1, sizeof(MemberAttr));
    for(int k=0; k<c->vars.n; k++){
      const char *zVar = c->vars.a[k].zA;
      const char *zVal = c->vars.a[k].zB;
      if( strcmp(zVar, "partnership")==0 ) continue;
      if( strcmp(zVar, "stakeholder_group")==0 ){ r.zGroup = (char*)zVal; continue; }
      if( strcmp(zVar, "organisation")==0 ) continue;   /* organisations are the roster's */
      Ref *pVar = NULL;
      for(int v=0; v<m->vars.n && !pVar; v++) if( strcmp(m->vars.a[v].zA, zVar)==0 ) pVar = &m->vars.a[v];
      aAttr[r.nAttr].zName = (char*)zVar;
      aAttr[r.nAttr].zType = (char*)attr_type(pVar ? pVar->zB : NULL);
      aAttr[r.nAttr].zValue = (char*)zVal;
      r.nAttr++;
    }
    r.aAttr = aAttr;
    int rc = st_member_add(pS, &r);
    free(aAttr);
    if( rc ) return rc;
    pC->nCase++;
    pC->nMemberNew++;
  }
  return STORE_OK;
}

static int store_source(Store *pS, Imp *m, ISrc *s, const char *zPart, const char *zWho, QdpxCounts *pC){
  char *zName = free_name(pS, m, s->zName, s->iLine);
  QualSource q;
  memset(&q, 0, sizeof(q));
  q.zName = zName;
  q.zPartnership = (char*)zPart;
  q.zParticipant = s->zCase;
  q.zKind = s->zCase ? "interview" : s->zKind ? s->zKind : "document";
  q.zLanguage = s->zLang ? s->zLang : "en";
  q.zDate = s->zDate;
  q.zFile = s->zFile;
  q.zText = s->zText;
  int rc = st_source_add(pS, &q, NULL);
  if( rc==STORE_OK ) pC->nSource++;
  if( rc==STORE_OK ) rc = add_note_memos(pS, m, &s->notes, 0, "source", zName, zWho, pC);
  if( rc==STORE_OK && s->zDesc && s->zDesc[0] ){
    /* The source's description (NVivo's file description): a memo on it. */
    rc = st_memo_add(pS, "source", zName, s->zDesc, s->zUser ? coder_of(m, s->zUser) : zWho, NULL);
    if( rc==STORE_OK ) pC->nNote++;
  }
  int64_t nCp = (int64_t)utf8_ncp(s->zText, strlen(s->zText)), iSeg;
  for(int c=0; c<s->nCod && rc==STORE_OK && nCp>0; c++){
    rc = add_coding(pS, m, zName, &s->aCod[c], 0, nCp, zWho, pC, &iSeg);
  }
  for(int k=0; k<s->nSel && rc==STORE_OK; k++){
    ISel *g = &s->aSel[k];
    int64_t iFirst = 0;
    for(int c=0; c<g->nCod && rc==STORE_OK; c++){
      rc = add_coding(pS, m, zName, &g->aCod[c], g->iStart, g->iEnd, zWho, pC, &iSeg);
      if( !iFirst ) iFirst = iSeg;
    }
    if( rc ) break;
    if( g->nCod==0 ){
      /* No coding: the span's comment and notes become memos on the span. */
      const char *zAuthor = g->zUser ? coder_of(m, g->zUser) : zWho;
      if( g->zDesc && g->zDesc[0] ){
        rc = st_memo_add_span(pS, zName, g->iStart, g->iEnd, g->zDesc, zAuthor, NULL);
        pC->nSpanMemo++;
      }
      for(int i=0; i<g->notes.n && rc==STORE_OK; i++){
        Ref *pNote = refs_find(&m->notes, g->notes.a[i].zGuid);
        if( !pNote ) continue;
        pNote->bUsed = 1;
        if( !pNote->zA ) continue;
        rc = st_memo_add_span(pS, zName, g->iStart, g->iEnd, pNote->zA, author_of(m, pNote, zWho), NULL);
        pC->nSpanMemo++;
      }
    }else if( iFirst ){
      char zId[32];
      snprintf(zId, sizeof(zId), "%lld", (long long)iFirst);
      if( g->zDesc && g->zDesc[0] ){
        rc = st_memo_add(pS, "segment", zId, g->zDesc, g->zUser ? coder_of(m, g->zUser) : zWho, NULL);
        pC->nNote++;
      }
      if( rc==STORE_OK ) rc = add_note_memos(pS, m, &g->notes, 0, "segment", zId, zWho, pC);
    }
  }
  free(zName);
  return rc;
}

int qdpx_import(Store *pS, const char *zFile, const char *zPart,
                const char *const *azMapFrom, const char *const *azMapTo, int nMap,
                const char *zWho, QdpxCounts *pC, ErrList *pErr, ErrList *pWarn){
  memset(pC, 0, sizeof(*pC));
  if( !zWho ) zWho = st_who();
  Imp m;
  memset(&m, 0, sizeof(m));
  m.zFile = zFile;
  m.pErr = pErr;
  m.pWarn = pWarn;
  int nBefore = pErr->n;
  imp_read(&m, azMapFrom, azMapTo, nMap);
  int rc = STORE_OK;
  if( pErr->n>nBefore ){ imp_free(&m); return STORE_OK; }
  /* Nothing wrong: write. */
  rc = refi_codes_store(pS, &m.codes, NULL, zWho, &pC->nCodeNew);
  pC->nCode = m.codes.n;
  if( rc==STORE_OK ) rc = store_cases(pS, &m, zPart, pC);
  for(int i=0; i<m.nSrc && rc==STORE_OK; i++) rc = store_source(pS, &m, &m.aSrc[i], zPart, zWho, pC);
  for(int i=0; i<m.codeNotes.n && rc==STORE_OK; i++){
    int iCode = refi_codes_find(&m.codes, m.codeNotes.a[i].zGuid);
    if( iCode<0 ) continue;
    Refs one = { &m.codeNotes.a[i], 1 };
    rc = add_note_memos(pS, &m, &one, 1, "code", m.codes.a[iCode].zPath, zWho, pC);
  }
  if( rc==STORE_OK ) rc = add_note_memos(pS, &m, &m.projNotes, 0, "project", NULL, zWho, pC);
  if( rc==STORE_OK && m.zProjDesc && m.zProjDesc[0] ){
    rc = st_memo_add(pS, "project", NULL, m.zProjDesc, zWho, NULL);
    if( rc==STORE_OK ) pC->nNote++;
  }
  /* Notes nothing refers to are about the project. */
  for(int i=0; i<m.notes.n && rc==STORE_OK; i++){
    Ref *pNote = &m.notes.a[i];
    if( pNote->bUsed || !pNote->zA ) continue;
    pNote->bUsed = 1;
    rc = st_memo_add(pS, "project", NULL, pNote->zA, author_of(&m, pNote, zWho), NULL);
    if( rc==STORE_OK ) pC->nNote++;
  }
  if( rc==STORE_OK ){
    char *zAfter = xasprintf("%d sources, %d segments, %d codes (%d new)", pC->nSource, pC->nSegment,
                             pC->nCode, pC->nCodeNew);
    rc = st_audit_add(pS, zWho, "qdpx import", zFile, NULL, zAfter, NULL);
    free(zAfter);
  }
  imp_free(&m);
  return rc;
}
