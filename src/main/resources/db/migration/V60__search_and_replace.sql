-- Search and replace across articles.

-- Trigram indexes let PostgreSQL narrow a text search (LIKE / ILIKE '%…%') to the few paragraphs that can match
-- before Copydesk verifies each match in Java. The extension is created here, by the schema owner, never at run time.
create extension if not exists pg_trgm;
create index paragraphs_source_text_trgm on paragraphs using gin (source_text gin_trgm_ops);
create index paragraphs_corrected_text_trgm on paragraphs using gin (corrected_text gin_trgm_ops);

-- A replace preview: the pattern and options as the user gave them, and per paragraph the text it would write and
-- the revision that text was computed on, so that applying it later never overwrites a newer revision.
create table replace_previews (
    id             uuid          primary key,
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null,
    pattern        varchar(1000) not null,
    replacement    varchar(1000) not null,
    regex          boolean       not null,
    case_sensitive boolean       not null,
    whole_word     boolean       not null,
    applied_by     varchar(64),
    applied_at     timestamptz,
    undone_by      varchar(64),
    undone_at      timestamptz,
    version        bigint        not null default 0,
    check (undone_at is null or applied_at is not null)
);
create index replace_previews_created_by on replace_previews (created_by, created_at);

create sequence replace_preview_paragraphs_seq increment by 50;
create table replace_preview_paragraphs (
    id               bigint  primary key,
    preview_id       uuid    not null references replace_previews (id),
    paragraph_id     bigint  not null references paragraphs (id),
    article_id       bigint  not null,
    article_title    varchar(500) not null,
    position         integer not null,
    base_revision    integer not null check (base_revision >= 1),
    old_text         text    not null,
    new_text         text    not null,
    -- The revision the apply wrote, once it did; undoing needs it to tell whether the paragraph changed since.
    applied_revision integer check (applied_revision is null or applied_revision > base_revision),
    version          bigint  not null default 0,
    unique (preview_id, paragraph_id)
);

-- Saved searches: a user's named query and filters, offered as quick filters on the search screen.
create sequence saved_searches_seq increment by 50;
create table saved_searches (
    id                 bigint        primary key,
    owner              varchar(64)   not null,
    name               varchar(100)  not null,
    query              varchar(1000) not null,
    regex              boolean       not null,
    case_sensitive     boolean       not null,
    whole_word         boolean       not null,
    scope              varchar(20)   not null check (scope in ('SOURCE', 'CORRECTED', 'BOTH')),
    article_status     varchar(20),
    paragraph_statuses varchar(200)  not null default '',
    article_ids        varchar(1000) not null default '',
    edited_by          varchar(64),
    changed_from       date,
    changed_to         date,
    created_at         timestamptz   not null,
    version            bigint        not null default 0,
    unique (owner, name)
);
