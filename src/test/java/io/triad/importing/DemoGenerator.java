package io.triad.importing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic demo data in the import format of DATA.md, streamed through Jackson's {@link JsonGenerator}
 * so a million students never sit in memory. The same seed and counts give the same bytes: one
 * {@link SplittableRandom} drawn in a fixed order, no clock, no hash-ordered output. Dates are chosen for
 * 2026-11-26: everything is founded and born before it, and openings start in 2027.
 *
 * <p>{@link DemoStartups} and {@link DemoStudents} write the entities; this class frames the document and
 * holds the draws they share.
 */
public final class DemoGenerator {

    /** The demo accounts that own the showcase startup and student; the app creates them before importing. */
    public static final String DEMO_FOUNDER = "founder@triad.example";
    public static final String DEMO_STUDENT = "student@triad.example";

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final SplittableRandom rnd;
    private final JsonGenerator json;
    private final Map<String, String> slugs = new HashMap<>();

    private DemoGenerator(long seed, JsonGenerator json) {
        this.rnd = new SplittableRandom(seed);
        this.json = json;
    }

    /** {@code <out.json> [startups=40] [students=400] [seed=2026]}: writes the demo set. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: DemoGenerator <out.json> [startups=40] [students=400] [seed=2026]");
            System.exit(2);
        }
        int startups = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int students = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026;
        write(Path.of(args[0]), seed, startups, students);
    }

    /**
     * The demo set, pretty-printed. The first startup and the first student are the hand-written showcase,
     * owned by the demo accounts {@value #DEMO_FOUNDER} and {@value #DEMO_STUDENT}; nothing else has an owner.
     * About 2.5 openings per startup.
     */
    public static void write(Path file, long seed, int startups, int students) throws IOException {
        try (OutputStream out = open(file)) {
            write(out, seed, startups, students);
        }
    }

    /** As {@link #write(Path, long, int, int)}; leaves {@code out} open. */
    public static void write(OutputStream out, long seed, int startups, int students) throws IOException {
        document(out, seed, true, g -> {
            new DemoStartups(g, g.json).write(startups, Integer.MAX_VALUE, true);
            new DemoStudents(g, g.json).write(students, true);
        });
    }

    /**
     * A compact document holding only {@code count} students, none with an owner, for benchmarks (100k–1M).
     * Keys and emails are numbered from 2: number 1 is the showcase student's, so they never replace her.
     */
    public static void writeStudents(Path file, long seed, int count) throws IOException {
        try (OutputStream out = open(file)) {
            writeStudents(out, seed, count);
        }
    }

    /** As {@link #writeStudents(Path, long, int)}; leaves {@code out} open. */
    public static void writeStudents(OutputStream out, long seed, int count) throws IOException {
        document(out, seed, false, g -> new DemoStudents(g, g.json).write(count, false));
    }

    /**
     * A compact document of as many startups as it takes to hold exactly {@code openings} openings (1–4 each),
     * none with an owner, for benchmarks. Never reuses the showcase startup's keys.
     */
    public static void writeStartupsWithOpenings(Path file, long seed, int openings) throws IOException {
        try (OutputStream out = open(file)) {
            writeStartupsWithOpenings(out, seed, openings);
        }
    }

    /** As {@link #writeStartupsWithOpenings(Path, long, int)}; leaves {@code out} open. */
    public static void writeStartupsWithOpenings(OutputStream out, long seed, int openings) throws IOException {
        document(out, seed, false, g -> new DemoStartups(g, g.json).write(Integer.MAX_VALUE, openings, false));
    }

    private interface Body {
        void write(DemoGenerator generator) throws IOException;
    }

    private static OutputStream open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    private static void document(OutputStream out, long seed, boolean pretty, Body body) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                // an explicit "\n": the system line separator would make the bytes depend on the OS
                json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n")));
            }
            json.writeStartObject();
            body.write(new DemoGenerator(seed, json));
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Copies a hand-written entity; "exact" keeps a wage of 28.00 from becoming 28.0. */
    void copy(String literal) throws IOException {
        try (JsonParser parser = JSON.createParser(literal)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                json.copyCurrentEventExact(parser);
            }
        }
    }

    void strings(String field, String[] values) throws IOException {
        json.writeFieldName(field);
        json.writeArray(values, 0, values.length);
    }

    void date(String field, LocalDate value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value.toString());
        }
    }

    /** Writes about a third of the skills that have another common spelling with that spelling. */
    String[] spell(String[] canonical) {
        String[] out = new String[canonical.length];
        for (int i = 0; i < out.length; i++) {
            String other = DemoVocabulary.SYNONYMS.get(canonical[i]);
            out[i] = other != null && chance(0.35) ? other : canonical[i];
        }
        return out;
    }

    /** {@code count} distinct elements of {@code pool} in random order (a partial Fisher–Yates shuffle). */
    String[] sample(String[] pool, int count) {
        String[] copy = pool.clone();
        for (int i = 0; i < count; i++) {
            int j = i + rnd.nextInt(copy.length - i);
            String swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        return Arrays.copyOf(copy, count);
    }

    <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    int between(int low, int high) {
        return rnd.nextInt(low, high + 1);
    }

    /** Skewed towards {@code low}: most startups are small. */
    int skewed(int low, int high) {
        return low + (int) ((high - low + 1) * Math.pow(rnd.nextDouble(), 2));
    }

    LocalDate day(LocalDate first, LocalDate last) {
        return LocalDate.ofEpochDay(rnd.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    }

    /** Lower-case ASCII words joined by '-', so keys built from it match {@code [a-z0-9][a-z0-9-]{0,79}}. */
    String slug(String text) {
        return slugs.computeIfAbsent(text, t -> Normalizer.normalize(t.replace("'", "").replace('ı', 'i'),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", ""));
    }

    /** Adds {@code key}, or {@code key-2}, {@code key-3}… if taken, and returns what it added. */
    static String unique(Set<String> taken, String key) {
        String candidate = key;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = key + "-" + i;
        }
        return candidate;
    }

    /** "a, b and c". */
    static String join(String[] values, String and) {
        int n = values.length;
        return n == 1 ? values[0] : String.join(", ", Arrays.copyOf(values, n - 1)) + and + values[n - 1];
    }
}
