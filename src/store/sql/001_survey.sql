-- 001_survey.sql: member surveys. Instruments (kept as their native JSON,
-- immutable once answers refer to them), waves per partnership, one token
-- per member per wave, and answer sets: one row per respondent, wave and
-- instrument, the answers packed one byte per item in the instrument's item
-- order (0 missing, 1 not applicable, value-min+2 otherwise; see
-- src/survey/instrument.h).
CREATE TABLE instrument(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,            -- e.g. psf
  title TEXT,
  source TEXT NOT NULL,                 -- built-in, json, redcap
  n_item INTEGER NOT NULL,
  definition TEXT NOT NULL,             -- native JSON
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE wave(
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  name TEXT NOT NULL,                   -- baseline, followup1, ...: the same name across partnerships
  opens TEXT,
  closes TEXT,
  UNIQUE(partnership_id, name)
);

CREATE TABLE survey_token(
  token TEXT PRIMARY KEY,               -- random, URL-safe
  wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id),
  issued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE(wave_id, member_id)
);

CREATE TABLE response(
  id INTEGER PRIMARY KEY,
  wave_id INTEGER NOT NULL REFERENCES wave(id),
  instrument_id INTEGER NOT NULL REFERENCES instrument(id),
  respondent TEXT NOT NULL,             -- an answer-set id, never a name
  member_id INTEGER REFERENCES member(id),   -- when the respondent is a roster member
  answers BLOB NOT NULL,
  UNIQUE(wave_id, instrument_id, respondent)
);
CREATE INDEX response_inst ON response(instrument_id, wave_id);
