-- Accounts and their sessions. Emails are stored lower-cased.
create table account (
    id            bigint generated always as identity primary key,
    email         text not null unique,
    password_hash text not null,
    role          text not null check (role in ('STARTUP', 'STUDENT', 'PROGRAM_ADMIN', 'OPERATOR')),
    created_at    timestamptz not null default now()
);

create table account_session (
    token_hash  text primary key,
    account_id  bigint not null references account (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null
);
create index account_session_account on account_session (account_id);

-- Each entity keeps its DATA.md document whole in doc; the columns beside it are what we filter,
-- join and own by. owner_id null means operator-managed (imported without an owner).
create table program (
    id          bigint generated always as identity primary key,
    key         text not null unique,
    owner_id    bigint references account (id),
    status      text not null,
    kind        text not null,
    scope       text not null,
    name        text not null,
    doc         jsonb not null,
    updated_at  timestamptz not null default now()
);
create index program_owner on program (owner_id);

create table startup (
    id          bigint generated always as identity primary key,
    key         text not null unique,
    owner_id    bigint references account (id),
    name        text not null,
    doc         jsonb not null,
    updated_at  timestamptz not null default now()
);
create index startup_owner on startup (owner_id);

create table opening (
    id          bigint generated always as identity primary key,
    key         text not null unique,
    startup_id  bigint not null references startup (id) on delete cascade,
    doc         jsonb not null
);
create index opening_startup on opening (startup_id);

create table student (
    id          bigint generated always as identity primary key,
    key         text not null unique,
    owner_id    bigint references account (id),
    name        text not null,
    doc         jsonb not null,
    updated_at  timestamptz not null default now()
);
create unique index student_one_per_owner on student (owner_id);

-- Placements approved in the placement workflow count against a program's capacity.
create table placement (
    id          bigint generated always as identity primary key,
    program_id  bigint not null references program (id) on delete cascade,
    opening_id  bigint not null references opening (id) on delete cascade,
    student_id  bigint not null references student (id) on delete cascade,
    status      text not null check (status in ('PROPOSED', 'APPROVED', 'DECLINED')),
    created_at  timestamptz not null default now()
);
create index placement_program on placement (program_id) where status = 'APPROVED';

-- Start-up imports already applied, so a restart does not overwrite later edits.
create table applied_import (
    source      text primary key,
    sha256      text not null,
    applied_at  timestamptz not null default now()
);

-- Transactional outbox: every committed change to a searchable entity, in the same transaction as
-- the change. Index followers read it by (txid, id); txid lets them skip nothing that commits late.
create table change_log (
    id          bigint generated always as identity primary key,
    entity      text not null check (entity in ('PROGRAM', 'STARTUP', 'STUDENT')),
    key         text not null,
    txid        xid8 not null default pg_current_xact_id(),
    changed_at  timestamptz not null default now()
);
create index change_log_txid on change_log (txid, id);

create or replace function notify_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('triad_changes', new.entity);
    return null;
end $$;
create trigger change_log_notify after insert on change_log
    for each row execute function notify_change();
