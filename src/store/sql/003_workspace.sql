-- 003_workspace.sql: the coding workspace of `synergist serve`: a coder's
-- undo and redo read the audit trail by who made each change, newest first.
CREATE INDEX audit_who ON audit(who, id);
