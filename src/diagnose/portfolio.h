/*
** portfolio.h: the programme view. One line per partnership (latest
** synergy and band, trend, open findings, response rate, sectors), the
** struggling ones first, and the sector mix counted as the 2024 study of
** 255 partnerships did (how many involve nonprofit, industry, government
** partners; how many span one, two or three of these sectors), with the
** study's other sectors and the partnerships with none of the three, so
** that every partnership is counted.
**
** A partnership's sectors are those of the organisations its current
** members (present on the as-of day) represent. Tables returned are the
** caller's to free.
*/
#ifndef SYN_PORTFOLIO_H
#define SYN_PORTFOLIO_H
#include "diagnose/diagnose.h"

/* How a change of a score is told to a reader: a clear rise (PF_UP) or
** fall (PF_DOWN) when its 95% CI excludes 0, about the same (PF_SAME)
** otherwise, PF_NONE without a change (NULL, or no difference). The one
** rule for trend words: the report's briefing, its programme overview,
** `portfolio` and the workspace's programme page all use it (their words
** in score_text.h). */
typedef enum PfTrend { PF_NONE, PF_SAME, PF_UP, PF_DOWN } PfTrend;
PfTrend portfolio_trend(const ScoreChange*);
/* The group (index in d->pScore->aGroup) that the trend of partnership
** iPart (d->azPart order) compares with: the partnership's wave just before
** its latest with synergy shown, in its own wave order, whether shown or
** withheld; -1 when there is none (that latest is its first). A change is
** only ever measured between two consecutive waves both shown
** (score_changes()), so when this group is withheld there is no trend, not
** a comparison with an earlier wave. */
int portfolio_trend_from(const DiagStudy*, int iPart);

/* The two forms of the portfolio: figures for programs (CSV, JSON, the
** workbook) and words for readers (text, the report, the workspace). */
typedef enum PfForm { PF_FIGURES, PF_WORDS } PfForm;

/* One line per partnership, ordered by open concerns, then open warnings
** (most first), then synergy (lowest first), then code. Each line shows
** the latest wave with synergy shown (else the latest wave, for its
** response rate only) and the change of synergy since the wave before.
** PF_FIGURES columns: partnership,wave,synergy,band,trend,change,concerns,
**   warnings,response_rate,members_present,members_now,nonprofit,industry,
**   government,academic,health_system,other_sector,sectors,
**   reference_sector_count
**   (band concern/work/strength; trend rise/fall/steady by
**   portfolio_trend(), change the signed difference; response_rate a
**   proportion of members_present, the members present when the row's
**   wave opened; members_now those present on the as-of day; nonprofit.. other_sector yes/no, other_sector any sector
**   a user named; sectors the sectors present by their stored names,
**   "nonprofit, government, health system", "other" for any other;
**   reference_sector_count how many of the reference study's three,
**   nonprofit, industry and government, 0 to 3).
** PF_WORDS columns: partnership,wave,synergy,band,trend,concerns,warnings,
**   response_rate,members_now,sectors in the current language (band's name,
**   the trend's arrow and short phrase, the rate as a percent of its
**   denominator, "94% of 16", every
**   sector present named in one cell: the three, academic, health
**   system, "other sector"). */
Table *portfolio_table(const DiagStudy*, const Findings*, PfForm);

/* measure,partnerships,of,percent,reference_255: how many partnerships
** involve nonprofit, industry, government, academic, health system
** partners, and span one, two or three of the reference study's three
** sectors or none of them (those four rows add up to every partnership);
** reference_255 the reference study's count where it published one
** (none for academic, health system and none of the three). */
Table *portfolio_sectors(const DiagStudy*);

/* Which of nonprofit (bit 0), industry (bit 1), government (bit 2),
** academic (bit 3), health system (bit 4) and any other sector (bit 5)
** the current members of zP represent; pure, for tests. aSector[i] is the
** sector of aMem[i]'s organisation (NULL when none). */
unsigned portfolio_sector_mask(const MemberRec *aMem, const char *const *aSector, int nMem,
                               const char *zP, int iAsOf);

#endif
