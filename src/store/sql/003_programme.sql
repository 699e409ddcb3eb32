-- 003_programme.sql: reading one partnership of a large programme without
-- scanning the whole study: its members' attendance (st_attendance_all()
-- with a partnership) by member rather than by meeting.
CREATE INDEX IF NOT EXISTS attendance_member ON attendance(member_id, meeting_id);
