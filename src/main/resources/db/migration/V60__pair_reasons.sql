-- Pair formation: the score of a pair and its reasons (Russian, by criterion) as the matching gave them.
alter table mentoring_pair add column score integer;
alter table mentoring_pair add column reasons varchar(4000);
