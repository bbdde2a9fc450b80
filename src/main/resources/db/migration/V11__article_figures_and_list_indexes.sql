-- The article list reads each article's progress, status and last activity from the article row itself, kept in
-- step by every paragraph change in the same transaction (ParagraphService), instead of grouping every paragraph
-- of a page on each request. "Work" paragraphs are all but boilerplate; the article status counts only those.
alter table articles
    add column paragraph_count         integer     not null default 0,
    add column untouched_count         integer     not null default 0,
    add column edited_count            integer     not null default 0,
    add column submitted_count         integer     not null default 0,
    add column approved_count          integer     not null default 0,
    add column changes_requested_count integer     not null default 0,
    add column work_count              integer     not null default 0,
    add column work_untouched_count    integer     not null default 0,
    add column work_submitted_count    integer     not null default 0,
    add column work_approved_count     integer     not null default 0,
    add column status                  varchar(20) not null default 'NEW'
        check (status in ('NEW', 'IN_PROGRESS', 'IN_REVIEW', 'APPROVED')),
    add column last_activity_at        timestamptz;

update articles a
set paragraph_count         = c.total,
    untouched_count         = c.untouched,
    edited_count            = c.edited,
    submitted_count         = c.submitted,
    approved_count          = c.approved,
    changes_requested_count = c.changes_requested,
    work_count              = c.work,
    work_untouched_count    = c.work_untouched,
    work_submitted_count    = c.work_submitted,
    work_approved_count     = c.work_approved,
    last_activity_at        = greatest(a.imported_at, c.last_change)
from (select article_id,
             count(*)                                                          as total,
             count(*) filter (where status = 'UNTOUCHED')                       as untouched,
             count(*) filter (where status = 'EDITED')                          as edited,
             count(*) filter (where status = 'SUBMITTED')                       as submitted,
             count(*) filter (where status = 'APPROVED')                        as approved,
             count(*) filter (where status = 'CHANGES_REQUESTED')               as changes_requested,
             count(*) filter (where kind <> 'BOILERPLATE')                      as work,
             count(*) filter (where kind <> 'BOILERPLATE' and status = 'UNTOUCHED') as work_untouched,
             count(*) filter (where kind <> 'BOILERPLATE' and status = 'SUBMITTED') as work_submitted,
             count(*) filter (where kind <> 'BOILERPLATE' and status = 'APPROVED')  as work_approved,
             max(updated_at)                                                   as last_change
      from paragraphs
      group by article_id) c
where c.article_id = a.id;

update articles
set last_activity_at = imported_at
where last_activity_at is null;

update articles
set status = case
                 when work_count > 0 and work_approved_count = work_count then 'APPROVED'
                 when work_count > 0 and work_submitted_count + work_approved_count = work_count then 'IN_REVIEW'
                 when work_untouched_count < work_count then 'IN_PROGRESS'
                 else 'NEW'
             end;

alter table articles alter column last_activity_at set not null;

-- The list: most recently active first, optionally one status, optionally a title search.
create index articles_by_activity on articles (last_activity_at desc, id desc);
create index articles_by_status_and_activity on articles (status, last_activity_at desc, id desc);
create extension if not exists pg_trgm;
create index articles_title_trigram on articles using gin (lower(title) gin_trgm_ops);
