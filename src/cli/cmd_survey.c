/*
** cmd_survey.c: the survey command table aCmd_survey with the help text of
** each command; handlers live in cmd_survey_instrument.c,
** cmd_survey_wave.c, cmd_survey_response.c and cmd_survey_score.c.
*/
#include "cli/cmd_survey.h"

const CmdEntry aCmd_survey[] = {
  { "instrument export", cmd_instrument_export, CMD_STUDY, "write an instrument as JSON or a REDCap dictionary",
    "Usage: synergist instrument export ID [--redcap] [--lang en|fr] [--output FILE]\n\n"
    "Writes the instrument in the native JSON format (docs/instrument-format.md),\n"
    "or with --redcap as a REDCap data dictionary (CSV) with one radio field\n"
    "per item, labels in --lang (default en), and scale membership, reverse\n"
    "keying and the not-applicable code as @SYNERGIST-* field annotations.\n"
    "Works for the built-in instruments too.\n\n"
    "Example:\n  synergist instrument export psf --redcap --lang fr --output psf_dictionary.csv\n" },
  { "instrument import", cmd_instrument_import, CMD_WRITE, "add an instrument from JSON or a REDCap dictionary",
    "Usage: synergist instrument import FILE [--id ID] [--replace]\n\n"
    "FILE is a synergist instrument (JSON) or a REDCap data dictionary (CSV,\n"
    "recognised by its header row). From REDCap, radio, dropdown, yesno and\n"
    "truefalse fields become items; other fields (text, notes, descriptive,\n"
    "calc, ...) are skipped with a note. Field annotations carry\n"
    "@SYNERGIST-SCALE=<scale id> (repeatable), @SYNERGIST-REVERSE and\n"
    "@SYNERGIST-NA=<code>; scales are created from them. --id defaults to the\n"
    "file's base name (REDCap) or the file's own id (JSON). --replace changes\n"
    "an instrument that has no answers yet. Every problem is listed as\n"
    "FILE:LINE:COLUMN (exit 3) and nothing is imported.\n\n"
    "Examples:\n  synergist instrument import our_survey.json\n"
    "  synergist instrument import REDCap_DataDictionary.csv --id pulse\n" },
  { "instrument list", cmd_instrument_list, CMD_STUDY, "list instruments (the study's and built-in)",
    "Usage: synergist instrument list [--format text|csv|json]\n\n"
    "Columns: instrument, title, source (json, redcap, built-in), items,\n"
    "responses (answer sets imported). The built-in \"psf\" (partnership\n"
    "synergy and functioning) is always available; it is copied into the\n"
    "study when answers to it are first imported.\n\n"
    "Example:\n  synergist instrument list\n" },
  { "instrument remove", cmd_instrument_remove, CMD_WRITE, "remove an instrument without answers",
    "Usage: synergist instrument remove ID\n\n"
    "Refused (exit 1) while answers refer to it.\n\n"
    "Example:\n  synergist instrument remove pulse\n" },
  { "instrument show", cmd_instrument_show, CMD_STUDY, "list an instrument's items or scales",
    "Usage: synergist instrument show ID [--scales] [--lang en|fr] [--format text|csv|json]\n\n"
    "Items: item, label, min, max, na (not-applicable code), reverse, scales.\n"
    "With --scales: scale, label, scoring (mean or count), items, bands.\n\n"
    "Example:\n  synergist instrument show psf --scales --lang fr\n" },
  { "invite", cmd_invite, CMD_STUDY, "e-mail members their survey link, or a reminder",
    "Usage: synergist invite PARTNERSHIP WAVE [--reminder] [--dry-run] [--again]\n"
    "                        [--smtp URL] [--from ADDRESS] [--base-url URL]\n"
    "                        [--rate N] [--password-stdin]\n\n"
    "Sends every member whose token of the wave is not complete an e-mail in\n"
    "their language (member attribute language: en or fr, default en) with\n"
    "their personal link BASE/s/TOKEN, to their member attribute email (import\n"
    "it as a roster column; it is printed only with --names). The text is the\n"
    "study's (invite template set) or the built-in one. --reminder mails those\n"
    "already invited and not complete. A member is never mailed twice for the\n"
    "same step unless --again. --dry-run lists who would be mailed and sends\n"
    "nothing. Every send is recorded (token export shows the last one); at\n"
    "most N mails a second (default 2).\n\n"
    "The relay: --smtp smtps://user@host:465 (TLS) or smtp://user@host:587\n"
    "(STARTTLS required; plain SMTP only to a loopback relay), else the setting\n"
    "smtp_url; --from, else smtp_from; the password from the environment\n"
    "variable SYNERGIST_SMTP_PASSWORD or, with --password-stdin, the first line\n"
    "of standard input. It is never stored. --base-url, else the setting\n"
    "base_url (saved by serve --base-url).\n\n"
    "Columns: member, language, step, result (sent, would send, failed: ERROR,\n"
    "already invited, already reminded, not invited yet, no e-mail address),\n"
    "with --names also email. Exit 1 when a send failed.\n\n"
    "Examples:\n  synergist invite PCCP followup3 --dry-run\n"
    "  SYNERGIST_SMTP_PASSWORD=... synergist invite PCCP followup3 --smtp smtps://survey@mail.example.org:465 --from survey@example.org\n"
    "  synergist invite PCCP followup3 --reminder\n" },
  { "invite template set", cmd_invite_template_set, CMD_WRITE, "change the invitation or reminder text",
    "Usage: synergist invite template set FILE [--lang en|fr] [--reminder]\n\n"
    "FILE: a first line \"Subject: ...\", an empty line, then the text. Both\n"
    "may hold {partnership}, {wave}, {closes} and must hold {link}, the\n"
    "member's personal link. Problems are listed as FILE:LINE:COLUMN (exit 3).\n\n"
    "Example:\n  synergist invite template show --lang fr > fr.txt && synergist invite template set fr.txt --lang fr\n" },
  { "invite template show", cmd_invite_template_show, CMD_STUDY, "print the invitation or reminder text",
    "Usage: synergist invite template show [--lang en|fr] [--reminder]\n\n"
    "The study's text, else the built-in one, in the format invite template set reads.\n\n"
    "Example:\n  synergist invite template show --lang fr --reminder\n" },
  { "response import", cmd_response_import, CMD_WRITE, "import survey answers from CSV",
    "Usage: synergist response import FILE --instrument ID\n\n"
    "Columns: respondent, partnership, wave and one column per item id.\n"
    "REDCap exports work as they are: record_id, redcap_data_access_group and\n"
    "redcap_event_name (an \"_arm_N\" suffix is ignored) stand for the first\n"
    "three, item columns match variable names ignoring case, and REDCap's\n"
    "*_complete, *_timestamp and redcap_* bookkeeping columns are ignored.\n"
    "Answers are whole numbers within the item's range, its not-applicable\n"
    "code, or empty (missing). Respondents need not be members; one whose id\n"
    "is a member id of that partnership is linked to the member, so change\n"
    "can be followed person by person. The wave must exist (wave add).\n"
    "Out-of-range values, unknown columns, unknown partnerships or waves and\n"
    "respondents answering twice in a wave are all listed as FILE:LINE:COLUMN\n"
    "(exit 3) and nothing is imported.\n\n"
    "Example:\n  synergist response import baseline.csv --instrument psf\n" },
  { "response list", cmd_response_list, CMD_STUDY, "count answer sets per partnership and wave",
    "Usage: synergist response list [--format text|csv|json]\n\n"
    "Live response rates, also while `synergist serve` takes answers. Columns:\n"
    "partnership, wave, instrument, respondents (complete answer sets), linked\n"
    "(of them, linked to roster members), partial (web answer sets not yet\n"
    "submitted), tokens (issued, not revoked) and rate (complete answer sets\n"
    "of token holders per 100 tokens). Waves with tokens but no answers yet\n"
    "are listed too.\n\n"
    "Example:\n  synergist response list --format csv\n" },
  { "response remove", cmd_response_remove, CMD_WRITE, "remove the answers of one wave",
    "Usage: synergist response remove PARTNERSHIP WAVE --instrument ID\n\n"
    "Deletes every answer set to instrument ID in that partnership's wave\n"
    "(for example before importing a corrected file).\n\n"
    "Example:\n  synergist response remove PCCP baseline --instrument psf\n" },
  { "score", cmd_score, CMD_STUDY, "scale scores, reliability, agreement and change",
    "Usage: synergist score --instrument ID [--wave W] [--items | --between | --change [--members] | --balance]\n"
    "                       [--min-answered SHARE] [--suppress-min N] [--no-suppress]\n"
    "                       [--include-partial]\n"
    "                       [--format text|csv|json]\n\n"
    "A respondent's scale score is the mean of the scale's answered items\n"
    "after reverse keying (min+max-value), given at least SHARE of its items\n"
    "are answered (default 0.5, setting min_answered); not applicable counts\n"
    "as missing. Checklist scales (scoring \"count\") count the \"yes\" answers.\n\n"
    "Default: one row per partnership x wave x scale, plus partnership \"all\"\n"
    "pooling the wave: n (respondents with a score), mean, sd (sample), t-based\n"
    "95% CI, alpha and alpha_std (Cronbach's raw and standardized, over those\n"
    "who answered every item), rwg_j (James, Demaree & Wolf, uniform null) and\n"
    "band (interpretation band of the mean).\n"
    "  --items    item-rest correlation and alpha if the item is deleted\n"
    "  --between  per wave and scale across partnerships: groups, n, icc1 and\n"
    "             icc2 (Bliese 2000, one-way ANOVA of scores by partnership;\n"
    "             icc1 with the mean group size as multilevel::ICC1), icc1_k0\n"
    "             (ICC(1) with the adjusted group size k0 = (N - sum n_j^2/N)/(G-1)\n"
    "             for groups of unequal size)\n"
    "  --change   each partnership's change from its previous wave: n_linked\n"
    "             members answered both waves; the 95% CI treats them as pairs\n"
    "             and the others as independent (partially overlapping samples\n"
    "             t-test, Derrick et al. 2017: the paired t-test when all are\n"
    "             linked, Welch's when none are), with its df; effect is the\n"
    "             change in SDs (Cohen's d, average variance) with its CI;\n"
    "             clear = the CI excludes 0\n"
    "  --change --members  the linked members whose own change is reliable\n"
    "             (Jacobson & Truax RCI from the earlier wave's SD and alpha,\n"
    "             |RCI| >= 1.96), by pseudonymous id, where both cells are shown\n"
    "  --balance  benefits minus drawbacks checklist counts per respondent\n\n"
    "Confidentiality: a partnership-wave with fewer than N answer sets\n"
    "(default 5, setting suppress_min) is suppressed everywhere, and so is\n"
    "each cell (partnership x wave x scale, or balance) whose own n is below\n"
    "N; while the suppressed cells of a wave and scale total fewer than N,\n"
    "the next smallest cell (or \"all\") is suppressed too, so that no small\n"
    "group can be recovered from \"all\". --between leaves suppressed cells\n"
    "out. --no-suppress shows everything. Undefined figures are empty.\n"
    "Only complete answer sets count (imported ones, and web answers once\n"
    "submitted); --include-partial counts those still being answered too.\n\n"
    "Examples:\n  synergist score --instrument psf --format csv\n"
    "  synergist score --instrument psf --change\n"
    "  synergist score --instrument psf --change --members\n"
    "  synergist score --instrument psf --between --wave baseline\n" },
  { "serve", cmd_serve, CMD_STUDY, "the web survey: members answer by their token",
    "Usage: synergist serve [--bind ADDR] [--port N] [--base-url URL]\n"
    "                       [--token-failures N] [--threads N]\n\n"
    "Serves the study's surveys on the web while the command line keeps\n"
    "working on the same file (imports, score, report). A member opens\n"
    "BASE/s/TOKEN (the link column of `token export`) or types the token on\n"
    "the start page, and answers the wave's instrument (wave add --instrument)\n"
    "page by page, in English or French (browser language, or the switch on\n"
    "every page). Each page is saved as it is left: the same link resumes.\n"
    "After the review page's submit the answer set is complete; `score`\n"
    "counts complete sets (--include-partial: the others too).\n\n"
    "  --bind ADDR        address to listen on (default 127.0.0.1). Any other\n"
    "                     address prints a warning: put a TLS reverse proxy in\n"
    "                     front (docs/deploy.md)\n"
    "  --port N           TCP port (default 8080; 0 picks a free one)\n"
    "  --base-url URL     the public address, kept in the study for the links\n"
    "                     of `token export` (e.g. https://survey.example.org)\n"
    "  --token-failures N unknown links one client may try per 10 minutes\n"
    "                     before getting 429 (default 20)\n"
    "  --threads N        request threads (default 2)\n\n"
    "Stops cleanly on SIGINT or SIGTERM: requests in flight finish and every\n"
    "acknowledged answer is on disk. Logs one line per request to stderr\n"
    "(time, method, path with the token cut to 4 characters, status, ms).\n\n"
    "HTTP statuses: 200 page; 303 after a saved form (post-redirect-get);\n"
    "400 malformed form, missing form key or navigation, an answer out of\n"
    "range or for a question not on the page; 403 wrong form key; 404\n"
    "unknown page, or an unknown, revoked or mistyped token (one neutral\n"
    "page); 405 wrong method (Allow header); 409 already submitted, or the\n"
    "wave is not open; 413 body over 64 KB; 415 not a web form; 429 too many\n"
    "unknown tokens (Retry-After); 503 the study is busy or unavailable.\n"
    "A 4xx answer never changes anything.\n\n"
    "Exit codes: 0 stopped cleanly; 1 could not start (port in use, study\n"
    "unusable); 2 wrong options; 4 the study file cannot be used.\n\n"
    "Example:\n  synergist serve --port 8080 --base-url https://survey.example.org\n" },
  { "token export", cmd_token_export, CMD_STUDY, "tokens of a wave for a mail merge",
    "Usage: synergist token export PARTNERSHIP WAVE [--status S] [--base-url URL]\n"
    "                              [--format text|csv|json]\n\n"
    "Columns: token, member (pseudonymous id), partnership, wave, status (not\n"
    "started, partial, complete, revoked), last_sent (the last invitation or\n"
    "reminder: step, time, \"failed\" when refused), link (BASE/s/TOKEN, when --base-url\n"
    "or the study setting base_url, saved by `serve --base-url`, gives BASE);\n"
    "with the global --names also the member's name. --status keeps one\n"
    "status: not-started, partial, complete, revoked, or incomplete (not\n"
    "started or partial: the reminder list). A token identifies an answer\n"
    "set, never a name, in every other output.\n\n"
    "Examples:\n  synergist --names token export PCCP followup1 --format csv > mailmerge.csv\n"
    "  synergist token export PCCP followup1 --status incomplete --base-url https://survey.example.org\n" },
  { "token revoke", cmd_token_revoke, CMD_WRITE, "revoke a member's survey token",
    "Usage: synergist token revoke PARTNERSHIP WAVE MEMBER\n\n"
    "The token then opens nothing: the web survey shows the same neutral page\n"
    "as for a mistyped token. Answers already given stay.\n\n"
    "Example:\n  synergist token revoke PCCP baseline 013\n" },
  { "token issue", cmd_token_issue, CMD_WRITE, "one survey token per current member",
    "Usage: synergist token issue PARTNERSHIP WAVE\n\n"
    "Gives every member of the partnership who is current when the wave opens\n"
    "(today for an undated wave) an unguessable token (128 random bits) for\n"
    "that wave. Members who already have one keep it, so issuing again after\n"
    "adding members only fills the gaps.\n\n"
    "Example:\n  synergist token issue PCCP baseline\n" },
  { "wave add", cmd_wave_add, CMD_WRITE, "add a survey wave to a partnership",
    "Usage: synergist wave add PARTNERSHIP WAVE [--opens YYYY-MM-DD] [--closes YYYY-MM-DD]\n"
    "                          [--instrument ID] [--allow-changes]\n\n"
    "A wave is one round of the survey (baseline, followup1, ...). Use the same\n"
    "wave name in every partnership so scores pool across them. Waves are\n"
    "ordered by opening date, then creation. On the web (synergist serve)\n"
    "members answer instrument ID (default psf) between the opening and\n"
    "closing dates; --allow-changes lets them change submitted answers until\n"
    "the wave closes.\n\n"
    "Example:\n  synergist wave add PCCP baseline --opens 2016-09-01 --closes 2016-09-30\n" },
  { "wave import", cmd_wave_import, CMD_WRITE, "add waves from CSV",
    "Usage: synergist wave import FILE.csv\n\n"
    "Columns: partnership, wave (required), opens, closes (YYYY-MM-DD). Every\n"
    "problem (unknown partnership, existing wave, impossible date) is listed as\n"
    "FILE:LINE:FIELD and nothing is added (exit 3).\n\n"
    "Example:\n  synergist wave import waves.csv\n" },
  { "wave list", cmd_wave_list, CMD_STUDY, "list survey waves",
    "Usage: synergist wave list [PARTNERSHIP] [--format text|csv|json]\n\n"
    "Columns: partnership, wave, opens, closes, tokens, responses.\n\n"
    "Example:\n  synergist wave list PCCP\n" },
  { "wave remove", cmd_wave_remove, CMD_WRITE, "remove a wave without answers",
    "Usage: synergist wave remove PARTNERSHIP WAVE\n\n"
    "Refused (exit 1) while answers refer to it; its tokens go with it.\n\n"
    "Example:\n  synergist wave remove PCCP pilot\n" },
  {0,0,0,0,0}
};
