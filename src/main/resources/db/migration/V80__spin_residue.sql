-- Spin residue, kept up to date by the suggest feature after each revision and at import, so that the article list
-- can sort by it along an index and the workspace header can draw its heat strip without analysing the whole
-- article when it opens.

-- The article's share of detected spun spans still present, in thousandths; null until first computed. Written only
-- through article.service.ArticleResidueService (the article feature owns this table).
alter table articles
    add column spin_residue_permille integer check (spin_residue_permille between 0 and 1000);
create index articles_by_residue on articles (spin_residue_permille desc nulls last, id desc);

-- Each paragraph's figure, owned by the suggest feature (position kept so the heat strip needs no join).
create table paragraph_residues (
    paragraph_id bigint  primary key references paragraphs (id) on delete cascade,
    article_id   bigint  not null references articles (id) on delete cascade,
    position     integer not null,
    detected     integer not null check (detected >= 0),
    remaining    integer not null check (remaining >= 0 and remaining <= detected)
);
create index paragraph_residues_by_article on paragraph_residues (article_id, position);
