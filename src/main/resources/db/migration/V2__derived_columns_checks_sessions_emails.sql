-- The columns beside doc are copies of the document's fields, kept for filtering, joining and unique keys.
-- Until now the application copied them; from here PostgreSQL derives them from doc, so a column can no
-- longer disagree with the document it sits beside. PostgreSQL cannot turn a plain column into a generated
-- one, hence drop and add; the unique constraints on key go with the column and are added back by name.

alter table program drop column key;
alter table program drop column name;
alter table program drop column status;
alter table program drop column kind;
alter table program drop column scope;
alter table program add column key    text not null generated always as (doc->>'key') stored;
alter table program add column name   text not null generated always as (doc->>'name') stored;
alter table program add column status text not null generated always as (doc->>'status') stored;
alter table program add column kind   text not null generated always as (doc->>'kind') stored;
alter table program add column scope  text not null generated always as (doc->>'scope') stored;
alter table program add constraint program_key_key unique (key);

alter table startup drop column key;
alter table startup drop column name;
alter table startup add column key  text not null generated always as (doc->>'key') stored;
alter table startup add column name text not null generated always as (doc->>'name') stored;
alter table startup add constraint startup_key_key unique (key);

alter table student drop column key;
alter table student drop column name;
alter table student add column key  text not null generated always as (doc->>'key') stored;
alter table student add column name text not null generated always as (doc->>'name') stored;
alter table student add constraint student_key_key unique (key);

alter table opening drop column key;
alter table opening add column key text not null generated always as (doc->>'key') stored;
alter table opening add constraint opening_key_key unique (key);

-- Every enumerated column holds one of its DATA.md constants (account.role, placement.status and
-- change_log.entity have had theirs since V1).
alter table program add constraint program_status_check
    check (status in ('PUBLISHED', 'DRAFT', 'CLOSED'));
alter table program add constraint program_kind_check
    check (kind in ('WAGE_SUBSIDY', 'TAX_CREDIT', 'INTERNSHIP_GRANT', 'GRANT', 'LOAN', 'VOUCHER'));
alter table program add constraint program_scope_check
    check (scope in ('PLACEMENT', 'COMPANY'));

-- The session purge deletes by expiry.
create index account_session_expires on account_session (expires_at);

-- One account per email whatever its case: the application lower-cases, the database makes sure.
alter table account drop constraint account_email_key;
create unique index account_email_lower on account (lower(email));
