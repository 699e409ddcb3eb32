/*
** score_text.h: scores told in words in the current language, shared by
** the report's briefing, the programme overview, `synergist portfolio`
** and the workspace's programme page, so that all say the same of the
** same score: the name of its band, and the trend of a change (decided by
** portfolio_trend(): a clear rise or fall when the change's 95% CI
** excludes 0, about the same otherwise) as an arrow, a CSS class, a
** stable code for machine formats and a short phrase.
*/
#ifndef SYN_SCORE_TEXT_H
#define SYN_SCORE_TEXT_H
#include "diagnose/portfolio.h"

/* The band's name ("concern", "work", "strength") in the current
** language; "" for NULL, an unknown band as given. */
const char *score_band_words(const char *zBand);
/* The trend's arrow (UTF-8: up, down, right for the same or none). */
const char *trend_arrow(PfTrend);
/* "up", "down" or "flat" (the same or none), for class names. */
const char *trend_class(PfTrend);
/* The trend's stable code in machine formats (CSV, JSON, the workbook):
** "rise", "fall", "steady"; NULL for PF_NONE. */
const char *trend_code(PfTrend);
/* The trend of a change of size rDiff in a few words with its size ("up
** 0.81: a clear rise", "about the same (+0.06)"), numbers in the current
** language; NULL for PF_NONE. Caller frees. */
char *trend_short(PfTrend, double rDiff);

#endif
