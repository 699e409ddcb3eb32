/*
** report_xlsx.c: the report's tables as an Excel workbook (report.h,
** report_xlsx, and report --each's workbook written partnership by
** partnership, report_book_*): each section's xTables adds its tables, and
** each table becomes one worksheet named by the table's title, with a bold
** header row, numbers as numbers and empty cells for missing values; a
** later table of the same title adds its rows to that sheet. With
** ReportOpts.bProgrammeSheets the programme's portfolio and sector mix
** follow the partnership sections' tables (report --each).
**
** The workbook is written in libxlsxwriter's constant-memory mode: each
** sheet's rows go to a temporary file as they are written, strings inline,
** so rows must come in order within a sheet, which appending does. A book
** written by partnership (report_book_part()) holds one partnership's
** tables at a time: a programme of thousands costs what one costs, plus
** the sections whose tables are not one partnership after another
** (programme_wide(): written once, with the first partnership).
*/
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>
#include "report/report_data.h"
#include "report/section.h"
#include "util/xalloc.h"

/* Excel holds at most 32,767 characters in a cell: a longer text (a
** finding's every evidence reference, say) is cut at a character
** boundary and marked, rather than failing the whole workbook; the
** evidence sheet lists such items one per row. Returns z itself when it
** fits, else a new string for the caller to free. */
#define XLSX_CELL_MAX 32767
static char *cell_fit(const char *z){
  size_t nChar = 0, i = 0;
  static const char zMore[] = " [...]";
  for(; z[i]; i++){
    if( ((unsigned char)z[i] & 0xC0)!=0x80 && ++nChar > XLSX_CELL_MAX - (sizeof(zMore)-1) ) break;
  }
  if( !z[i] ) return (char*)z;
  char *zOut = xmalloc(i + sizeof(zMore));
  memcpy(zOut, z, i);
  memcpy(zOut+i, zMore, sizeof(zMore));
  return zOut;
}

/* Does section s make tables that are not one partnership's rows after
** another's, so that report --each's workbook writes them once for the
** whole programme? The scores (by wave, then partnership) and the
** interviewees (a column per partnership). */
static int programme_wide(const ReportSection *s){
  return s==&sec_scores || s==&sec_qual;
}

/* One worksheet of the book: its table title and the next row to write. */
typedef struct BookSheet { char *zTitle; lxw_worksheet *ws; lxw_row_t iNext; } BookSheet;

struct ReportBook {
  Store *pStore;
  ReportOpts all;             /* the whole report (every partnership) */
  int iEndDay;                /* the day the whole report's time tables end */
  lxw_workbook *wb;
  lxw_format *pBold;
  BookSheet *aSheet; int nSheet;
  int bStarted;               /* a partnership's rows written (the sheets made) */
  int rc; char *zErr;         /* the first failure */
  char *zPath;
};

/* Record the book's first failure (zErr is freed when one came before). */
static int book_fail(ReportBook *b, int rc, char *zErr){
  if( b->rc ){ free(zErr); return b->rc; }
  b->rc = rc; b->zErr = zErr;
  return rc;
}

/* The sheet titled zTitle ("table" for none), added after the others with
** the header azCol[0..nCol) when new; NULL when libxlsxwriter refuses it. */
static BookSheet *book_sheet(ReportBook *b, const char *zTitle, int nCol, char *const *azCol){
  if( !zTitle ) zTitle = "table";
  for(int i=0; i<b->nSheet; i++) if( strcmp(b->aSheet[i].zTitle, zTitle)==0 ) return &b->aSheet[i];
  char zName[32];
  snprintf(zName, sizeof(zName), "%s", zTitle);
  lxw_worksheet *ws = workbook_add_worksheet(b->wb, zName);
  if( !ws ) return NULL;
  for(int c=0; c<nCol; c++){
    worksheet_write_string(ws, 0, (lxw_col_t)c, azCol[c], b->pBold);
    worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, c==0 ? 14 : 16, NULL);
  }
  worksheet_freeze_panes(ws, 1, 0);
  b->aSheet = xrealloc(b->aSheet, sizeof(BookSheet)*(size_t)(b->nSheet+1));
  BookSheet *s = &b->aSheet[b->nSheet++];
  s->zTitle = xstrdup(zTitle); s->ws = ws; s->iNext = 1;
  return s;
}

/* Append t's rows to its sheet. Returns 0 or an lxw error code. */
static int sheet_append(ReportBook *b, const Table *t){
  BookSheet *s = book_sheet(b, t->zTitle, t->nCol, t->azCol);
  if( !s ) return LXW_ERROR_SHEETNAME_ALREADY_USED;
  for(int r=0; r<t->nRow; r++){
    lxw_row_t row = s->iNext++;
    for(int c=0; c<t->nCol; c++){
      const Cell *x = table_cell(t, r, c);
      lxw_col_t col = (lxw_col_t)c;
      lxw_error e = LXW_NO_ERROR;
      switch( x->t ){
        case CELL_INT:  e = worksheet_write_number(s->ws, row, col, (double)x->i, NULL); break;
        case CELL_REAL: e = worksheet_write_number(s->ws, row, col, x->r, NULL); break;
        case CELL_TEXT: {
          char *z = cell_fit(x->z);
          e = worksheet_write_string(s->ws, row, col, z, NULL);
          if( z!=x->z ) free(z);
          break;
        }
        default: break;
      }
      if( e ) return (int)e;
    }
  }
  return 0;
}

