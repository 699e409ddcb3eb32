/*
** srcread.h: source files read ahead for an import.
**
** A SrcReader prepares files in the order given, on a second thread, while
** the caller stores the ones already prepared: each file is read and
** normalised (doc_read()), split into paragraphs (paragraph_split_ex()) and
** its paragraphs tokenized for the search index into a tape (toktape.h) by
** the tokenizer of the import's language. The results are what the same
** steps would give one after the other, in the same order, with the same
** problems; only the time differs. At most a few files wait at once, so
** memory stays small whatever the number of files. With a single file, or
** when no thread can be started, srcreader_next() prepares each file itself.
**
** Exports: SrcPrep, srcprep_free(), SrcReader, srcreader_start(),
** srcreader_next(), srcreader_free().
*/
#ifndef SYN_QUAL_SRCREAD_H
#define SYN_QUAL_SRCREAD_H
#include <stddef.h>
#include <stdint.h>
#include "util/paragraph.h"
#include "qual/toktape.h"
#include "util/errlist.h"

/* One prepared file. */
typedef struct SrcPrep {
  const char *zFile;    /* the path as given to srcreader_start() (borrowed) */
  char *zText;          /* NFC text, or NULL when the file could not be read */
  size_t nByte;         /* strlen(zText) */
  int64_t nCp;          /* length in code points */
  int nPara;            /* paragraphs: code point ranges and byte ranges */
  QualRange *aPara, *aByte;
  QualTape *pTape;      /* one unit per paragraph, in order */
  ErrList err;          /* the file's problems (zText NULL when there are any) */
} SrcPrep;
void srcprep_free(SrcPrep*);

typedef struct SrcReader SrcReader;

/* Start preparing azFile[0..nFile) (kept by the caller until
** srcreader_free()), tokenizing for language zLang (as qtok_new() takes it,
** with the unstemmed forms: qtok_want_raw()). Never NULL. */
SrcReader *srcreader_start(const char *const *azFile, int nFile, const char *zLang);
/* The next file, in the order given (the caller frees it with
** srcprep_free()); NULL after the last. */
SrcPrep *srcreader_next(SrcReader*);
/* Stop (waiting for the reading thread) and free everything not taken. */
void srcreader_free(SrcReader*);

#endif
