/*
** instrument.h: survey instruments in memory, read from and written to the
** native JSON format (docs/instrument-format.md).
**
** An Instrument owns everything it points to; instrument_free() releases
** it. Items belong to any number of scales; each item answers on one
** response scale (min..max integers, an optional not-applicable code).
** Scales are scored as the mean of their answered items (after reverse
** keying) or as a count of "yes" (top of the scale) answers, and carry
** interpretation bands.
**
** Answers are coded in one byte per item (see ANS_* below): the study
** stores one such vector per respondent, in item order.
*/
#ifndef SYN_INSTRUMENT_H
#define SYN_INSTRUMENT_H
#include <stddef.h>
#include "util/errlist.h"

/* A text in several languages ("en", "fr", ...). */
typedef struct InstText { int n; char **azLang; char **azText; } InstText;

typedef struct InstResp {
  char *zId;
  int iMin, iMax;          /* valid answers iMin..iMax */
  int bNa; int iNa;        /* not-applicable code, when bNa */
  int nLang; char **azLang; char ***aazLabel;  /* per language, iMax-iMin+1 labels (may be "") */
  InstText naLabel;
} InstResp;

typedef struct InstItem {
  char *zId;
  InstText label;
  int iResp;               /* index into aResp */
  int bReverse;            /* reverse keyed: scored as min+max-value */
  int nScale; int *aiScale;
} InstItem;

typedef struct InstBand { char *zBand; double rMin, rMax; } InstBand;

enum { SCORE_MEAN = 0, SCORE_COUNT = 1 };

typedef struct InstScale {
  char *zId;
  InstText label;
  int eScoring;            /* SCORE_MEAN or SCORE_COUNT */
  int nBand; InstBand *aBand;   /* own bands, else the instrument's (mean scales only) */
  int nItem; int *aiItem;  /* items of the scale, in item order (derived) */
} InstScale;

typedef struct Instrument {
  char *zId;
  InstText title;
  int nResp; InstResp *aResp;
  int nItem; InstItem *aItem;
  int nScale; InstScale *aScale;
  int nBand; InstBand *aBand;   /* default bands of mean scales */
  char *zBenefits, *zDrawbacks; /* scale ids of the balance checklists, or NULL */
} Instrument;

/* Answer codes, one byte per item. */
#define ANS_MISSING 0
#define ANS_NA 1
#define ANS_VALUE(v, iMin) ((unsigned char)((v) - (iMin) + 2))
#define ANS_MAXRANGE 253     /* iMax - iMin may not exceed this */

/* Parse native JSON zJson[0..n) (zFile names it in messages). On success
** returns 0 and *pp (caller frees with instrument_free). Otherwise every
** problem found is added to pErr with the LINE:COLUMN of the offending
** value (syntax errors where jansson stopped; problems of meaning also name
** the value's JSON path) and 1 is returned. */
int instrument_parse(const char *zJson, size_t n, const char *zFile, Instrument **pp, ErrList *pErr);

/* Check a built instrument (ids, references, ranges) and derive each
** scale's item list. Problems go to pErr under zFile without positions
** (instrument_parse() runs the same checks with them); returns their count. */
int instrument_check(Instrument*, const char *zFile, ErrList *pErr);

/* 1 if z is a valid item or scale id: a lowercase letter, then lowercase
** letters, digits, '_' (what REDCap accepts as a variable name). */
int instrument_valid_id(const char *z);

/* The instrument as native JSON (indented); caller frees. */
char *instrument_to_json(const Instrument*);

void instrument_free(Instrument*);

int instrument_item_index(const Instrument*, const char *zId);   /* -1 if none */
int instrument_scale_index(const Instrument*, const char *zId);  /* -1 if none */
/* Same, ignoring ASCII case. */
int instrument_item_index_nocase(const Instrument*, const char *zId);

/* Text in language zLang, else English, else the first; "" if empty. Borrowed. */
const char *inst_text(const InstText*, const char *zLang);
/* Append a text in zLang (copies). */
void inst_text_set(InstText*, const char *zLang, const char *zText);
void inst_text_clear(InstText*);

/* Interpretation band of a mean score v on scale iScale: the last band
** whose min is <= v; NULL for count scales, NaN or a score below every band.
** Borrowed from the instrument. */
const char *instrument_band(const Instrument*, int iScale, double v);

/* The default bands 1.0-2.9 concern, 3.0-3.9 work, 4.0-5.0 strength. */
void instrument_default_bands(Instrument*);

/* The JSON text of built-in instrument zId (data/instruments/ID.json;
** static, never freed) and its length in *pn, or NULL. */
const char *instrument_builtin(const char *zId, size_t *pn);
/* Ids of the built-in instruments in name order, NULL-terminated; static. */
const char *const *instrument_builtin_ids(void);

#endif
