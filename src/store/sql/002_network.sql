-- 002_network.sql: collaboration ties. One row per respondent (a roster
-- member), wave and organisation named, as a network survey asks them
-- (PARTNER; levels of collaboration after Frey et al. 2006). Ratings are
-- NULL when not answered.
CREATE TABLE tie(
  wave_id INTEGER NOT NULL REFERENCES wave(id),
  member_id INTEGER NOT NULL REFERENCES member(id),
  organisation_id INTEGER NOT NULL REFERENCES organisation(id),
  collaboration INTEGER NOT NULL CHECK(collaboration BETWEEN 0 AND 5),
  frequency INTEGER CHECK(frequency BETWEEN 0 AND 5),
  trust_reliable INTEGER CHECK(trust_reliable BETWEEN 1 AND 4),
  trust_mission INTEGER CHECK(trust_mission BETWEEN 1 AND 4),
  trust_open INTEGER CHECK(trust_open BETWEEN 1 AND 4),
  value_power INTEGER CHECK(value_power BETWEEN 1 AND 4),
  value_involvement INTEGER CHECK(value_involvement BETWEEN 1 AND 4),
  value_resources INTEGER CHECK(value_resources BETWEEN 1 AND 4),
  PRIMARY KEY(wave_id, member_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX tie_member ON tie(member_id);
CREATE INDEX tie_org ON tie(organisation_id);
