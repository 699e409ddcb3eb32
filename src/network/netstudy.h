/*
** netstudy.h: the networks of a study read once (roster and every tie),
** and the tables every output shares: per-network figures, per-node
** figures, perception mismatches and the ties themselves. Commands, the
** report, the workbook and the diagnosis read networks through here.
** A NetStudy owns what it holds; netstudy_free(). Tables returned are the
** caller's (table_free()).
*/
#ifndef SYN_NETSTUDY_H
#define SYN_NETSTUDY_H
#include "network/graph.h"
#include "util/table.h"

typedef struct NetStudy {
  NetRoster r;
  TieRec *aTie; int nTie;     /* ordered by partnership, wave, respondent, organisation */
  char **azTieStr; int nTieStr;   /* the strings aTie points to (st_tie_all) */
  int nSuppressMin;           /* the study's suppress_min */
} NetStudy;

/* Read the roster and the ties of zOnly (NULL: every partnership). STORE_*. */
int netstudy_load(Store*, NetStudy*, const char *zOnly);
/* The same, but a study (or zOnly) without ties reads nothing more: for
** the network rules and the report's network section, which look only at
** waves with ties (a page without ties reads no study-wide roster). */
int netstudy_load_ties(Store*, NetStudy*, const char *zOnly);
void netstudy_free(NetStudy*);
/* Build the network of zP's wave zW; 1 when there is no such wave. */
int netstudy_graph(const NetStudy*, const char *zP, const char *zW, int bMember, NetGraph*);
/* Does zP's wave zW have ties? */
int netstudy_has_ties(const NetStudy*, const char *zP, const char *zW);

/* The networks selected: partnerships azP[0..nP) (nP 0: all with waves),
** wave zWave (NULL: each of their waves, in opening order). Fills parallel
** arrays of borrowed partnership and wave names (caller frees the arrays);
** returns how many. */
int netstudy_select(const NetStudy*, char **azP, int nP, const char *zWave,
                    const char ***pazP, const char ***pazW);

/* Columns of the per-network table. */
#define NET_METRIC_COLS "partnership,wave,level,nodes,ties,density,degree_centralization," \
  "reciprocity,transitivity,components,largest_component_share,mean_distance," \
  "trust_score,value_score,mean_collaboration"
#define NET_NODE_COLS "partnership,wave,node,sector,degree,in_degree,out_degree,betweenness," \
  "articulation,coreness,relative_connectivity,trust,value,raters"
/* Append the figures of network g (metrics m) to pGraph (NET_METRIC_COLS)
** and its nodes to pNodes (NET_NODE_COLS; NULL: skipped). Trust and value
** received by a node with fewer than nSuppressMin raters are left empty. */
void netstudy_rows(const NetGraph *g, const NetMetrics *m, int nSuppressMin, Table *pGraph, Table *pNodes);
/* Perception mismatches of g (levels nGap or more apart) appended to pOut:
** partnership,wave,node_a,level_a_to_b,node_b,level_b_to_a */
void netstudy_mismatch_rows(const NetGraph *g, int nGap, Table *pOut);
/* The ties of zP (NULL: all) and zWave (NULL: all) in the import columns
** (bOrgCol: with the respondent's organisation after the respondent). */
Table *netstudy_tie_table(const NetStudy*, const char *zP, const char *zWave, int bOrgCol);

#endif
