-- Least privilege: Flyway migrates as the owner of the schema; the running application connects as the role
-- ${approle}, which owns nothing. It may read and write the tables (normal DML) but only read and append
-- revisions, and, owning no table, it can neither alter a table nor disable a trigger.
--
-- The role itself is created outside the migrations (it is cluster-wide and has a password): by the embedded
-- launcher, by compose's init script, or by the DBA (README, "External PostgreSQL"). Installations that run the
-- application as the owner (one user for both) keep working; the grants are then skipped with a notice.
do $$
begin
    if not exists (select from pg_roles where rolname = '${approle}') then
        raise notice 'role ${approle} does not exist: the application is expected to connect as the schema owner';
        return;
    end if;
    execute format('grant usage on schema %I to ${approle}', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to ${approle}', current_schema());
    execute format('grant usage, select on all sequences in schema %I to ${approle}', current_schema());
    -- Tables and sequences that later migrations create are usable at once; an append-only table revokes what it
    -- must not allow in its own migration and keeps its triggers, as revisions does here.
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to ${approle}',
        current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to ${approle}',
        current_schema());
    revoke update, delete, truncate, references, trigger on revisions from ${approle};
end;
$$;
