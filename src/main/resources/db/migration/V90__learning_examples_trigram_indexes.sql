-- When a save or a pair creates a learned rule, the examples seen earlier are checked for places where its phrase
-- stayed unchanged (evidence against the rule). Trigram indexes let PostgreSQL hand over only the examples that
-- contain the phrase's longest word, instead of every example ever stored: the cost of a save's learning no longer
-- grows with the newsroom's history.
create index learning_examples_source_text_trgm on learning_examples using gin (source_text gin_trgm_ops);
create index learning_examples_corrected_text_trgm on learning_examples using gin (corrected_text gin_trgm_ops);
