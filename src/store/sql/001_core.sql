-- 001_core.sql: study settings, partnerships, organisations, members,
-- meetings, attendance and the timeline. Dates are ISO 8601 text.
CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE partnership(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT
);

CREATE TABLE sector(name TEXT PRIMARY KEY);
INSERT INTO sector(name) VALUES ('nonprofit'),('industry'),('government'),('academic'),('health system');

CREATE TABLE organisation(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  sector TEXT REFERENCES sector(name) ON UPDATE CASCADE
);

CREATE TABLE member(
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  pid TEXT NOT NULL,                        -- pseudonymous id, e.g. 011
  real_name TEXT,                           -- optional, printed only on request
  organisation_id INTEGER REFERENCES organisation(id),
  stakeholder_group TEXT,
  joined TEXT,
  left_on TEXT,
  UNIQUE(partnership_id, pid)
);
CREATE INDEX member_org ON member(organisation_id);

-- Further columns of an imported roster, typed like QDA case classifications.
CREATE TABLE member_attr(
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK(type IN ('text','integer','real','date')),
  value,
  PRIMARY KEY(member_id, name)
);

CREATE TABLE meeting(
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'meeting',
  duration_min INTEGER,
  title TEXT
);
CREATE INDEX meeting_p ON meeting(partnership_id, date);

CREATE TABLE attendance(
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
  PRIMARY KEY(meeting_id, member_id)
);

-- Timeline: context events, decisions and adaptations of the intervention.
CREATE TABLE event(
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES partnership(id),
  date TEXT NOT NULL,
  end_date TEXT,
  kind TEXT NOT NULL CHECK(kind IN ('context','decision','adaptation')),
  category TEXT,         -- context: reform, policy change, funding, ethics delay, ...
  title TEXT NOT NULL,
  detail TEXT,
  how_made TEXT,         -- decisions: vote, consensus, research team, ...
  communicated TEXT      -- decisions: how it was communicated
);
CREATE INDEX event_p ON event(partnership_id, date);
