/* mail.c: composing and sending one e-mail through SMTP with libcurl (see mail.h). */
#include <curl/curl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "survey/mail.h"
#include "util/sb.h"
#include "util/xalloc.h"

static int is_ascii(const char *z){
  for(; *z; z++) if( (unsigned char)*z>=0x80 || *z=='\r' || *z=='\n' ) return 0;
  return 1;
}

char *mail_compose(const char *zFrom, const char *zTo, const char *zSubject, const char *zBody){
  Sb b = SB_INIT;
  char zDate[64], zId[40];
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(zDate, sizeof(zDate), "%a, %d %b %Y %H:%M:%S +0000", &tm);
  unsigned char aRnd[16];
  randombytes_buf(aRnd, sizeof(aRnd));
  sodium_bin2hex(zId, sizeof(zId), aRnd, sizeof(aRnd));
  const char *zDom = strchr(zFrom, '@');
  sb_printf(&b, "Date: %s\r\nFrom: %s\r\nTo: %s\r\nMessage-ID: <%s%s>\r\n", zDate, zFrom, zTo, zId, zDom ? zDom : "@synergist");
  if( is_ascii(zSubject) ){
    sb_printf(&b, "Subject: %s\r\n", zSubject);
  }else{
    size_t n = strlen(zSubject);
    size_t nOut = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL);
    char *z64 = xmalloc(nOut);
    sodium_bin2base64(z64, nOut, (const unsigned char*)zSubject, n, sodium_base64_VARIANT_ORIGINAL);
    sb_printf(&b, "Subject: =?UTF-8?B?%s?=\r\n", z64);
    free(z64);
  }
  sb_puts(&b, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
  for(const char *z = zBody; *z; z++){
    if( *z=='\r' ) continue;
    if( *z=='\n' ) sb_puts(&b, "\r\n"); else sb_putc(&b, *z);
  }
  if( b.n<2 || strcmp(sb_str(&b)+b.n-2, "\r\n")!=0 ) sb_puts(&b, "\r\n");
  return sb_take(&b);
}

int mail_url_ok(const char *zUrl){
  return zUrl && (strncmp(zUrl, "smtp://", 7)==0 || strncmp(zUrl, "smtps://", 8)==0) && zUrl[strlen(zUrl)-1]!='/';
}

typedef struct Upload { const char *z; size_t n, i; } Upload;

static size_t read_cb(char *aBuf, size_t nSize, size_t nItem, void *pArg){
  Upload *u = pArg;
  size_t n = nSize*nItem;
  if( n>u->n - u->i ) n = u->n - u->i;
  memcpy(aBuf, u->z + u->i, n);
  u->i += n;
  return n;
}

/* 1 when the URL's host is a loopback address. */
static int url_loopback(const char *zUrl){
  const char *z = strstr(zUrl, "://");
  z = z ? z+3 : zUrl;
  const char *zAt = strchr(z, '@');
  if( zAt ) z = zAt+1;
  return strncmp(z, "127.", 4)==0 || strncmp(z, "localhost", 9)==0 || strncmp(z, "[::1]", 5)==0;
}

int mail_send(const MailRelay *pRelay, const char *zFrom, const char *zTo, const char *zMessage, char **pzErr){
  *pzErr = NULL;
  CURL *c = curl_easy_init();
  if( !c ){ *pzErr = xstrdup("libcurl cannot start"); return 1; }
  char zCurlErr[CURL_ERROR_SIZE] = "";
  struct curl_slist *pRcpt = curl_slist_append(NULL, zTo);
  Upload u = { zMessage, strlen(zMessage), 0 };
  curl_easy_setopt(c, CURLOPT_URL, pRelay->zUrl);
  if( pRelay->zPassword ) curl_easy_setopt(c, CURLOPT_PASSWORD, pRelay->zPassword);
  if( strncmp(pRelay->zUrl, "smtp://", 7)==0 && !url_loopback(pRelay->zUrl) ){
    curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
  }
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, zFrom);
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, pRcpt);
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
  curl_easy_setopt(c, CURLOPT_READDATA, &u);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, zCurlErr);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
  CURLcode rc = curl_easy_perform(c);
  if( rc!=CURLE_OK ){
    long iResp = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &iResp);
    *pzErr = iResp ? xasprintf("%s (SMTP %ld)", zCurlErr[0] ? zCurlErr : curl_easy_strerror(rc), iResp)
                   : xstrdup(zCurlErr[0] ? zCurlErr : curl_easy_strerror(rc));
  }
  curl_slist_free_all(pRcpt);
  curl_easy_cleanup(c);
  return rc!=CURLE_OK;
}
