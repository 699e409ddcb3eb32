/*
** utf8.h: UTF-8 checks and conversions through utf8proc.
** Strings returned are owned by the caller (free()).
*/
#ifndef SYN_UTF8_H
#define SYN_UTF8_H
#include <stddef.h>

/* 1 if z[0..n) is valid UTF-8; else 0 and *piBad is the offending byte offset. */
int utf8_valid(const char *z, size_t n, size_t *piBad);
/* Offset of the first control character in z[0..n) that stored text
** cannot hold (U+0000 to U+001F but tab, line feed and carriage return),
** or n when there is none. */
size_t utf8_find_control(const char *z, size_t n);
/* NFC-normalised copy of valid UTF-8 z, or NULL if z is not valid UTF-8. */
char *utf8_nfc(const char *z);
/* The same for a string z the caller hands over (from malloc()): returns z
** itself when it is NFC already, else frees it and returns the NFC copy
** (NULL, z freed, if z is not valid UTF-8). */
char *utf8_nfc_take(char *z);
/* Case-folded, accent-stripped, NFC copy (for matching: "Décisions" -> "decisions"). */
char *utf8_fold(const char *z);
/* Number of code points in z[0..nByte). */
size_t utf8_ncp(const char *z, size_t nByte);
/* Byte offset of code point iCp in NUL-terminated z (strlen(z) if past the end). */
size_t utf8_byte_offset(const char *z, size_t iCp);

#endif
