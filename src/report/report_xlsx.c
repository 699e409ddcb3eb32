/*
** report_xlsx.c: the report's tables as an Excel workbook (report.h,
** report_xlsx): each section's xTables adds its tables, and each table
** becomes one worksheet named by the table's title, with a bold header
** row, numbers as numbers and empty cells for missing values. With
** ReportOpts.bProgrammeSheets the programme's portfolio and sector mix
** follow the partnership sections' tables (report --each).
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

/* Write one table on a new sheet. Returns 0 or an lxw error code. */
static int sheet_write(lxw_workbook *wb, lxw_format *pBold, const Table *t){
  char zName[32];
  snprintf(zName, sizeof(zName), "%s", t->zTitle ? t->zTitle : "table");
  lxw_worksheet *ws = workbook_add_worksheet(wb, zName);
  if( !ws ) return LXW_ERROR_SHEETNAME_ALREADY_USED;
  for(int c=0; c<t->nCol; c++){
    worksheet_write_string(ws, 0, (lxw_col_t)c, t->azCol[c], pBold);
    worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, c==0 ? 14 : 16, NULL);
  }
  for(int r=0; r<t->nRow; r++){
    for(int c=0; c<t->nCol; c++){
      const Cell *x = table_cell(t, r, c);
      lxw_row_t row = (lxw_row_t)(r+1);
      lxw_col_t col = (lxw_col_t)c;
      lxw_error e = LXW_NO_ERROR;
      switch( x->t ){
        case CELL_INT:  e = worksheet_write_number(ws, row, col, (double)x->i, NULL); break;
        case CELL_REAL: e = worksheet_write_number(ws, row, col, x->r, NULL); break;
        case CELL_TEXT: {
          char *z = cell_fit(x->z);
          e = worksheet_write_string(ws, row, col, z, NULL);
          if( z!=x->z ) free(z);
          break;
        }
        default: break;
      }
      if( e ) return (int)e;
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  return 0;
}

int report_xlsx(Store *pStore, const ReportOpts *pOpts, const char *zPath, char **pzErr){
  ReportCtx ctx = { pStore, pOpts, NULL, 0, NULL };
  int bHeld = store_read_hold(pStore);    /* one snapshot, the file checked once */
  ReportTables list = {0, 0, NULL};
  int rc = STORE_OK;
  *pzErr = NULL;
  const ReportSection *const *aSec;
  int nSec = report_sections(pOpts, &aSec);
  for(int i=0; i<nSec && rc==STORE_OK; i++){
    if( aSec[i]->xTables ) rc = aSec[i]->xTables(&ctx, &list);
  }
  if( rc==STORE_OK && pOpts->bProgrammeSheets && !pOpts->bProgramme ) rc = sec_programme.xTables(&ctx, &list);
  if( rc ){
    *pzErr = xstrdup(store_errmsg(pStore));
  }else{
    /* rows go to a temporary file as they are written (strings inline),
    ** so a programme's workbook costs little memory in libxlsxwriter */
    lxw_workbook_options wo = { .constant_memory = LXW_TRUE };
    lxw_workbook *wb = workbook_new_opt(zPath, &wo);
    if( !wb ){
      *pzErr = xasprintf("cannot create %s", zPath);
      rc = STORE_ERROR;
    }else{
      lxw_format *pBold = workbook_add_format(wb);
      format_set_bold(pBold);
      for(int i=0; i<list.n && rc==STORE_OK; i++){
        int e = sheet_write(wb, pBold, list.a[i]);
        if( e ){
          *pzErr = xasprintf("cannot write sheet %s: %s", list.a[i]->zTitle, lxw_strerror((lxw_error)e));
          rc = STORE_ERROR;
        }
      }
      lxw_error e = workbook_close(wb);
      if( e && rc==STORE_OK ){
        *pzErr = xasprintf("cannot write %s: %s", zPath, lxw_strerror(e));
        rc = STORE_ERROR;
      }
    }
  }
  for(int i=0; i<list.n; i++) table_free(list.a[i]);
  free(list.a);
  report_ctx_done(&ctx);
  store_read_release(pStore, bHeld);
  return rc;
}
