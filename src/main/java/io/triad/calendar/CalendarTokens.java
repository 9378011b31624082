package io.triad.calendar;

import io.triad.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** An account's calendar feed token: secret (192 random bits), one at a time, replaced or revoked at will. */
@ApplicationScoped
class CalendarTokens {
    /** The account a feed token opens, and its role and language. */
    record Owner(long account, String role, String language) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sql db;

    CalendarTokens(Sql db) {
        this.db = db;
    }

    @Transactional
    Optional<String> current(long account) {
        return db.one("select token from calendar_token where account_id = ?", rs -> rs.getString(1), account);
    }

    /** A new token; the old one (if any) stops working at once. */
    @Transactional
    String renew(long account) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.update("insert into calendar_token (account_id, token) values (?, ?) on conflict (account_id) do update "
                + "set token = excluded.token, created_at = clock_timestamp()", account, token);
        return token;
    }

    @Transactional
    void revoke(long account) {
        db.update("delete from calendar_token where account_id = ?", account);
    }

    @Transactional
    Optional<Owner> owner(String token) {
        if (token == null || token.length() != 32) {
            return Optional.empty();
        }
        return db.one("select a.id, a.role, a.language from calendar_token c join account a on a.id = c.account_id "
                + "where c.token = ?", rs -> new Owner(rs.getLong(1), rs.getString(2), rs.getString(3)), token);
    }
}
