-- A revision may say why it was made: the pattern of a replace-all, the revision a revert restored, the rule of
-- an accepted suggestion. Null for plain edits and imports.
alter table revisions add column message varchar(500);
