/*
** portfolio.h: the programme view. One line per partnership (latest
** synergy and band, trend, open findings, response rate, sectors), the
** struggling ones first, and the sector mix counted as the 2024 study of
** 255 partnerships did (how many involve nonprofit, industry, government
** partners; how many span one, two or three of these sectors).
**
** A partnership's sectors are those of the organisations its current
** members (present on the as-of day) represent. Tables returned are the
** caller's to free.
*/
#ifndef SYN_PORTFOLIO_H
#define SYN_PORTFOLIO_H
#include "diagnose/diagnose.h"

/* partnership,wave,synergy,band,trend,concerns,warnings,response_rate,
** members,nonprofit,industry,government,sectors; ordered by open concerns,
** then open warnings (most first), then synergy (lowest first), then code. */
Table *portfolio_table(const DiagStudy*, const Findings*);

/* measure,partnerships,of,percent,reference_255 */
Table *portfolio_sectors(const DiagStudy*);

/* Which of nonprofit (bit 0), industry (bit 1), government (bit 2) the
** current members of zP represent; pure, for tests. aSector[i] is the
** sector of aMem[i]'s organisation (NULL when none). */
unsigned portfolio_sector_mask(const MemberRec *aMem, const char *const *aSector, int nMem,
                               const char *zP, int iAsOf);

#endif
