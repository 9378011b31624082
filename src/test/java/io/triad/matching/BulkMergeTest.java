package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load written in many segments merges none of them and packs none into a compound file while it goes on, is
 * then merged into {@link LuceneIndex#BULK_SEGMENTS} in the background, and answers what the same load in one segment
 * answers.
 */
class BulkMergeTest {
    @TempDir
    Path base;

    @AfterEach
    void restore() {
        LuceneIndex.maxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH;
    }

    @Test
    void aBulkLoadInManySegmentsIsMergedInTheBackgroundAndAnswersTheSame() {
        RandomWorld world = new RandomWorld(3);
        try (MatchEngine whole = load(world, base.resolve("whole"))) {
            assertThat(whole.studentSegments()).as("one segment").hasSize(1);
            LuceneIndex.maxBufferedDocs = 3;
            try (MatchEngine merged = load(world, base.resolve("merged"))) {
                Awaitility.await().atMost(Duration.ofSeconds(60))
                        .until(() -> merged.studentSegments().size() == LuceneIndex.BULK_SEGMENTS);
                assertThat(merged.studentSegments().stream().mapToInt(Integer::intValue).sum())
                        .isEqualTo(world.students.size());
                for (OpeningDoc o : world.openings()) {
                    for (var asOf : world.asOfs) {
                        assertThat(merged.forOpening(o.key(), asOf, 20, false, MatchOrder.SCORE, false))
                                .as("%s on %s", o.key(), asOf)
                                .isEqualTo(whole.forOpening(o.key(), asOf, 20, false, MatchOrder.SCORE, false));
                    }
                }
            }
        }
    }

    @Test
    void nothingIsMergedOrPackedWhileABulkLoadGoesOnAndEverythingAfter() throws Exception {
        LuceneIndex.maxBufferedDocs = 3;
        try (IndexHome home = IndexHome.open(base.resolve("home"));
                LuceneIndex index = new LuceneIndex(home, "bulk", TextAnalysis.PER_FIELD)) {
            index.startBulk();
            for (int i = 0; i < 60; i++) {
                Document doc = new Document();
                doc.add(new StringField(LuceneIndex.ID, "d" + i, Field.Store.NO));
                index.add(doc);
            }
            long written = files(home, ".si");
            assertThat(written).as("segments written by the load").isGreaterThanOrEqualTo(19);
            assertThat(files(home, ".cfs")).as("compound files written by the load").isZero();
            // a merge policy would merge ten of these tiny segments at once, within milliseconds
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> files(home, ".si") == written);
            index.endBulk();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> index.search(
                    s -> s.getIndexReader().leaves().size()) == LuceneIndex.BULK_SEGMENTS);
            int searchable = index.search(s -> s.count(new MatchAllDocsQuery()));
            assertThat(searchable).isEqualTo(60);
            long packed = files(home, ".cfs"); // the merge policy may pack a merged segment
            Document late = new Document();
            late.add(new StringField(LuceneIndex.ID, "late", Field.Store.NO));
            index.update("late", late);
            index.refreshNow();
            assertThat(files(home, ".cfs")).as("a segment written after the load is a compound file")
                    .isEqualTo(packed + 1);
        }
    }

    /** The index's files whose names end with {@code suffix} ({@code .si}: one per segment). */
    private static long files(IndexHome home, String suffix) throws IOException {
        return files(home.directory(), suffix);
    }

    /**
     * Names only, never a file's attributes: after a merge Lucene deletes the merged files while they are counted
     * ({@code Files.walk} reads each file's attributes, and failed on one deleted between the listing and the read).
     */
    private static long files(Path dir, String suffix) throws IOException {
        long n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    n += files(entry, suffix);
                } else if (entry.getFileName().toString().endsWith(suffix)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static MatchEngine load(RandomWorld world, Path dir) {
        MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON, dir);
        engine.startRebuild();
        for (ProgramDoc p : world.programs) {
            engine.putProgram(p, world.approved.get(p.key()));
        }
        world.startups.forEach(engine::putStartup);
        for (StudentDoc t : world.students) {
            engine.addStudent(t, json(t));
        }
        engine.finishRebuild();
        return engine;
    }

    private static byte[] json(StudentDoc t) {
        try {
            return MatchEngineBruteForceTest.JSON.writeValueAsString(t).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
