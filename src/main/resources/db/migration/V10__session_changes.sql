-- Instances keep live sessions in memory (account/KeptSessions). Whatever ends a session or changes what it shows
-- (its account's row, the account's unread-notification count) names the account on triad_sessions at commit, and
-- every instance forgets that account's kept sessions (account/SessionChanges). PostgreSQL sends a payload once per
-- transaction, however many rows name it. A session's last_seen_at or expiry moving forward tells nobody: a kept
-- session already ends no later than its row allows.
create function notify_session_change() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform pg_notify('triad_sessions', old.account_id::text);
    end if;
    if tg_op <> 'DELETE' then
        perform pg_notify('triad_sessions', new.account_id::text);
    end if;
    return null;
end $$;

create function notify_account_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('triad_sessions', old.id::text);
    return null;
end $$;

create trigger account_session_change after update or delete on account
    for each row execute function notify_account_change();

create trigger session_end after delete on account_session
    for each row execute function notify_session_change();
create trigger session_shortened after update on account_session
    for each row when (new.account_id <> old.account_id or new.expires_at < old.expires_at
        or new.last_seen_at < old.last_seen_at)
    execute function notify_session_change();

create trigger unread_change after insert or delete on notification
    for each row execute function notify_session_change();
create trigger unread_change_on_update after update of read_at, account_id on notification
    for each row execute function notify_session_change();
