-- WORKFLOW.md: invitations, placements, program applications and their history. The placement table of V1 was
-- never written by the application (it only stood for "approved placements" in capacity counts); it goes.
drop table placement;

-- A startup invites a student to one of its openings. EXPIRED is computed on read (today after the opening's start
-- date) and only stored when a later write needs the row out of the way of "one live invitation".
create table invitation (
    id          uuid primary key default gen_random_uuid(),
    opening_id  bigint not null references opening (id) on delete cascade,
    student_id  bigint not null references student (id) on delete cascade,
    status      text not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    message     text check (char_length(message) <= 2000),
    created_at  timestamptz not null default clock_timestamp()
);
create unique index invitation_one_live on invitation (opening_id, student_id) where status = 'INVITED';
create index invitation_student on invitation (student_id);

-- A placement keeps a copy of the opening's terms when it was accepted. Its parties are nulled, never cascaded: an
-- approved application of a placement that has started outlives an erased student or startup as an anonymous
-- commitment that still counts against the program's capacity and budget.
create table placement (
    id              uuid primary key default gen_random_uuid(),
    opening_id      bigint references opening (id) on delete set null,
    startup_id      bigint references startup (id) on delete set null,
    student_id      bigint references student (id) on delete set null,
    invitation_id   uuid references invitation (id) on delete set null,
    status          text not null check (status in ('ACTIVE', 'CANCELLED')),
    start_date      date not null,
    weeks           integer not null check (weeks between 1 and 104),
    hours_per_week  numeric not null check (hours_per_week > 0),
    hourly_wage     numeric not null check (hourly_wage >= 0),
    currency        text not null check (currency ~ '^[A-Z]{3}$'),
    created_at      timestamptz not null default clock_timestamp()
);
create unique index placement_one_active on placement (opening_id, student_id) where status = 'ACTIVE';
create index placement_opening on placement (opening_id) where status = 'ACTIVE';
create index placement_student on placement (student_id);
create index placement_startup on placement (startup_id);
create index placement_invitation on placement (invitation_id);

-- An application of a placement for a placement program. program_id restricts deletion: the program service removes
-- ended applications first and refuses (409) while live ones exist. amount is recorded at approval (and kept when an
-- approval was waitlisted), in the placement's currency; verdict is the rule-by-rule outcome recorded when applying.
create table application (
    id            uuid primary key default gen_random_uuid(),
    placement_id  uuid not null references placement (id) on delete cascade,
    program_id    bigint not null references program (id),
    status        text not null check (status in ('PENDING', 'APPROVED', 'WAITLISTED', 'REFUSED', 'WITHDRAWN')),
    applied_at    timestamptz not null default clock_timestamp(),
    amount        numeric(16, 2) check (amount >= 0),
    reason        text check (char_length(reason) between 1 and 2000),
    verdict       jsonb not null,
    check (status <> 'REFUSED' or reason is not null)
);
create unique index application_one_live on application (placement_id, program_id)
    where status in ('PENDING', 'APPROVED', 'WAITLISTED');
create index application_program on application (program_id, status, applied_at, id);
create index application_placement on application (placement_id);

-- Every state change (who, when, from, to) of an invitation, a placement or an application; from is null on creation.
create table workflow_history (
    id              bigint generated always as identity primary key,
    invitation_id   uuid references invitation (id) on delete cascade,
    placement_id    uuid references placement (id) on delete cascade,
    application_id  uuid references application (id) on delete cascade,
    at              timestamptz not null default clock_timestamp(),
    by_role         text not null check (by_role in ('STARTUP', 'STUDENT', 'PROGRAM_ADMIN', 'OPERATOR', 'SYSTEM')),
    from_status     text,
    to_status       text not null,
    check (num_nonnulls(invitation_id, placement_id, application_id) = 1)
);
create index workflow_history_invitation on workflow_history (invitation_id);
create index workflow_history_placement on workflow_history (placement_id);
create index workflow_history_application on workflow_history (application_id);
