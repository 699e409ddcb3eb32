-- 001_qual.sql: qualitative evidence. Sources (text stored once, NFC UTF-8,
-- never changed), the codebook tree, coded segments as half-open ranges
-- [start_cp, end_cp) in Unicode code points counted from 0 (REFI-QDA).
CREATE TABLE source(
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('interview','fieldnotes','document')),
  participant_id INTEGER REFERENCES member(id),     -- interviews: the member interviewed
  language TEXT NOT NULL DEFAULT 'en',              -- 'en' or 'fr'
  date TEXT,
  original_file TEXT,                               -- base name of the imported file
  text TEXT NOT NULL,
  n_cp INTEGER NOT NULL,                            -- length in code points
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE coder(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

CREATE TABLE code(
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES code(id),
  name TEXT NOT NULL,
  path TEXT NOT NULL UNIQUE,        -- "determinants/relationships/trust", kept current on rename/move
  description TEXT,
  example TEXT,
  builtin INTEGER NOT NULL DEFAULT 0,
  UNIQUE(parent_id, name)
);

CREATE TABLE segment(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id),
  code_id INTEGER NOT NULL REFERENCES code(id),
  coder_id INTEGER NOT NULL REFERENCES coder(id),
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  CHECK(start_cp>=0 AND end_cp>start_cp)
);
CREATE INDEX segment_src ON segment(source_id, code_id);
CREATE INDEX segment_code ON segment(code_id);

-- The same span coded twice with the same code by the same coder is one segment.
CREATE UNIQUE INDEX segment_uniq ON segment(source_id, code_id, coder_id, start_cp, end_cp);

-- Memos: on the project (target_id NULL), a source, a code or a segment.
CREATE TABLE memo(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK(kind IN ('project','source','code','segment')),
  target_id INTEGER,
  author TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  CHECK((kind='project') = (target_id IS NULL))
);
CREATE INDEX memo_target ON memo(kind, target_id);

-- Audit trail of analytic changes (codes, segments, memos, summaries):
-- who, when, what, the state before and after, and an optional reason.
CREATE TABLE audit(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  who TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  before TEXT,
  after TEXT,
  reason TEXT
);

-- Extra terms replaced by pseudonyms in everything exported or reported
-- (members' real names are replaced too, by their pseudonymous ids).
CREATE TABLE redact_term(
  term TEXT PRIMARY KEY,
  replacement TEXT NOT NULL
);
