-- Notifications: each account's inbox. A row is written in the same transaction as the change that causes it. The
-- subject is rendered when read, in the reader's language, from kind and args (values, never sentences). item names
-- what the notification is about ("program:<key>", "opening:<key>") so that one item can be muted. mail says what
-- happens by mail: NONE (never), QUEUED (an immediate mail is in the outbox), DIGEST (waits for the daily digest),
-- DIGESTED (went out in one). dedup keeps scheduled notices (expiry, deadline reminders, alerts) to one per account.
create table notification (
    id          uuid primary key default gen_random_uuid(),
    account_id  bigint not null references account (id) on delete cascade,
    kind        text not null,
    at          timestamptz not null default clock_timestamp(),
    read_at     timestamptz,
    item        text,
    link        text not null,
    args        jsonb not null default '{}',
    mail        text not null default 'NONE' check (mail in ('NONE', 'QUEUED', 'DIGEST', 'DIGESTED')),
    dedup       text
);
create index notification_account on notification (account_id, at, id);
create index notification_unread on notification (account_id) where read_at is null;
create index notification_digest on notification (account_id) where mail = 'DIGEST';
create unique index notification_once on notification (account_id, dedup) where dedup is not null;

-- Per account and kind: IMMEDIATE, DIGEST or NEVER (no row: the kind's default).
create table notification_preference (
    account_id  bigint not null references account (id) on delete cascade,
    kind        text not null,
    mode        text not null check (mode in ('IMMEDIATE', 'DIGEST', 'NEVER')),
    primary key (account_id, kind)
);

-- One muted item (a program, an opening) per row: nothing about it reaches the account.
create table notification_mute (
    account_id  bigint not null references account (id) on delete cascade,
    item        text not null,
    primary key (account_id, item)
);

-- The mail outbox. A mail is rendered (language, text and HTML) when it is queued, in the transaction of its cause;
-- senders claim pending rows with FOR UPDATE SKIP LOCKED, send, and mark them sent before committing, one at a time,
-- so a mail is never sent by two senders and a crash loses none. message_id is fixed when queued: a resend after a
-- crash between sending and marking carries the same Message-ID. unsubscribe_token (random, unique) is the secret of
-- the one-click unsubscribe link; kinds are what unsubscribing turns off.
create table mail_outbox (
    id                 uuid primary key default gen_random_uuid(),
    account_id         bigint not null references account (id) on delete cascade,
    recipient          text not null,
    message_id         text not null unique,
    subject            text not null,
    text_body          text not null,
    html_body          text not null,
    kinds              text[] not null,
    unsubscribe_token  text not null unique,
    created_at         timestamptz not null default clock_timestamp(),
    sent_at            timestamptz,
    attempts           integer not null default 0,
    next_attempt_at    timestamptz not null default clock_timestamp()
);
create index mail_outbox_pending on mail_outbox (next_attempt_at, created_at) where sent_at is null;

-- The secret of an account's calendar feed (/calendar/{token}.ics): a capability address that calendar apps keep and
-- the deadlines page shows again, so the token itself is kept; revoking deletes it, a new one replaces it.
create table calendar_token (
    account_id  bigint primary key references account (id) on delete cascade,
    token       text not null unique,
    created_at  timestamptz not null default clock_timestamp()
);

-- Saved alerts: a directory search (text and filters), a founder's "students who fit this opening above a score",
-- a student's "new openings that fit me". seen holds the keys already told, so each match is told once.
create table saved_alert (
    id          uuid primary key default gen_random_uuid(),
    account_id  bigint not null references account (id) on delete cascade,
    kind        text not null check (kind in ('PROGRAMS', 'STUDENTS', 'OPENINGS')),
    name        text not null check (char_length(name) between 1 and 200),
    query       jsonb not null default '{}',
    paused      boolean not null default false,
    seen        text[] not null default '{}',
    created_at  timestamptz not null default clock_timestamp()
);
create index saved_alert_account on saved_alert (account_id);

-- How far a scheduled job has looked (programs changed since): the first run starts from now, so existing programs
-- are not announced as new when the feature arrives.
create table job_watermark (
    name  text primary key,
    at    timestamptz not null
);
