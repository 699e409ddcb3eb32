/*
** docread.h: the text of a source file, as synergist stores it.
**
** Formats, chosen by the file's extension (case-insensitive):
**   .txt, .md   UTF-8 text (a byte-order mark is dropped; "\r\n" and "\r"
**               become "\n"; Markdown is kept as written)
**   .docx       word/document.xml: each paragraph, heading, list item or
**               table cell paragraph becomes one line; tabs and line breaks
**               are kept; deleted (tracked) text is left out
**   .odt        content.xml: text:p and text:h become lines; text:s, tab
**               and line-break are kept; notes and annotations left out
** The result is NFC-normalised UTF-8 without trailing line breaks.
** Limits (util/limits.h): the text at most max_source_text_mb, a .docx or
** .odt member at most max_archive_member_mb inflated and its archive at
** most max_archive_total_mb; all counted while reading, so memory stays
** a small multiple of the text. Control characters are refused with their
** place, never dropped.
*/
#ifndef SYN_DOCREAD_H
#define SYN_DOCREAD_H
#include "util/errlist.h"

/* Read zPath. Returns the text (caller frees) or NULL after adding every
** problem found to pErr as FILE:LINE:COLUMN (for text files LINE and COLUMN
** are 1-based, COLUMN in characters; inside a .docx/.odt they point into
** the XML part, which is named: "FILE(word/document.xml)"). */
char *doc_read(const char *zPath, ErrList *pErr);
/* Prepare the XML parser: the main thread calls it once before doc_read()
** runs on another thread (doc_read() keeps no state between calls, so it
** may run on any thread). */
void doc_read_init(void);

/* Normalise text read from a file: check UTF-8 (every bad byte reported as
** zFile:LINE:COLUMN into pErr, returning NULL), refuse NUL bytes, drop a
** byte-order mark, turn "\r\n"/"\r" into "\n", NFC; everything else,
** a final newline included, is kept as written. z[0..n) is borrowed; the result is the caller's. */
char *doc_clean_text(const char *zFile, const char *z, size_t n, ErrList *pErr);

#endif
