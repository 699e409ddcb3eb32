/*
** network_run.h: the use cases of `network ...`. Each takes the Store and
** its options and returns 0, or the class of its failure with the message
** (an import's problems: all of them, ERR_DATA) in *pErr; it never prints
** or exits. Tables and strings returned are the caller's.
*/
#ifndef SYN_NETWORK_RUN_H
#define SYN_NETWORK_RUN_H
#include "store/store.h"
#include "util/err.h"
#include "util/table.h"

/* Which networks: the partnerships named (none: every one; one: only its
** ties are read), the wave zWave of each (NULL: every wave; a wave that
** none of them has: ERR_FAIL). */
typedef struct NetQuery {
  int nPart; char **azPart;
  const char *zWave;
} NetQuery;

/* `network import`: *pn ties written, *pnCleared replaced with bReplace. */
int net_import(Store*, const char *zPath, int bReplace, int *pn, int *pnCleared, Err*);
/* `network list` (bOrgCol 1: organisations, not members) and `network export` (0). */
int net_ties(Store*, const NetQuery*, int bOrgCol, Table **ppOut, Err*);
/* `network metrics`: the figures of each network (NET_METRIC_COLS) and,
** with bNodes, of each node (NET_NODE_COLS; else *ppNode NULL). */
int net_metrics(Store*, const NetQuery*, int bMember, int bNodes, Table **ppGraph, Table **ppNode, Err*);
/* `network mismatches`: pairs whose levels differ by nGap (1 to 5) or more. */
int net_mismatches(Store*, const NetQuery*, int nGap, Table **ppOut, Err*);
/* `network synergy`: scale zScale (NULL: synergy) of instrument zInst
** (NULL: psf) by network position. */
int net_synergy(Store*, const NetQuery*, const char *zInst, const char *zScale, int bMember, Table **ppOut, Err*);
/* `network change` of zP from wave zFrom to zTo: figures and changes. */
int net_change(Store*, const char *zP, const char *zFrom, const char *zTo, Table **ppFig, Table **ppChg, Err*);
/* `network map` of zP's wave zWave (and zTo, may be NULL): an SVG document
** with its XML declaration in *pzSvg. */
int net_map(Store*, const char *zP, const char *zWave, const char *zTo, char **pzSvg, Err*);
/* The legend's words in the message language, in netmap_svg()'s order. */
const char *const *network_map_legend(void);

#endif
