-- Unsaved corrected text, kept per account and paragraph until it is saved or discarded, so that a reload, a lost
-- connection or a closed laptop loses no keystroke. A draft names the revision it was typed on: saving it later
-- still goes through the conflict check.
create table paragraph_drafts (
    username      varchar(64) not null,
    paragraph_id  bigint      not null references paragraphs (id),
    article_id    bigint      not null references articles (id),
    text          text        not null,
    base_revision integer     not null check (base_revision >= 1),
    updated_at    timestamptz not null,
    primary key (username, paragraph_id)
);
create index paragraph_drafts_by_article on paragraph_drafts (article_id, username);
