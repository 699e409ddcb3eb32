/* date.c: ISO dates and day numbers (see date.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "util/date.h"
#include "util/err.h"

/* Days from civil (Howard Hinnant's algorithm, public domain description). */
int date_from_ymd(int y, int m, int d){
  y -= m<=2;
  int era = (y>=0 ? y : y-399)/400;
  int yoe = y - era*400;
  int doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d - 1;
  int doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return era*146097 + doe - 719468;
}

static void ymd_from_days(int z, int *py, int *pm, int *pd){
  z += 719468;
  int era = (z>=0 ? z : z-146096)/146097;
  int doe = z - era*146097;
  int yoe = (doe - doe/1460 + doe/36524 - doe/146096)/365;
  int y = yoe + era*400;
  int doy = doe - (365*yoe + yoe/4 - yoe/100);
  int mp = (5*doy + 2)/153;
  int d = doy - (153*mp+2)/5 + 1;
  int m = mp + (mp<10 ? 3 : -9);
  *py = y + (m<=2); *pm = m; *pd = d;
}

int date_parse(const char *z, int *piDay){
  if( !z || strlen(z)!=10 || z[4]!='-' || z[7]!='-' ) return 0;
  for(int i=0; i<10; i++){
    if( i==4 || i==7 ) continue;
    if( z[i]<'0' || z[i]>'9' ) return 0;
  }
  /* the digits are checked above: read them directly (cheaper than atoi) */
  int y = (z[0]-'0')*1000 + (z[1]-'0')*100 + (z[2]-'0')*10 + (z[3]-'0');
  int m = (z[5]-'0')*10 + (z[6]-'0'), d = (z[8]-'0')*10 + (z[9]-'0');
  if( y<1000 || m<1 || m>12 || d<1 ) return 0;
  static const int aDays[] = {31,28,31,30,31,30,31,31,30,31,30,31};
  int nMax = aDays[m-1];
  if( m==2 && ((y%4==0 && y%100!=0) || y%400==0) ) nMax = 29;
  if( d>nMax ) return 0;
  if( piDay ) *piDay = date_from_ymd(y, m, d);
  return 1;
}

void date_format(int iDay, char *zOut){
  int y, m, d;
  ymd_from_days(iDay, &y, &m, &d);
  /* Valid dates have years 1000..9999; the modulos only show the compiler that the text fits. */
  snprintf(zOut, 11, "%04u-%02u-%02u", (unsigned)y%10000u, (unsigned)m%100u, (unsigned)d%100u);
}

int date_year(int iDay){ int y, m, d; ymd_from_days(iDay, &y, &m, &d); return y; }

int date_today(void){
  const char *z = getenv("SYNERGIST_TODAY");
  int iDay;
  if( z && date_parse(z, &iDay) ) return iDay;
  return (int)(time(NULL)/86400);
}

int date_arg(const char *zWhat, const char *zValue, int *piDay, Err *pErr){
  if( date_parse(zValue, piDay) ) return 0;
  return err_set(pErr, ERR_USAGE, "%s: '%s' is not a date (YYYY-MM-DD)", zWhat, zValue);
}
