/*
** graph.h: the collaboration network of one partnership in one wave, as
** PARTNER draws it, and its figures computed with igraph.
**
** Nodes are the organisations represented at the wave's opening (or, at
** member level, the members present then). A directed tie A -> B exists
** when a respondent of A names B with collaboration 1 or more; with several
** respondents of A it takes the highest level and the mean of each rating.
** At member level, a respondent's answer about organisation B is a tie to
** every member of B. The undirected view has a tie when either side
** reports one.
**
** A NetGraph owns everything it holds; netgraph_free(). NetMetrics too;
** netmetrics_free(). Missing figures are NAN.
*/
#ifndef SYN_NET_GRAPH_H
#define SYN_NET_GRAPH_H
#include "network/netroster.h"
#include "store/st_network.h"

typedef struct NetArc {
  int from, to;                 /* node indexes */
  int level;                    /* highest collaboration level named, 0..5 */
  double aRate[TIE_NRATE];      /* mean of each rating, NAN when none */
} NetArc;

typedef struct NetNode {
  char *zName;                  /* organisation name, or member id at member level */
  char *zSector;                /* may be NULL */
  char *zOrg;                   /* the node's organisation (member level), else = zName */
  int bResponded;               /* someone of this node answered in this wave */
  /* Ratings it received from the others, pooled over respondents. */
  double trustSum, valueSum; int nTrust, nValue;
  int nRater;                   /* respondents who rated it */
} NetNode;

typedef struct NetGraph {
  char *zPartnership, *zWave;
  int iDay;                     /* the wave's opening day */
  int nNode; NetNode *aNode;    /* in name order */
  int nArc; NetArc *aArc;       /* level 0 pairs included (named with "none"); ordered by from, to */
  int bMember;                  /* member level */
} NetGraph;

/* Build the graph of zP's wave zW from the roster and aTie[0..nTie) (ties of
** any partnership and wave: only this one's are used). Returns 0, or 1 when
** the wave does not exist. */
int netgraph_build(const NetRoster*, const char *zP, const char *zW, const TieRec *aTie, int nTie,
                   int bMember, NetGraph*);
void netgraph_free(NetGraph*);
/* Index of node zName, or -1. */
int netgraph_node(const NetGraph*, const char *zName);
/* The arc from -> to, or NULL. */
const NetArc *netgraph_arc(const NetGraph*, int from, int to);

typedef struct NetMetrics {
  int nNode, nTie;              /* ties: undirected, level 1 or more */
  int nArc;                     /* directed ties, level 1 or more */
  double density, centralization, reciprocity, transitivity;
  int nComp;
  double largestShare, meanDistance;
  double trustScore, valueScore;    /* percentage of 4 */
  double meanLevel;             /* mean collaboration level of the directed ties */
  /* per node */
  int *aDeg, *aIn, *aOut, *aCore;
  double *aBetw, *aRelConn;     /* betweenness (undirected, raw); degree % of the highest */
  int *abArt;                   /* articulation point */
  int *aComp;                   /* component of each node */
} NetMetrics;

/* Compute every figure with igraph. Returns 0, or non-zero on an igraph error. */
int netgraph_metrics(const NetGraph*, NetMetrics*);
void netmetrics_free(NetMetrics*);

/* Perception mismatches: pairs (a < b) where both nodes answered and their
** levels for each other differ by at least nGap. Writes pairs into
** *paPair (2 ints each, caller frees); returns how many. */
int netgraph_mismatches(const NetGraph*, int nGap, int **paPair);

#endif
