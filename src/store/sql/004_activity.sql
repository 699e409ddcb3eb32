-- 004_activity.sql: the day a study's data ends (st_last_activity(): the
-- latest meeting, wave opening or closing, timeline date, joining or
-- leaving on or before today) read from the end of one index per date
-- rather than by scanning meetings, waves, events and members, so
-- that diagnosing or reporting one partnership of a large programme does
-- not read the whole programme's roster for it.
CREATE INDEX IF NOT EXISTS meeting_date ON meeting(date);
CREATE INDEX IF NOT EXISTS wave_opens ON wave(opens);
CREATE INDEX IF NOT EXISTS wave_closes ON wave(closes);
CREATE INDEX IF NOT EXISTS event_date ON event(date);
CREATE INDEX IF NOT EXISTS event_end ON event(end_date);
CREATE INDEX IF NOT EXISTS member_joined ON member(joined);
CREATE INDEX IF NOT EXISTS member_left ON member(left_on);
