-- 001_qanalysis.sql: charted summaries of framework-matrix cells. A cell is
-- a row of the matrix (row_kind: 'partnership', 'participant' or the name of
-- an attribute; row_value: 'PCCP', 'PCCP/011', 'decision maker') crossed with
-- a code. Every change is recorded in the audit trail ("summary edit").
CREATE TABLE matrix_summary(
  id INTEGER PRIMARY KEY,
  row_kind TEXT NOT NULL,
  row_value TEXT NOT NULL,
  code_id INTEGER NOT NULL REFERENCES code(id),
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  UNIQUE(row_kind, row_value, code_id)
);
CREATE INDEX matrix_summary_code ON matrix_summary(code_id);
