package io.triad.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials verified a moment ago, so that a script's many HTTP Basic requests (in parallel, too) cost one bcrypt
 * and take no throttling slot: with slots taken before the password is checked, eleven correct requests in flight
 * at once would otherwise get 429.
 *
 * <p>An entry is keyed by HMAC-SHA256(a random key of this process, email NUL password), never the password, and
 * holds the bcrypt hash it matched: it vouches for that hash only, so a changed password or an erased account
 * invalidates it at once. Entries live two minutes and at most {@value #MAX_ENTRIES} are kept. Requests with the same
 * credentials are checked one at a time ({@link #alone}): the others wait for the first and then find its entry.
 */
final class RecentCredentials {
    static final int MAX_ENTRIES = 10_000;
    private static final Duration TTL = Duration.ofMinutes(2);
    private final SecretKeySpec key;
    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final ConcurrentMap<String, CompletableFuture<Void>> checking = new ConcurrentHashMap<>();

    RecentCredentials(Clock clock) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.clock = clock;
    }

    private record Entry(String passwordHash, long until) {
    }

    /** The digest that stands for these credentials. */
    String digest(String email, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(email.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(
                    (password == null ? "" : password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** True when these credentials matched this very hash less than two minutes ago. */
    synchronized boolean vouchFor(String digest, String passwordHash) {
        Entry entry = entries.get(digest);
        if (entry == null || entry.until() <= clock.millis()) {
            return false;
        }
        return entry.passwordHash().equals(passwordHash);
    }

    synchronized void remember(String digest, String passwordHash) {
        entries.put(digest, new Entry(passwordHash, clock.millis() + TTL.toMillis()));
    }

    /** Waits while another request checks the same credentials. */
    void awaitOthers(String digest) {
        CompletableFuture<Void> running = checking.get(digest);
        if (running != null) {
            running.join();
        }
    }

    /**
     * Runs {@code check} unless another request with the same credentials is running it: then waits for that one and
     * answers null, and the caller looks again (it will usually find the credentials vouched for).
     */
    <T> T alone(String digest, Supplier<T> check) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = checking.putIfAbsent(digest, mine);
        if (running != null) {
            running.join();
            return null;
        }
        try {
            return check.get();
        } finally {
            checking.remove(digest, mine);
            mine.complete(null);
        }
    }
}
