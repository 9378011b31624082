package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * A large search split in two parts of the documents, the second on a helper thread, answers exactly what the search
 * of the whole answers: the same hits in the same order (ties by key included) and the same total, for every k, floor
 * and cut (30%, half, 70% of the documents). Each cut falls inside a segment, so each part counts and scores only its
 * own piece of that segment. Where to cut is learnt from how long each part takes, within bounds.
 */
class SplitSearchTest {
    private static final String[] WORDS = {"rust", "java", "kotlin", "data", "robots", "climate", "design", "sales"};

    @Test
    void thePartsAnswerWhatTheWholeAnswers() throws IOException {
        Random random = new Random(7);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int segment = 0; segment < 5; segment++) {
                    int docs = 300 + random.nextInt(900);
                    for (int i = 0; i < docs; i++) {
                        writer.addDocument(document(random, segment + "-" + i));
                    }
                    writer.flush();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(5);
                IndexSearcher searcher = new IndexSearcher(reader);
                int maxDoc = reader.maxDoc();
                List<FixedBitSet> filters = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
                    for (int d = 0; d < bits.length(); d++) {
                        if (random.nextInt(3) > 0) {
                            bits.set(d);
                        }
                    }
                    filters.add(bits);
                }
                int compared = 0;
                for (int q = 0; q < 40; q++) {
                    Query scoring = query(random);
                    for (int k : new int[] {1, 5, 20, 500, Integer.MAX_VALUE}) {
                        for (float floor : new float[] {Float.NEGATIVE_INFINITY, 0.3f, 0.9f}) {
                            FilteredTopK.Result whole = FilteredTopK.search(searcher, leaf -> filters.get(leaf.ord),
                                    FilteredTopK.of(searcher, scoring), k, "key", floor, false);
                            for (int cut : new int[] {maxDoc * 3 / 10, maxDoc / 2, maxDoc * 7 / 10}) {
                                FilteredTopK.Result parts = FilteredTopK.searchSplitAt(searcher,
                                        leaf -> filters.get(leaf.ord), FilteredTopK.of(searcher, scoring), k, "key",
                                        floor, cut, null);
                                String where = "query " + scoring + " k " + k + " floor " + floor + " cut " + cut;
                                assertThat(parts.total()).as(where).isEqualTo(whole.total());
                                assertThat(parts.hits()).as(where).isEqualTo(whole.hits());
                                compared += whole.hits().size();
                            }
                        }
                    }
                }
                assertThat(compared).as("hits compared").isGreaterThan(10_000);
            }
        }
    }

    @Test
    void theSetBitsOfARangeAreCounted() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            FixedBitSet bits = new FixedBitSet(1 + random.nextInt(300));
            for (int d = 0; d < bits.length(); d++) {
                if (random.nextBoolean()) {
                    bits.set(d);
                }
            }
            int min = random.nextInt(bits.length());
            int max = min + 1 + random.nextInt(bits.length() - min);
            long expected = 0;
            for (int d = min; d < max; d++) {
                expected += bits.get(d) ? 1 : 0;
            }
            assertThat(FilteredTopK.count(bits, min, max)).as("bits %s from %d to %d", bits, min, max)
                    .isEqualTo(expected);
        }
    }

    @Test
    void theCutMovesBoundedStepsTowardsBothPartsEndingTogether() {
        SearchHelpers.Balance balance = new SearchHelpers.Balance();
        assertThat(balance.cut(1000)).as("at first").isEqualTo(500);
        balance.learn(2_000_000, 1_000_000); // the helper's part ended 1 ms after this thread's 2 ms
        assertThat(balance.share()).isCloseTo(0.5 + SearchHelpers.Balance.STEP / 2, within(1e-9));
        balance.learn(2_000_000, 50_000_000); // a helper held up for 50 ms moves it no more than one step
        assertThat(balance.share()).isCloseTo(0.5 + SearchHelpers.Balance.STEP * 1.5, within(1e-9));
        for (int i = 0; i < 1000; i++) {
            balance.learn(1_000_000, -1_000_000); // the helper's part always ended first
        }
        assertThat(balance.share()).as("never below").isEqualTo(SearchHelpers.Balance.LEAST);
        assertThat(balance.cut(1000)).isEqualTo(300);
        for (int i = 0; i < 1000; i++) {
            balance.learn(1_000_000, 1_000_000);
        }
        assertThat(balance.share()).as("never above").isEqualTo(1 - SearchHelpers.Balance.LEAST);
        SearchHelpers.Balance.halvesOnly = true;
        try {
            balance.learn(1_000_000, -1_000_000);
            assertThat(balance.cut(1000)).as("halves only").isEqualTo(500);
        } finally {
            SearchHelpers.Balance.halvesOnly = false;
        }
        assertThat(balance.share()).as("nothing learnt meanwhile").isEqualTo(1 - SearchHelpers.Balance.LEAST);
    }

    @Test
    void aHelperEndingLaterMovesTheCutTowardsThisThread() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "a second core");
        SearchHelpers.Balance balance = new SearchHelpers.Balance();
        // a helper may decline a part while it returns from the last one: then this thread runs it, and learns nothing
        for (int i = 0; i < 20 && balance.share() == 0.5; i++) {
            CountDownLatch started = new CountDownLatch(1);
            SearchHelpers.both(() -> {
                awaitQuietly(started); // until the helper has taken its part (a second at most)
                return 1;
            }, () -> {
                started.countDown();
                long until = System.nanoTime() + 20_000_000; // the helper's part ends well after this thread's
                for (long now = System.nanoTime(); now < until; now = System.nanoTime()) {
                    LockSupport.parkNanos(until - now);
                }
                return 2;
            }, balance);
        }
        assertThat(balance.share()).isGreaterThan(0.5).isLessThanOrEqualTo(0.5 + SearchHelpers.Balance.STEP);
    }

    @Test
    void onlyALoneLargeSearchIsSplit() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "a second core");
        boolean small = SearchHelpers.run(SearchHelpers.MIN_DOCS - 1, split -> split);
        assertThat(small).as("a small index").isFalse();
        AtomicBoolean innerSplit = new AtomicBoolean(true);
        boolean outerSplit = SearchHelpers.run(SearchHelpers.MIN_DOCS, split -> {
            innerSplit.set(SearchHelpers.run(SearchHelpers.MIN_DOCS, inner -> inner));
            return split;
        });
        assertThat(outerSplit).as("alone").isTrue();
        assertThat(innerSplit.get()).as("while another large search runs").isFalse();
        boolean again = SearchHelpers.run(SearchHelpers.MIN_DOCS, split -> split);
        assertThat(again).as("alone again").isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Few distinct values, so that many documents tie on score and the key decides. */
    private static Document document(Random random, String key) {
        Document doc = new Document();
        doc.add(new SortedDocValuesField("key", new BytesRef(key)));
        doc.add(new StringField("region", "r" + random.nextInt(4), Field.Store.NO));
        doc.add(new StringField("skill", WORDS[random.nextInt(WORDS.length)], Field.Store.NO));
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(6); w >= 0; w--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        doc.add(new TextField("text", text.toString(), Field.Store.NO));
        return doc;
    }

    /** As {@link Scoring}'s: constant clauses and text terms, one clause every document matches. */
    private static Query query(Random random) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), 0.05f), Occur.SHOULD);
        b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("region", "r" + random.nextInt(4)))),
                0.15f), Occur.SHOULD);
        b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("skill", WORDS[random.nextInt(3)]))),
                0.4f), Occur.SHOULD);
        for (int t = random.nextInt(3); t >= 0; t--) {
            b.add(new BoostQuery(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), 0.1f),
                    Occur.SHOULD);
        }
        return b.build();
    }
}
