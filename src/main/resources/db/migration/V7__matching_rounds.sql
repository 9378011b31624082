-- Matching rounds (WORKFLOW.md "Matching rounds"): an operator's round over some openings and programs, the two
-- sides' rankings while it is open, and what the run decided. inputs is the frozen problem the run solved (so a replay
-- recomputes from exactly it), plan what the algorithm decided, result what was written through the workflow.
create table round (
    id           uuid primary key default gen_random_uuid(),
    name         text not null check (char_length(name) between 1 and 200),
    closes_on    date not null,
    seed         bigint not null,
    status       text not null check (status in ('OPEN', 'RUNNING', 'DONE')),
    progress     real not null default 0 check (progress between 0 and 1),
    created_at   timestamptz not null default clock_timestamp(),
    finished_at  timestamptz,
    inputs       jsonb,
    plan         jsonb,
    result       jsonb
);

-- ranking: the startup's students, best first; engine_order: it accepted the engine's order instead; neither yet: the
-- opening ranks nobody (a side ranks only what it lists).
create table round_opening (
    round_id      uuid not null references round (id) on delete cascade,
    opening_id    bigint not null references opening (id) on delete cascade,
    ranking       jsonb,
    engine_order  boolean not null default false,
    primary key (round_id, opening_id)
);
create index round_opening_opening on round_opening (opening_id);

create table round_program (
    round_id    uuid not null references round (id) on delete cascade,
    program_id  bigint not null references program (id) on delete cascade,
    primary key (round_id, program_id)
);
create index round_program_program on round_program (program_id);

-- a student's openings, best first (at most 20, each in the round and fitting the student when stated)
create table round_student (
    round_id    uuid not null references round (id) on delete cascade,
    student_id  bigint not null references student (id) on delete cascade,
    openings    jsonb not null,
    primary key (round_id, student_id)
);
create index round_student_student on round_student (student_id);

-- placements made by a round carry it and no invitation
alter table placement add column round_id uuid references round (id) on delete set null;
create index placement_round on placement (round_id) where round_id is not null;
