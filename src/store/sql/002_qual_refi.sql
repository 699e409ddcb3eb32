-- 002_qual_refi.sql: what REFI-QDA exchange (.qdpx projects, .qdc
-- codebooks) needs beyond 001_qual.sql.
--
-- code.color: a code's colour as "#RRGGBB" (carried from and to NVivo,
-- ATLAS.ti, MAXQDA, QualCoder), or NULL.
ALTER TABLE code ADD COLUMN color TEXT;

-- A memo on a span of a source (kind 'source' with start_cp < end_cp, code
-- points, half-open): a selection that another program exported without a
-- code, with its comment. Both NULL for every other memo.
ALTER TABLE memo ADD COLUMN start_cp INTEGER;
ALTER TABLE memo ADD COLUMN end_cp INTEGER;

-- The study's own random identity: exported GUIDs are derived from it and
-- the row ids, so the same study exports the same GUIDs every time, and two
-- studies never share one.
INSERT OR IGNORE INTO setting(key, value) VALUES('study_uuid', lower(hex(randomblob(16))));
