-- Operator import jobs and their progress, in the database so that every replica shows every job (the job itself runs
-- on the replica that took the upload). started_by is the account, never its email: erasing it leaves the job.
-- counts, violations and failure are the job page's records as JSON.
create table import_job (
    id               uuid primary key,
    file_name        text not null,
    bytes            bigint not null,
    started_by       bigint references account (id) on delete set null,
    created_at       timestamptz not null,
    phase            text not null check (phase in ('QUEUED', 'READING', 'VALIDATING', 'IMPORTING', 'DONE', 'FAILED')),
    updated_at       timestamptz not null,
    counts           jsonb,
    violations       jsonb not null default '[]',
    violation_count  integer not null default 0,
    failure          jsonb,
    failed_at        text
);
create index import_job_created on import_job (created_at desc);
