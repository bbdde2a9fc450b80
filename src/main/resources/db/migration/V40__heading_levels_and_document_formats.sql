-- Formats in and out (issue 8): a heading keeps its level (1 to 6) from Markdown, Word and HTML imports; plain-text
-- headings have none (an export shows them one level under the title). Articles may now come from Word and HTML.

alter table paragraphs
    add column heading_level integer
        check (heading_level between 1 and 6 and kind = 'HEADING' or heading_level is null);

alter table articles drop constraint articles_format_check;
alter table articles
    add constraint articles_format_check check (format in ('PLAIN_TEXT', 'MARKDOWN', 'DOCX', 'HTML'));
