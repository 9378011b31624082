package io.triad.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.triad.domain.IsoDates;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.importing.DemoGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The benchmark's data: DemoGenerator's import documents on disk (written once per seed and size, then reused), read
 * back one entity at a time so a million students never sit in memory together.
 */
final class BenchData {
    /** With the app's date reading (IsoDateReading), after Jackson's Java time module as in the app. */
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().addModule(IsoDates.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final ObjectReader STUDENT = JSON.readerFor(StudentDoc.class);
    private static final ObjectReader STARTUP = JSON.readerFor(StartupDoc.class);

    private BenchData() {
    }

    /** The students document for {@code count}, generated when missing. */
    static Path students(Path dir, long seed, int count) throws IOException {
        return generated(dir.resolve("students-" + seed + "-" + count + ".json"),
                tmp -> DemoGenerator.writeStudents(tmp, seed, count));
    }

    /** The startups document holding exactly {@code openings} openings, generated when missing. */
    static Path startups(Path dir, long seed, int openings) throws IOException {
        return generated(dir.resolve("startups-" + seed + "-" + openings + ".json"),
                tmp -> DemoGenerator.writeStartupsWithOpenings(tmp, seed, openings));
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    /** {@code file}, written first when missing (to a temporary name, so an interrupted run leaves no half file). */
    private static Path generated(Path file, Writer writer) throws IOException {
        if (!Files.exists(file)) {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            writer.write(tmp);
            Files.move(tmp, file);
        }
        return file;
    }

    static List<StartupDoc> readStartups(Path file) {
        List<StartupDoc> out = new ArrayList<>();
        BenchData.<StartupDoc>forEach(file, "startups", STARTUP, out::add);
        return out;
    }

    static void forEachStudent(Path file, Consumer<StudentDoc> each) {
        BenchData.<StudentDoc>forEach(file, "students", STUDENT, each);
    }

    /**
     * The students of a document as rows, one compact JSON object per line (written once, next to it): the
     * benchmark's stand-in for the rows the app's reindex reads from the database.
     */
    static Path studentRows(Path studentsJson) throws IOException {
        return generated(studentsJson.resolveSibling(studentsJson.getFileName() + ".rows"), tmp -> {
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                forEachStudent(studentsJson, t -> {
                    try {
                        out.write(JSON.writeValueAsBytes(t));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
    }

    /**
     * Streams each row of a {@link #studentRows} file as its JSON bytes; the caller parses it. Read through a buffer,
     * not mapped: at 10 million students the file is 7 GB, past what one mapped buffer holds.
     */
    static void forEachStudentRow(Path rows, Consumer<byte[]> each) {
        try (InputStream in = Files.newInputStream(rows)) {
            byte[] buffer = new byte[1 << 20];
            ByteArrayOutputStream carried = new ByteArrayOutputStream();
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        carried.write(buffer, start, i - start);
                        each.accept(carried.toByteArray());
                        carried.reset();
                        start = i + 1;
                    }
                }
                carried.write(buffer, start, n - start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StudentDoc student(byte[] json) {
        try {
            return STUDENT.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the elements of the top-level array {@code field}. */
    private static <T> void forEach(Path file, String field, ObjectReader reader, Consumer<T> each) {
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && field.equals(p.currentName())) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        each.accept(reader.readValue(p));
                    }
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
