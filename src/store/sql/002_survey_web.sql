-- 002_survey_web.sql: the web survey. Answer sets get a status (partial
-- while a member is still answering page by page, complete once submitted
-- or imported) and the last page saved; a wave names the instrument its
-- members answer on the web and whether a submitted answer set may still
-- be changed until the wave closes; a token may be revoked.
ALTER TABLE response ADD COLUMN status TEXT NOT NULL DEFAULT 'complete'
  CHECK(status IN ('partial','complete'));
ALTER TABLE response ADD COLUMN page INTEGER NOT NULL DEFAULT 0;   -- pages saved on the web (0: imported)
ALTER TABLE response ADD COLUMN updated_at TEXT;
CREATE INDEX response_member ON response(wave_id, member_id);

ALTER TABLE wave ADD COLUMN instrument TEXT;                       -- code; NULL: the built-in psf
ALTER TABLE wave ADD COLUMN allow_changes INTEGER NOT NULL DEFAULT 0;

ALTER TABLE survey_token ADD COLUMN revoked_at TEXT;

-- Raised whenever an instrument's definition is replaced, so a server can
-- keep the parsed instrument and check it is current with a small read.
ALTER TABLE instrument ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

-- Invitations and reminders sent by `synergist invite`: one row per mail
-- handed to the SMTP relay (ok 1) or refused by it (ok 0, its error).
CREATE TABLE invite_send(
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL REFERENCES survey_token(token) ON DELETE CASCADE,
  step TEXT NOT NULL CHECK(step IN ('invitation','reminder')),
  sent_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  ok INTEGER NOT NULL,
  error TEXT
);
CREATE INDEX invite_send_token ON invite_send(token, step);

-- The study's own invitation texts (else the built-in ones), per language
-- and step.
CREATE TABLE invite_template(
  lang TEXT NOT NULL,
  step TEXT NOT NULL CHECK(step IN ('invitation','reminder')),
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY(lang, step)
);
