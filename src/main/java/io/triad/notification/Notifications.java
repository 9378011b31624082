package io.triad.notification;

import io.triad.account.SessionService;
import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.notification.Kind.Mode;
import io.triad.web.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The inbox of every account: notifications are written in the transaction of their cause (nothing is told of a
 * change that rolled back), never about an item the reader muted, and their mail goes out as the reader chose for
 * that kind (at once through the outbox, in the daily digest, or never).
 */
@ApplicationScoped
class Notifications {
    /** API shape of one notification; {@code subject} in the reader's language. */
    record Item(UUID id, Kind kind, Instant at, boolean read, String subject, String link,
            @com.fasterxml.jackson.annotation.JsonIgnore String item,
            @com.fasterxml.jackson.annotation.JsonIgnore String within) {
        /** What the inbox's "mute" buttons name: {@code invitation}, {@code application}, {@code opening}... */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String itemType() {
            return type(item);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public String withinType() {
            return type(within);
        }

        private static String type(String item) {
            return item == null ? "" : item.substring(0, Math.max(0, item.indexOf(':')));
        }
    }

    private static final TypeReference<Map<String, String>> ARGS = new TypeReference<>() {
    };

    private final Sql db;
    private final ObjectMapper json;
    private final Preferences preferences;
    private final Outbox outbox;
    /** Told of every change of an unread count: the layout shows it from the session's kept row. */
    private final SessionService sessions;

    Notifications(Sql db, ObjectMapper json, Preferences preferences, Outbox outbox, SessionService sessions) {
        this.db = db;
        this.json = json;
        this.preferences = preferences;
        this.outbox = outbox;
        this.sessions = sessions;
    }

    /** Writes the notice unless muted or already told (dedup); its mail per the reader's choice. The id if written. */
    @Transactional
    Optional<UUID> add(Notice notice) {
        Mode mode = preferences.mode(notice.account(), notice.kind());
        String mail = switch (mode) {
            case IMMEDIATE -> "QUEUED";
            case DIGEST -> "DIGEST";
            case NEVER -> "NONE";
        };
        Optional<UUID> id = db.one("""
                insert into notification (account_id, kind, item, within, link, args, mail, dedup)
                select ?, ?, ?, ?, ?, ?::jsonb, ?, ? where not exists
                  (select 1 from notification_mute m where m.account_id = ? and m.item in (?, ?))
                on conflict (account_id, dedup) where dedup is not null do nothing returning id""",
                rs -> Sql.uuid(rs, "id"), notice.account(), notice.kind(), notice.item(), notice.within(),
                notice.link(), write(notice.args()), mail, notice.dedup(), notice.account(), notice.item(),
                notice.within());
        if (id.isPresent()) {
            sessions.changed(notice.account());
        }
        if (id.isPresent() && mode == Mode.IMMEDIATE) {
            outbox.queueOne(notice.account(), id.get());
        }
        return id;
    }

    /** The account's notifications, newest first (ties by id); {@code unread} keeps the unread ones. */
    @Transactional
    ListPage<Item> list(long account, String language, boolean unread, int limit, int page) {
        String where = " from notification where account_id = ?" + (unread ? " and read_at is null" : "");
        long total = db.count("select count(*)" + where, account);
        List<Item> items = db.list("select id, kind, at, read_at, link, args::text, item, within" + where
                + " order by at desc, id limit ? offset ?", rs -> new Item(Sql.uuid(rs, "id"),
                        Kind.valueOf(rs.getString("kind")), Sql.instant(rs, "at"), rs.getObject("read_at") != null,
                        Wording.subject(Kind.valueOf(rs.getString("kind")), read(rs.getString("args")), language),
                        rs.getString("link"), rs.getString("item"), rs.getString("within")), account, limit, (long) page * limit);
        return new ListPage<>(new ArrayList<>(items), total);
    }

    /** Marks one of the account's notifications read (again is fine); empty when it is not the account's. */
    @Transactional
    Optional<Item> markRead(long account, String language, UUID id) {
        db.update("update notification set read_at = coalesce(read_at, clock_timestamp()) where id = ? and account_id = ?",
                id, account);
        sessions.changed(account);
        return db.one("select id, kind, at, read_at, link, args::text, item, within from notification "
                + "where id = ? and account_id = ?",
                rs -> new Item(Sql.uuid(rs, "id"), Kind.valueOf(rs.getString("kind")), Sql.instant(rs, "at"), true,
                        Wording.subject(Kind.valueOf(rs.getString("kind")), read(rs.getString("args")), language),
                        rs.getString("link"), rs.getString("item"), rs.getString("within")), id, account);
    }

    @Transactional
    int markAllRead(long account) {
        sessions.changed(account);
        return db.update("update notification set read_at = clock_timestamp() where account_id = ? and read_at is null",
                account);
    }

    @Transactional
    long unread(long account) {
        return db.count("select count(*) from notification where account_id = ? and read_at is null", account);
    }

    String write(Map<String, String> args) {
        try {
            return json.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification values could not be written", e);
        }
    }

    Map<String, String> read(String args) {
        try {
            return json.readValue(args, ARGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored notification could not be read", e);
        }
    }
}
