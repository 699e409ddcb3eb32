/*
** mail.h: sending one e-mail through an SMTP relay with libcurl:
** smtps://[user@]host[:port] (TLS from the start) or smtp://... (STARTTLS
** required, except to a loopback relay, which may speak plain SMTP). The
** password comes from the caller (environment or standard input), never
** from the study.
*/
#ifndef SYN_MAIL_H
#define SYN_MAIL_H

typedef struct MailRelay {
  const char *zUrl;         /* smtp[s]://[user@]host[:port] */
  const char *zPassword;    /* may be NULL */
} MailRelay;

/* An RFC 5322 message (CRLF lines, UTF-8 text, subject as an encoded word
** when not ASCII). Caller frees. */
char *mail_compose(const char *zFrom, const char *zTo, const char *zSubject, const char *zBody);

/* Hand zMessage from zFrom to zTo to the relay. Returns 0, or 1 with
** *pzErr (caller frees) the relay's or the connection's error. */
int mail_send(const MailRelay*, const char *zFrom, const char *zTo, const char *zMessage, char **pzErr);

/* 1 when zUrl is an smtp:// or smtps:// address. */
int mail_url_ok(const char *zUrl);

#endif