/* ReportTables.xPut of the book: t written to its sheet and freed. */
static void book_put(void *pArg, Table *t){
  ReportBook *b = pArg;
  int e = b->rc ? 0 : sheet_append(b, t);
  if( e ) book_fail(b, STORE_ERROR, xasprintf("cannot write sheet %s: %s", t->zTitle, lxw_strerror((lxw_error)e)));
  table_free(t);
}

/* The tables of section s in the report of pCtx, each written as the
** section makes it. */
static int book_section(ReportBook *b, ReportCtx *pCtx, const ReportSection *s){
  if( b->rc || !s->xTables ) return b->rc;
  ReportTables list = { 0, 0, NULL, book_put, b };
  int rc = s->xTables(pCtx, &list);
  if( rc ) book_fail(b, rc, xstrdup(store_errmsg(b->pStore)));
  return b->rc;
}

ReportBook *report_book_open(Store *pStore, const ReportOpts *pAll, const char *zPath, char **pzErr){
  *pzErr = NULL;
  /* rows go to a temporary file as they are written (strings inline),
  ** so a programme's workbook costs little memory in libxlsxwriter */
  lxw_workbook_options wo = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt(zPath, &wo);
  if( !wb ){
    *pzErr = xasprintf("cannot create %s", zPath);
    return NULL;
  }
  ReportBook *b = xcalloc(1, sizeof(ReportBook));
  b->pStore = pStore;
  b->all = *pAll;
  b->wb = wb;
  b->pBold = workbook_add_format(wb);
  format_set_bold(b->pBold);
  b->zPath = xstrdup(zPath);
  return b;
}

int report_book_part(ReportBook *b, const char *zPart, char **pzErr){
  *pzErr = NULL;
  if( b->rc ) return b->rc;
  ReportCtx all = { b->pStore, &b->all, NULL, 0, NULL };
  if( !b->bStarted ) b->iEndDay = report_end_day(&all);
  /* One partnership's report, its time tables ending with the whole
  ** report's (a partnership's own page ends at its own last event). */
  ReportOpts one = b->all;
  one.nPart = 1; one.azPart = (char**)&zPart;
  one.iEndDay = b->iEndDay;
  ReportCtx ctx = { b->pStore, &one, NULL, 0, NULL };
  const ReportSection *const *aSec;
  int nSec = report_sections(&b->all, &aSec);
  for(int i=0; i<nSec && !b->rc; i++){
    /* the programme-wide tables once, in their place among the sheets */
    if( !programme_wide(aSec[i]) ) book_section(b, &ctx, aSec[i]);
    else if( !b->bStarted ) book_section(b, &all, aSec[i]);
  }
  b->bStarted = 1;
  report_ctx_done(&ctx);
  report_ctx_done(&all);
  if( b->rc ) *pzErr = xstrdup(b->zErr);
  return b->rc;
}

int report_book_close(ReportBook *b, int bWrite, char **pzErr){
  *pzErr = NULL;
  if( !b ) return STORE_OK;
  if( bWrite && !b->rc ){
    ReportCtx all = { b->pStore, &b->all, NULL, 0, NULL };
    if( !b->bStarted ){
      /* no partnership written: every section's tables at once */
      const ReportSection *const *aSec;
      int nSec = report_sections(&b->all, &aSec);
      for(int i=0; i<nSec; i++) book_section(b, &all, aSec[i]);
    }
    if( b->all.bProgrammeSheets && !b->all.bProgramme ) book_section(b, &all, &sec_programme);
    report_ctx_done(&all);
  }
  if( b->rc || !bWrite ){
    lxw_workbook_free(b->wb);     /* no file for a failed workbook */
  }else{
    lxw_error e = workbook_close(b->wb);
    if( e ) book_fail(b, STORE_ERROR, xasprintf("cannot write %s: %s", b->zPath, lxw_strerror(e)));
  }
  int rc = b->rc;
  *pzErr = b->zErr;
  for(int i=0; i<b->nSheet; i++) free(b->aSheet[i].zTitle);
  free(b->aSheet);
  free(b->zPath);
  free(b);
  return rc;
}

int report_xlsx(Store *pStore, const ReportOpts *pOpts, const char *zPath, char **pzErr){
  int bHeld = store_read_hold(pStore);    /* one snapshot, the file checked once */
  ReportBook *b = report_book_open(pStore, pOpts, zPath, pzErr);
  int rc = b ? report_book_close(b, 1, pzErr) : STORE_ERROR;
  store_read_release(pStore, bHeld);
  return rc;
}
