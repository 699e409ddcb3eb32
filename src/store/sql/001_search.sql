-- 001_search.sql: the full-text index of sources and auto-coding.
--
-- search_chunk: one row per paragraph of a source (src/util/paragraph.h),
-- id = source_id * 2^24 + paragraph number, so the index reads in source
-- order. search_fts indexes the paragraphs with the "synergist" tokenizer
-- (registered on every connection by store.c); its content is the view
-- search_body, which is the source's language, the byte 0x1F, then the
-- paragraph's text (the tokenizer stems by that language). Hits come in
-- row id order, never ranked, so the index keeps no column sizes
-- (columnsize=0: one write less per paragraph).
CREATE TABLE search_chunk(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id),
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL
);
CREATE VIEW search_body(id, body) AS
  SELECT c.id, s.language || char(31) || substr(s.text, c.start_cp+1, c.end_cp-c.start_cp)
  FROM search_chunk c JOIN source s ON s.id=c.source_id;
CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_body', content_rowid='id',
  tokenize='synergist', columnsize=0);
-- An import writes its sources in one transaction: let FTS5 gather up to
-- 32 MB of terms in memory before it writes a segment, and merge segments
-- only when 16 of a size have piled up (FTS5's most; default 4), so that a
-- large import writes few segments and merges them rarely. Searches are
-- as fast either way (bench/qual.sh: p95 about 6 ms on 100 MB).
INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', 33554432);
INSERT INTO search_fts(search_fts, rank) VALUES('automerge', 16);

-- A removed source leaves the index with it.
CREATE TRIGGER search_source_delete BEFORE DELETE ON source BEGIN
  INSERT INTO search_fts(search_fts, rowid, body)
    SELECT 'delete', id, body FROM search_body
    WHERE id BETWEEN old.id*16777216 AND old.id*16777216+16777215;
  DELETE FROM search_chunk WHERE id BETWEEN old.id*16777216 AND old.id*16777216+16777215;
END;

-- Auto-coding rules (src/qual/autocode.h): words, a phrase or a PCRE2
-- regular expression attached to a code, suggesting the hit or its paragraph.
CREATE TABLE autocode_rule(
  id INTEGER PRIMARY KEY,
  code_id INTEGER NOT NULL REFERENCES code(id),
  kind TEXT NOT NULL CHECK(kind IN ('words','phrase','regex')),
  pattern TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT 'paragraph' CHECK(scope IN ('paragraph','hit')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE(code_id, kind, pattern, scope)
);

-- Suggested coding, from a rule or from the classifier trained on existing
-- coding. Never counted as coding: accepting one adds a segment (segment_id).
-- A range suggested once for a code keeps its row, so a rejected suggestion
-- is not proposed again.
CREATE TABLE suggestion(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id),
  code_id INTEGER NOT NULL REFERENCES code(id),
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  origin TEXT NOT NULL CHECK(origin IN ('rule','classifier')),
  rule_id INTEGER REFERENCES autocode_rule(id) ON DELETE SET NULL,
  score REAL,                                    -- classifier: posterior probability
  status TEXT NOT NULL DEFAULT 'pending' CHECK(status IN ('pending','accepted','rejected')),
  decided_by TEXT,                               -- the coder who accepted or rejected it
  decided_at TEXT,
  segment_id INTEGER REFERENCES segment(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  CHECK(start_cp>=0 AND end_cp>start_cp),
  UNIQUE(source_id, code_id, start_cp, end_cp)
);
CREATE INDEX suggestion_code ON suggestion(code_id, status);

-- Removing a source, a code or a segment keeps suggestions consistent.
CREATE TRIGGER suggestion_source_delete BEFORE DELETE ON source BEGIN
  DELETE FROM suggestion WHERE source_id=old.id;
END;
CREATE TRIGGER suggestion_code_delete BEFORE DELETE ON code BEGIN
  DELETE FROM suggestion WHERE code_id=old.id;
  DELETE FROM autocode_rule WHERE code_id=old.id;
END;
CREATE TRIGGER suggestion_segment_delete BEFORE DELETE ON segment BEGIN
  UPDATE suggestion SET segment_id=NULL WHERE segment_id=old.id;
END;
