/*
** netchange.h: how one partnership's network changed between two waves:
** the figures before and after, and each change (organisations that
** joined or left, ties gained or lost, moves between core and periphery).
** The core is the main k-core: nodes whose coreness is the network's
** highest, when that is above 0. Tables returned are the caller's.
*/
#ifndef SYN_NETCHANGE_H
#define SYN_NETCHANGE_H
#include "network/graph.h"
#include "util/table.h"

/* Is node i of a network with metrics m in its core? */
int netchange_is_core(const NetMetrics *m, int i);
/* figure,before,after,change: nodes, ties, density, degree_centralization,
** reciprocity, components, largest_component_share, mean_collaboration. */
Table *netchange_figures(const NetMetrics *m1, const NetMetrics *m2);
/* change,organisation,other,before,after, one row per change: joined,
** left, tie_gained, tie_lost (other: the organisation at the other end;
** before/after: the pair's level), core_to_periphery, periphery_to_core
** (before/after: degree). */
Table *netchange_changes(const NetGraph *g1, const NetMetrics *m1, const NetGraph *g2, const NetMetrics *m2);

#endif
