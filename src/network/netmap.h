/*
** netmap.h: the map of a partnership's network as SVG. One wave, or two
** side by side on one layout (igraph's Fruchterman-Reingold with a fixed
** seed over the union of both waves' organisations and ties, so the same
** study always draws the same map and an organisation keeps its place).
** Organisations are coloured by sector and sized by degree, ties shaded by
** collaboration level; with two waves, organisations that left are drawn
** dashed in the first and those that joined ringed in the second. Each
** organisation is labelled with a number; a legend follows, then the key:
** every number with the organisation's full name (wrapped onto more lines
** when long, never cut), which its circle's <title> gives too. Sector names
** are shown in the language of the messages (sector_word()). The SVG has role="img" with a title and a description; the text
** alternative is the tie table, written by the caller.
*/
#ifndef SYN_NETMAP_H
#define SYN_NETMAP_H
#include "network/graph.h"
#include "util/sb.h"

/* Append the SVG of g1 (metrics m1) and, when g2 is not NULL, g2 (m2) to
** pOut. zId: a unique id for the element's title and description; zTitle
** and zDesc: its accessible name and description (text, escaped here);
** azLegend: the words of the legend (translated by the caller) in this
** order: "Sector", "other", "Collaboration level", "left before the next
** wave", "joined since the previous wave", "size: degree", "Organisations"
** (network_map_legend()). */
void netmap_svg(Sb *pOut, const NetGraph *g1, const NetMetrics *m1, const NetGraph *g2, const NetMetrics *m2,
                const char *zId, const char *zTitle, const char *zDesc, const char *const *azLegend);

#endif
