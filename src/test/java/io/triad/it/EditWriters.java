package io.triad.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Threads that PUT startups, students and programs at once, each key written by one thread only, every write a new
 * version ({@code rev<n>} in its name, unique across all writes). They remember the last version Triad acknowledged
 * (a 2xx) and the last one sent for each key: after a crash a key must hold the one acknowledged, or the one in
 * flight at the kill, which may or may not have committed. Students of odd versions fit the opening of
 * {@link CrashDocs}, of even versions not.
 */
final class EditWriters {
    enum Kind {
        STARTUP("startup", "/api/startups/"), STUDENT("student", "/api/students/"), PROGRAM("program", "/api/programs/");

        final String table;
        final String path;

        Kind(String table, String path) {
            this.table = table;
            this.path = path;
        }
    }

    record Key(Kind kind, String key) {
        String doc(int version) {
            String name = kind.table + " " + key + " rev" + version;
            return switch (kind) {
                case STARTUP -> CrashDocs.startup(key, key + "-op", name);
                case STUDENT -> CrashDocs.student(key, name, version % 2 == 1 ? CrashDocs.FITS : CrashDocs.ENDS_EARLY);
                case PROGRAM -> CrashDocs.program(key, name);
            };
        }
    }

    private static final Pattern VERSION = Pattern.compile(" rev(\\d+)$");

    private final List<List<Key>> writers = new ArrayList<>();
    private final Map<Key, Integer> acknowledged = new ConcurrentHashMap<>();
    private final Map<Key, Integer> sent = new ConcurrentHashMap<>();
    private final AtomicInteger versions = new AtomicInteger();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    EditWriters(String prefix, int writersPerKind, int keysPerWriter) {
        for (Kind kind : Kind.values()) {
            for (int w = 0; w < writersPerKind; w++) {
                List<Key> keys = new ArrayList<>();
                for (int k = 0; k < keysPerWriter; k++) {
                    keys.add(new Key(kind, prefix + "-" + kind.table + "-" + w + "-" + k));
                }
                writers.add(keys);
            }
        }
    }

    /** One burst of writes against {@code client}, until {@link Round#stop} (or the process dies). */
    Round start(TriadClient client) {
        Round round = new Round();
        for (List<Key> keys : writers) {
            Thread thread = new Thread(() -> write(client, keys, round), "writer-" + keys.get(0).key());
            round.threads.add(thread);
            thread.start();
        }
        return round;
    }

    final class Round {
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicInteger acks = new AtomicInteger();
        private volatile boolean stopped;

        int acks() {
            return acks.get();
        }

        void stop() throws InterruptedException {
            stopped = true;
            for (Thread thread : threads) {
                thread.join(120_000);
            }
        }
    }

    private void write(TriadClient client, List<Key> keys, Round round) {
        for (int i = 0; !round.stopped; i++) {
            Key key = keys.get(i % keys.size());
            int version = versions.incrementAndGet();
            sent.put(key, version);
            try {
                HttpResponse<String> answer = client.put(key.kind().path + key.key(), key.doc(version));
                if (answer.statusCode() / 100 == 2) {
                    acknowledged.put(key, version);
                    round.acks.incrementAndGet();
                } else {
                    // what became of this write is unknown: stop, so the key keeps it as the one in flight
                    unexpected.add(key + " rev" + version + ": " + answer.statusCode() + " " + answer.body());
                    return;
                }
            } catch (IOException e) {
                return; // Triad is gone: what was in flight is checked after the restart
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    int acknowledgedKeys() {
        return acknowledged.size();
    }

    List<String> unexpectedAnswers() {
        return List.copyOf(unexpected);
    }

    /** Every key whose stored version is neither the acknowledged one nor the one in flight at the kill. */
    List<String> lost(Connection c) throws SQLException {
        List<String> lost = new ArrayList<>();
        for (Map.Entry<Key, Integer> entry : sent.entrySet()) {
            Integer ack = acknowledged.get(entry.getKey());
            Optional<Integer> stored = stored(c, entry.getKey());
            boolean kept = ack == null ? stored.isEmpty() || stored.get().equals(entry.getValue())
                    : stored.isPresent() && (stored.get().equals(ack) || stored.get().equals(entry.getValue()));
            if (!kept) {
                lost.add(entry.getKey() + ": acknowledged rev" + ack + ", in flight rev" + entry.getValue() + ", stored "
                        + stored.map(v -> "rev" + v).orElse("nothing"));
            }
        }
        return lost;
    }

    /** The stored version of every key of {@code kind}, by key. */
    Map<String, Integer> stored(Connection c, Kind kind) throws SQLException {
        Map<String, Integer> all = new TreeMap<>();
        for (Key key : sent.keySet()) {
            if (key.kind() == kind) {
                stored(c, key).ifPresent(version -> all.put(key.key(), version));
            }
        }
        return all;
    }

    private static Optional<Integer> stored(Connection c, Key key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select doc->>'name' from " + key.kind().table + " where key = ?")) {
            ps.setString(1, key.key());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Matcher version = VERSION.matcher(rs.getString(1));
                if (!version.find()) {
                    throw new AssertionError(key + " holds a name no writer wrote: " + rs.getString(1));
                }
                return Optional.of(Integer.valueOf(version.group(1)));
            }
        }
    }
}
