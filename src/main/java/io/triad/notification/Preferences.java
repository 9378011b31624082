package io.triad.notification;

import io.triad.account.SessionService;
import io.triad.db.Sql;
import io.triad.notification.Kind.Mode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Per account: how each kind reaches it by mail, the items it muted, and the language its mail is written in. */
@ApplicationScoped
class Preferences {
    private final Sql db;
    private final SessionService sessions;

    Preferences(Sql db, SessionService sessions) {
        this.db = db;
        this.sessions = sessions;
    }

    Mode mode(long account, Kind kind) {
        return db.one("select mode from notification_preference where account_id = ? and kind = ?",
                rs -> Mode.valueOf(rs.getString(1)), account, kind).orElse(kind.defaultMode());
    }

    /** Every kind's mode for the account, defaults included, in the kinds' order. */
    @Transactional
    Map<Kind, Mode> modes(long account) {
        Map<Kind, Mode> out = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            out.put(kind, kind.defaultMode());
        }
        db.list("select kind, mode from notification_preference where account_id = ?", rs -> {
            out.put(Kind.valueOf(rs.getString(1)), Mode.valueOf(rs.getString(2)));
            return null;
        }, account);
        return out;
    }

    @Transactional
    void set(long account, Kind kind, Mode mode) {
        db.update("insert into notification_preference (account_id, kind, mode) values (?, ?, ?) "
                + "on conflict (account_id, kind) do update set mode = excluded.mode", account, kind, mode);
    }

    /** A muted item, its type ({@code program}, {@code opening}, {@code invitation}, {@code application}) and name. */
    record Muted(String item, String type, String name) {
    }

    @Transactional
    List<String> mutes(long account) {
        return db.list("select item from notification_mute where account_id = ? order by item", rs -> rs.getString(1),
                account);
    }

    /**
     * The muted items with what a reader recognises them by: a program's name, an opening's title, the opening of an
     * invitation, the program and opening of an application (names only, never a student's field).
     */
    @Transactional
    List<Muted> named(long account) {
        return db.list("""
                select m.item, t.type, case t.type
                  when 'program' then (select g.doc->>'name' from program g where g.key = t.ref)
                  when 'opening' then (select o.doc->>'title' from opening o where o.key = t.ref)
                  when 'invitation' then (select o.doc->>'title' from invitation i
                    join opening o on o.id = i.opening_id where i.id = t.ref::uuid)
                  when 'application' then (select (g.doc->>'name') || ' · ' || (o.doc->>'title') from application a
                    join program g on g.id = a.program_id join placement p on p.id = a.placement_id
                    join opening o on o.id = p.opening_id where a.id = t.ref::uuid) end
                from notification_mute m cross join lateral
                  (select split_part(m.item, ':', 1) as type, substr(m.item, strpos(m.item, ':') + 1) as ref) t
                where m.account_id = ? order by m.item""",
                rs -> new Muted(rs.getString(1), rs.getString(2), rs.getString(3)), account);
    }

    @Transactional
    void mute(long account, String item) {
        db.update("insert into notification_mute (account_id, item) values (?, ?) on conflict do nothing", account, item);
    }

    @Transactional
    void unmute(long account, String item) {
        db.update("delete from notification_mute where account_id = ? and item = ?", account, item);
    }

    /** The settings form in one transaction: the language (null keeps it) and these kinds' modes. */
    @Transactional
    void save(long account, String language, Map<Kind, Mode> modes) {
        modes.forEach((kind, mode) -> set(account, kind, mode));
        if (language != null) {
            language(account, language);
        }
    }

    /** {@code en} or {@code fr}; anything else is refused by the column's check. */
    @Transactional
    void language(long account, String language) {
        db.update("update account set language = ? where id = ?", language, account);
        sessions.changed(account); // the pages read the language with the session
    }
}
