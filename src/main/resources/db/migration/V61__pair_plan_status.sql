-- Pair work: where the individual plan stands (DRAFTED → AGREED → APPROVED).
alter table mentoring_pair add column plan_status varchar(20);
