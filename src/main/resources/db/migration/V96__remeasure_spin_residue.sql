-- A stray space (the only damage of `‘I’ m`) was counted as detected but never as left, so an untouched paragraph
-- could show 0 % of its spinning left. The figure now knows such a span by its neighbours; forgetting the stored
-- article figures makes Copydesk measure every article again in the background at its next start (the rows of
-- paragraph_residues are overwritten as each article is measured).
update articles set spin_residue_permille = null;
