-- Sessions end after TRIAD_SESSION_IDLE_MINUTES without a request, beside their absolute expiry. last_seen_at is
-- moved forward at most once a minute per session (account/SessionService), not on every request.
alter table account_session add column last_seen_at timestamptz not null default now();
