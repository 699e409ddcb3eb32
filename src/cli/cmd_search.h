/*
** cmd_search.h: the search, auto-coding and suggestion commands (handlers
** in cmd_search.c, cmd_autocode.c and cmd_suggest.c). Their entries of the
** command table, with the help text, are the macro CMD_SEARCH_ENTRIES,
** placed in aCmd_qual (cmd_qual.c).
*/
#ifndef SYN_CMD_SEARCH_H
#define SYN_CMD_SEARCH_H
#include "cli/cli.h"

int cmd_search(Cli*);
int cmd_test_search_time(Cli*);
int cmd_test_autocode_time(Cli*);
int cmd_autocode_rule_add(Cli*);
int cmd_autocode_rule_list(Cli*);
int cmd_autocode_rule_remove(Cli*);
int cmd_autocode_run(Cli*);
int cmd_autocode_learn(Cli*);
int cmd_suggest_list(Cli*);
int cmd_suggest_accept(Cli*);
int cmd_suggest_reject(Cli*);

#define CMD_SEARCH_ENTRIES \
  { "search", cmd_search, CMD_STUDY, "find words and phrases in the sources (keyword in context)", \
    "Usage: synergist search QUERY... [--partnership P] [--source NAME] [--kind KIND]\n" \
    "                        [--language en|fr] [--limit N] [--context N] [--explain]\n" \
    "       synergist search --reindex\n\n" \
    "Finds QUERY in every source and prints each hit in its context: source,\n" \
    "partnership, participant (pseudonymous id), start and end (code points\n" \
    "[start,end) in the source, as segments count them) and context (the hit in\n" \
    "[brackets] with --context characters either side, default 40, within\n" \
    "its paragraph). Members' real names and the terms of `redact term list`\n" \
    "are replaced by their pseudonyms in the context unless --names is given\n" \
    "(a term cut by the window is shown whole, as its pseudonym).\n" \
    "Matching ignores case and accents and compares Snowball\n" \
    "stems of English and French, so \"décisions\" finds \"decision\" and\n" \
    "\"trusted\" finds \"trust\".\n\n" \
    "Query syntax:\n" \
    "  word              any form of the word\n" \
    "  \"a phrase\"        the words in this order, side by side\n" \
    "  word*             words beginning so (also \"a phra\"*)\n" \
    "  a b, a AND b      both in the same paragraph\n" \
    "  a OR b            either;   a NOT b   a without b\n" \
    "  ( ... )           grouping; AND, OR, NOT only in capitals\n\n" \
    "Hits come in import order of the sources, then by position. --limit N\n" \
    "(default 100) reads at most N matching paragraphs, 0 for all; a note on\n" \
    "standard error says when more matched. --explain prints the query as\n" \
    "parsed, without searching: its operators, and each term with the\n" \
    "folded and stemmed forms it matches (an operand indented under its\n" \
    "operator). --reindex rebuilds the index of every source (imports keep\n" \
    "it current; this is for repairs).\n\n" \
    "Example:\n" \
    "  synergist search '\"shared decisions\" OR consensus' --partnership PCCP\n" \
    "  synergist search confian* --format csv\n" }, \
  { "autocode rule add", cmd_autocode_rule_add, CMD_WRITE, "attach an auto-coding rule to a code", \
    "Usage: synergist autocode rule add CODE (--words W | --phrase P | --regex RE)\n" \
    "                                   [--scope paragraph|hit]\n\n" \
    "A rule finds text that may belong to CODE; `autocode run` turns its\n" \
    "matches into suggestions, which count as coding only once accepted.\n" \
    "  --words W    any of the words (separated by spaces), in any form, as\n" \
    "               search matches them; word* for words beginning so\n" \
    "  --phrase P   the words in this order, side by side\n" \
    "  --regex RE   a PCRE2 regular expression on the text as written\n" \
    "               (case-sensitive unless it starts with (?i); ^ and $\n" \
    "               match at line ends)\n" \
    "  --scope      suggest the whole paragraph (default) or just the hit\n\n" \
    "Example:\n" \
    "  synergist autocode rule add trust --words \"trust confiance trusted\"\n" \
    "  synergist autocode rule add conflict --regex '(?i)\\b(disagree|désaccord)\\w*' --scope hit\n" }, \
  { "test-search-time", cmd_test_search_time, CMD_STUDY|CMD_HIDDEN, "time search queries (benchmark)", \
    "Usage: synergist test-search-time FILE [--limit N]\n\n" \
    "Runs each line of FILE as a search query and prints the number of\n" \
    "queries, hits, and the median, 95th percentile and maximum time per\n" \
    "query in milliseconds (used by bench/qual.sh).\n\n" \
    "Example:\n  synergist test-search-time queries.txt\n" }, \
  { "test-autocode-time", cmd_test_autocode_time, CMD_STUDY|CMD_HIDDEN, "time auto-coding matching (benchmark)", \
    "Usage: synergist test-autocode-time\n\n" \
    "Matches every auto-coding rule over every source as `autocode run` does,\n" \
    "but counts the matches instead of storing suggestions, and prints the\n" \
    "number of rules, sources, megabytes, matches, and the matching time and\n" \
    "throughput (used by bench/qual.sh).\n\n" \
    "Example:\n  synergist test-autocode-time\n" }, \
  { "autocode learn", cmd_autocode_learn, CMD_WRITE, "suggest codes for uncoded paragraphs from existing coding", \
    "Usage: synergist autocode learn [--coder C] [--folds K] [--threshold P]\n" \
    "                                [--min-examples N] [--dry-run]\n\n" \
    "Learns from the coding so far (of coder C, or everyone's) and proposes\n" \
    "codes for paragraphs nobody has coded, like coding by existing pattern.\n" \
    "Per code, a naive Bayes classifier on the paragraph's stemmed words\n" \
    "(the code against the other codes) is trained on the coded paragraphs\n" \
    "(a paragraph overlapping a segment of the code is an example of it;\n" \
    "uncoded paragraphs are not used, so it tells codes apart rather than\n" \
    "coded from irrelevant text: interviewer questions get suggestions too).\n" \
    "Before suggesting, it is tested by K-fold cross-\n" \
    "validation (default 5; folds by source when at least K sources are\n" \
    "coded, else by paragraph) and its precision (share of its proposals\n" \
    "that the coding confirms) and recall (share of the coded paragraphs it\n" \
    "finds) are printed, so you know how far to trust it. Paragraphs whose\n" \
    "probability reaches P (default 0.5) become pending suggestions with that\n" \
    "score. Codes with fewer than N examples (default 3) are listed without\n" \
    "a model. --dry-run only reports.\n\n" \
    "Columns: code, examples, precision, recall, suggestions (new).\n\n" \
    "Example:\n  synergist autocode learn --coder anna --threshold 0.8\n" \
    "  synergist suggest list --origin classifier --min-score 0.9\n" }, \
  { "autocode rule list", cmd_autocode_rule_list, CMD_STUDY, "list auto-coding rules with their suggestions", \
    "Usage: synergist autocode rule list [--format text|csv|json]\n\n" \
    "Columns: id, code, kind, pattern, scope, and how many of the rule's\n" \
    "suggestions are pending, accepted and rejected.\n\n" \
    "Example:\n  synergist autocode rule list\n" }, \
  { "autocode rule remove", cmd_autocode_rule_remove, CMD_WRITE, "remove an auto-coding rule", \
    "Usage: synergist autocode rule remove ID\n\n" \
    "The rule's suggestions stay (pending ones can still be decided).\n\n" \
    "Example:\n  synergist autocode rule remove 3\n" }, \
  { "autocode run", cmd_autocode_run, CMD_WRITE, "run auto-coding rules: new suggestions", \
    "Usage: synergist autocode run [--rule ID] [--partnership P] [--source NAME]\n\n" \
    "Runs every rule (or one) over the sources and records each match as a\n" \
    "pending suggestion. A range already suggested for the code (even if\n" \
    "rejected) or already coded with it is not suggested again. Prints the\n" \
    "number of new suggestions per rule.\n\n" \
    "Example:\n  synergist autocode run --partnership CHRP\n" }, \
  { "suggest list", cmd_suggest_list, CMD_STUDY, "list coding suggestions to review", \
    "Usage: synergist suggest list [--status pending|accepted|rejected|all] [--origin rule|classifier]\n" \
    "                              [--code C] [--source S] [--partnership P] [--rule ID]\n" \
    "                              [--min-score X]\n\n" \
    "Columns: id, source, partnership, code, start, end (code points), origin,\n" \
    "rule, score (classifier probability), status and the start of the text\n" \
    "(pseudonymised, as `source show` prints it, unless --names is given).\n" \
    "Default: pending suggestions.\n\n" \
    "Example:\n  synergist suggest list --code trust --format csv\n" }, \
  { "suggest accept", cmd_suggest_accept, CMD_WRITE, "accept suggestions: they become coded segments", \
    "Usage: synergist suggest accept (ID... | --all [filters of suggest list]) --coder C\n\n" \
    "Each accepted suggestion becomes a segment coded by C (recorded in the\n" \
    "audit trail). All or nothing: an unknown id or coder changes nothing.\n\n" \
    "Example:\n  synergist suggest accept 12 15 --coder anna\n" \
    "  synergist suggest accept --all --rule 2 --coder anna\n" }, \
  { "suggest reject", cmd_suggest_reject, CMD_WRITE, "reject suggestions (never proposed again)", \
    "Usage: synergist suggest reject (ID... | --all [filters of suggest list]) --coder C\n\n" \
    "Example:\n  synergist suggest reject 13 --coder anna\n" },

#endif
