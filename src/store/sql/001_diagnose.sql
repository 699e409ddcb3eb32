-- 001_diagnose.sql: screenings of potential (or existing) partnerships
-- against the checklist of negative and success factors (data/screening.json),
-- kept with the partnership so that later survey waves can be compared with
-- what was expected. One row per screening, one per rated factor.
CREATE TABLE screening(
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  date TEXT NOT NULL,                   -- YYYY-MM-DD of the assessment
  by_whom TEXT,                         -- who rated (a role or pseudonym)
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX screening_p ON screening(partnership_id, date);

CREATE TABLE screening_answer(
  screening_id INTEGER NOT NULL REFERENCES screening(id) ON DELETE CASCADE,
  factor TEXT NOT NULL,                 -- factor id of the checklist
  rating INTEGER NOT NULL CHECK(rating BETWEEN 0 AND 2),   -- 0 absent, 1 partly, 2 clearly
  note TEXT,
  PRIMARY KEY(screening_id, factor)
);
