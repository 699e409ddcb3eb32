/*
** page_dash.c: the dashboard pages of the workspace: GET /programme, the
** partnerships the signed-in user may see.
*/
#include <stdlib.h>
#include "serve/auth.h"
#include "store/st_roster.h"
#include "util/i18n.h"

void sv_programme(SvReq *r){
  if( !sv_require(r, ROLE_VIEWER, NULL) ) return;
  char **az = NULL; int n = 0;
  if( st_partnership_codes(r->pStore, &az, &n) ){ az = NULL; n = 0; }
  sv_app_begin(r, 200, sv_t(r, N_("Programme")), "programme");
  sv_printf(r, "<h1>%h</h1>\n<ul>\n", sv_t(r, N_("Programme")));
  for(int i=0; i<n; i++){
    if( sv_may(r, ROLE_VIEWER, az[i]) ) sv_printf(r, "<li>%h</li>\n", az[i]);
    free(az[i]);
  }
  free(az);
  sv_printf(r, "</ul>\n");
  sv_app_end(r);
}
