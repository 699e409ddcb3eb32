-- Users of the evaluators' workspace (`synergist user`, `synergist serve`).
-- Roles as in REDCap's user rights: admin (users, every partnership),
-- evaluator (everything in their partnerships), coder (sources, coding and
-- memos of their partnerships), viewer (dashboards and reports of their
-- partnerships). A user sees the partnerships listed in user_partnership,
-- or all of them when all_partnerships is 1 (always so for an admin).
-- pwhash is an argon2id string from libsodium's crypto_pwhash_str; NULL
-- means the user cannot sign in. gen grows on every change of password,
-- role or partnerships, which ends the user's open web sessions.
CREATE TABLE app_user(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK(role IN ('admin','evaluator','coder','viewer')),
  all_partnerships INTEGER NOT NULL DEFAULT 0 CHECK(all_partnerships IN (0,1)),
  pwhash TEXT,
  gen INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE user_partnership(
  user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
  PRIMARY KEY(user_id, partnership_id)
) WITHOUT ROWID;
CREATE INDEX user_partnership_p ON user_partnership(partnership_id);
