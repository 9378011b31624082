package io.triad.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import java.io.IOException;
import java.time.LocalDate;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Students as Lucene documents. Ranking students for an opening hands Lucene the opening-fit rules as the accepted
 * documents ({@link FitFilter}) and the whole {@link Scoring} formula as its scoring clauses, so Lucene's top k is
 * exact.
 *
 * <p>What reaches the disk: the key, the opening-fit and scoring values (level, field, region, work modes,
 * interests, skills, availability days) and the analysed skills, field and bio. Nothing of the e-mail, name, birth
 * date, work status or groups is indexed: the eligibility rules that need them run on the student document, which is
 * stored sealed ({@link Sealer}) and only opened in memory for the hits.
 */
final class StudentIndex {
    static final String ANY = "_any";
    /** Analysed text with term frequencies for BM25 but no positions: nothing searches phrases here. */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT.freeze();
    }

    private final FitFilter fit = new FitFilter();
    private final KeywordSets keywords = new KeywordSets(KeywordSets.DEFAULT_MAX_BYTES);
    private final StudentFacts facts = new StudentFacts();
    private final RuleBits ruleBits = new RuleBits(RuleBits.DEFAULT_MAX_BYTES);
    private final Sealer sealer = new Sealer();
    private final LuceneIndex index;
    private final ObjectMapper json;

    StudentIndex(ObjectMapper json, IndexHome home) {
        this.json = json;
        this.index = new LuceneIndex(home, "students", TextAnalysis.PER_FIELD, fit::warm);
    }

    LuceneIndex lucene() {
        return index;
    }

    void put(StudentDoc t) {
        put(t, toJson(t));
    }

    /** Adds or replaces the student, with its JSON as read from the database. */
    void put(StudentDoc t, byte[] json) {
        index.update(t.key(), document(t, json));
    }

    /** Adds the student during a rebuild, with its JSON as read from the database. */
    void add(StudentDoc t, byte[] json) {
        index.add(document(t, json));
    }

    private Document document(StudentDoc t, byte[] json) {
        Document doc = new Document();
        doc.add(new StringField(LuceneIndex.ID, t.key(), Field.Store.NO));
        doc.add(new SortedDocValuesField("key", new BytesRef(t.key())));
        doc.add(new StringField(FitFilter.LEVEL, t.level().name(), Field.Store.NO));
        doc.add(new StringField(FitFilter.FIELD, t.field().name(), Field.Store.NO));
        doc.add(new StringField("region", t.region(), Field.Store.NO));
        doc.add(new StringField("country", Scoring.country(t.region()), Field.Store.NO));
        doc.add(new NumericDocValuesField(FitFilter.FROM, t.availableFrom().toEpochDay()));
        doc.add(new NumericDocValuesField(FitFilter.UNTIL,
                t.availableUntil() == null ? Integer.MAX_VALUE : t.availableUntil().toEpochDay()));
        if (t.workModes().isEmpty()) {
            doc.add(new StringField(FitFilter.WORK_MODE, ANY, Field.Store.NO));
        }
        t.workModes().forEach(m -> doc.add(new StringField(FitFilter.WORK_MODE, m.name(), Field.Store.NO)));
        t.interests().forEach(s -> doc.add(new StringField("interest", s.name(), Field.Store.NO)));
        t.skills().stream().map(TextAnalysis::canonicalSkill).distinct()
                .forEach(s -> doc.add(new StringField("skill", s, Field.Store.NO)));
        doc.add(new Field("fr".equals(t.language()) ? TextAnalysis.TEXT_FR : TextAnalysis.TEXT_EN,
                Scoring.studentText(t), TEXT));
        // As doc values, not a stored field: reading 20 hits then costs no block decompression.
        doc.add(new BinaryDocValuesField("doc", new BytesRef(sealer.seal(t.key(), json))));
        return doc;
    }

    void remove(String key) {
        index.delete(key);
    }

    /** A ranked page of students fitting the opening, with the exact number of fitting students. */
    record Ranked(List<Scored<StudentDoc>> hits, long total) {
    }

    /**
     * The best {@code count} students; the total is counted on the filters alone, so scoring may skip
     * students who cannot reach the top.
     */
    Ranked rank(OpeningDoc opening, StartupDoc startup, int count) {
        return index.search(searcher -> {
            FilteredTopK.Result top = fitting(searcher, opening, startup, count);
            return new Ranked(read(searcher, top.hits()), top.total());
        });
    }

    private FilteredTopK.Result fitting(IndexSearcher searcher, OpeningDoc opening, StartupDoc startup, int count)
            throws IOException {
        return FilteredTopK.search(searcher, leaf -> fit.fitting(leaf.reader(), opening),
                formula(searcher, opening, startup, null), Math.max(1, count), "key");
    }

    /** {@link FormulaScorer}s of the opening's score formula, the text terms' statistics from {@code lookup}. */
    private FilteredTopK.Scorers formula(IndexSearcher searcher, OpeningDoc opening, StartupDoc startup,
            Scoring.TermLookup lookup) throws IOException {
        return FormulaScorer.of(searcher, Scoring.clauses(opening, startup, searcher, lookup), keywords);
    }

    /**
     * An opening's best fitting students at one reader version, best first: documents of that version, their scores,
     * whether they are all the students who fit it, and the statistics their text scores came from.
     */
    record Ranking(OpeningDoc opening, StartupDoc startup, int[] docs, float[] scores, boolean whole,
            Scoring.TextStats text) {
    }

    /**
     * The segment's students, deleted ones included, passing {@code rules} for an opening starting on {@code start}:
     * kept between requests ({@link RuleBits}); shared, never change it.
     */
    private FixedBitSet passing(LeafReader reader, EligibleStudents rules, LocalDate start)
            throws IOException {
        return ruleBits.passing(reader, facts.of(reader, decoder(reader)), rules, start);
    }

    /** Drops the kept rule bit sets of a program that changed or went. */
    void forgetProgram(String programKey) {
        ruleBits.forget(programKey);
    }

    /**
     * The best {@code count} students fitting the opening who pass a program's student rules ({@code rules}),
     * scoring at least {@code floor}; the total counts them all. No scoring at all when none fits and passes.
     */
    Ranked rankForProgram(OpeningDoc opening, StartupDoc startup, int count, EligibleStudents rules, float floor) {
        return index.search(searcher -> {
            FilteredTopK.Result top = forProgram(searcher, opening, startup, count, rules, floor);
            return new Ranked(read(searcher, top.hits()), top.total());
        });
    }

    private FilteredTopK.Result forProgram(IndexSearcher searcher, OpeningDoc opening, StartupDoc startup, int count,
            EligibleStudents rules, float floor) throws IOException {
        return forProgram(searcher, opening, startup, count, rules, floor, null, null);
    }

    /**
     * As above, skipping the segments that have an empty set in {@code skipped} (null: none), the text terms'
     * statistics from {@code lookup} (null: looked up here).
     */
    private FilteredTopK.Result forProgram(IndexSearcher searcher, OpeningDoc opening, StartupDoc startup, int count,
            EligibleStudents rules, float floor, FixedBitSet[] skipped, Scoring.TermLookup lookup)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] accepted = new FixedBitSet[leaves.size()];
        // a search of a few segments with a floor: skip those where no student can reach it, before any scorer
        Scoring.SegmentBound bound = skipped != null && lookup != null && floor > Float.NEGATIVE_INFINITY
                ? Scoring.segmentBound(searcher, opening, startup, lookup) : null;
        long total = 0;
        for (LeafReaderContext leaf : leaves) {
            if (skipped != null && skipped[leaf.ord] != null) {
                accepted[leaf.ord] = skipped[leaf.ord];
                continue;
            }
            if (bound != null && bound.of(leaf) < floor) {
                accepted[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
                continue;
            }
            FixedBitSet passing = passing(leaf.reader(), rules, opening.startDate());
            accepted[leaf.ord] = fit.fitting(leaf.reader(), opening, passing);
            total += accepted[leaf.ord].cardinality();
        }
        if (total == 0) {
            return new FilteredTopK.Result(List.of(), 0);
        }
        return FilteredTopK.search(searcher, leaf -> accepted[leaf.ord], formula(searcher, opening, startup, lookup),
                Math.max(1, count), "key", floor);
    }

    /** Runs {@code work} on one searcher ({@link Pinned}). */
    <T> T pinned(PinnedWork<T> work) {
        return index.search(searcher -> work.run(new Pinned(searcher)));
    }

    @FunctionalInterface
    interface PinnedWork<T> {
        T run(Pinned pinned) throws IOException;
    }

    /**
     * One searcher held for several reads that must agree: its version, the rule tests, keys, searches and documents
     * all see the same students, so documents of a {@link Ranking} of this version can be tested and read.
     */
    final class Pinned {
        private final IndexSearcher searcher;
        private final List<LeafReaderContext> leaves;
        private final Map<String, TermStates> terms = new HashMap<>();
        final long version;

        private Pinned(IndexSearcher searcher) {
            this.searcher = searcher;
            this.leaves = searcher.getIndexReader().leaves();
            this.version = version(searcher);
        }

        /**
         * The students passing {@code rules}, tested one at a time (no set of every student is made: a page tests a
         * few hundred of them, for openings starting on hundreds of different days).
         */
        RuleTest rules(EligibleStudents rules) {
            return new RuleTest(rules);
        }

        final class RuleTest {
            private final EligibleStudents rules;
            private final EligibleStudents.SegmentTest[] segments = new EligibleStudents.SegmentTest[leaves.size()];

            private RuleTest(EligibleStudents rules) {
                this.rules = rules;
            }

            /** Whether the student (a document of the whole index) passes for an opening starting on {@code start}. */
            boolean passes(int doc, LocalDate start) throws IOException {
                int i = ReaderUtil.subIndex(doc, leaves);
                if (segments[i] == null) {
                    LeafReader reader = leaves.get(i).reader();
                    segments[i] = rules.test(facts.of(reader, decoder(reader)));
                }
                return segments[i].passes(doc - leaves.get(i).docBase, start);
            }
        }

        /** The student's key. */
        BytesRef key(int doc) throws IOException {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            SortedDocValues keys = DocValues.getSorted(leaf.reader(), "key");
            if (!keys.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("Student without a key");
            }
            return BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue()));
        }

        /** {@link #rankForProgram} without reading the students. */
        FilteredTopK.Result forProgram(OpeningDoc opening, StartupDoc startup, int count, EligibleStudents rules,
                float floor) throws IOException {
            return forProgram(opening, startup, count, rules, floor, null);
        }

        /** As above, among the students of the segments {@link #skipping} does not skip. */
        FilteredTopK.Result forProgram(OpeningDoc opening, StartupDoc startup, int count, EligibleStudents rules,
                float floor, FixedBitSet[] skipped) throws IOException {
            return StudentIndex.this.forProgram(searcher, opening, startup, count, rules, floor, skipped,
                    this::termStates);
        }

        /**
         * {@link Scoring#termStates}, each term looked up once while pinned: the openings of a page share most of
         * their words. For the pinning thread only.
         */
        private TermStates[] termStates(String field, List<String> tokens) throws IOException {
            TermStates[] out = new TermStates[tokens.size()];
            List<Integer> missing = new ArrayList<>();
            for (int k = 0; k < out.length; k++) {
                out[k] = terms.get(field + '\u0000' + tokens.get(k));
                if (out[k] == null) {
                    missing.add(k);
                }
            }
            if (!missing.isEmpty()) { // looked up together: one terms enum per segment
                TermStates[] found = Scoring.termStates(searcher, field, missing.stream().map(tokens::get).toList());
                for (int i = 0; i < found.length; i++) {
                    int k = missing.get(i);
                    out[k] = found[i];
                    terms.put(field + '\u0000' + tokens.get(k), found[i]);
                }
            }
            return out;
        }

        /** The opening's best {@code depth} fitting students, as {@link #rank} orders them, without reading them. */
        Ranking ranking(OpeningDoc opening, StartupDoc startup, int depth) throws IOException {
            FilteredTopK.Result top = fitting(searcher, opening, startup, depth);
            int[] docs = new int[top.hits().size()];
            float[] scores = new float[docs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.hits().get(i).doc();
                scores[i] = top.hits().get(i).score();
            }
            return new Ranking(opening, startup, docs, scores, top.total() <= depth,
                    Scoring.textStats(searcher, Scoring.openingText(opening)));
        }

        /** The statistics the text of {@code then} scores from now ({@link Scoring#textStats}). */
        Scoring.TextStats text(Scoring.TextStats then) throws IOException {
            return Scoring.textStats(searcher, then, this::termStates);
        }

        /**
         * The segments' cores: a segment of another reader with one of these cores holds the same documents (some
         * may have been deleted since).
         */
        Set<Object> cores() {
            Set<Object> cores = new HashSet<>();
            leaves.forEach(leaf -> cores.add(core(leaf)));
            return cores;
        }

        /**
         * For {@link #forProgram}: an empty set of accepted students for each segment whose core is in {@code cores},
         * null for the others (written since those cores were read).
         */
        FixedBitSet[] skipping(Set<Object> cores) {
            FixedBitSet[] skipped = new FixedBitSet[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                if (cores.contains(core(leaf))) {
                    skipped[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
                }
            }
            return skipped;
        }

        /** The students of these hits. */
        List<Scored<StudentDoc>> read(List<FilteredTopK.Hit> hits) throws IOException {
            return StudentIndex.this.read(searcher, hits);
        }
    }

    /**
     * The best {@code count} students fitting the opening whom at least one of {@code paying} (programs whose rules
     * before the student all pass) would fund: the programs' kept bit sets per segment ORed, so scoring still prunes.
     */
    Ranked rankFunded(OpeningDoc opening, StartupDoc startup, int count, List<ProgramDoc> paying, boolean privileged) {
        List<EligibleStudents> rules = paying.stream().map(p -> new EligibleStudents(p, privileged)).toList();
        return index.search(searcher -> {
            FilteredTopK.Result top = FilteredTopK.search(searcher, leaf -> {
                LeafReader reader = leaf.reader();
                FixedBitSet funded = new FixedBitSet(reader.maxDoc());
                for (EligibleStudents r : rules) {
                    funded.or(passing(reader, r, opening.startDate()));
                }
                return fit.fitting(reader, opening, funded);
            }, formula(searcher, opening, startup, null), Math.max(1, count), "key");
            return new Ranked(read(searcher, top.hits()), top.total());
        });
    }

    /**
     * The best {@code count} students fitting the opening in a money order ({@link MoneyRanking}), among those whom one
     * of {@code paying} would fund when {@code funded}; the total counts them all.
     */
    Ranked rankByMoney(OpeningDoc opening, StartupDoc startup, int count, List<ProgramDoc> paying, boolean privileged,
            boolean funded, MatchOrder order) {
        MoneyRanking money = new MoneyRanking(opening, paying, privileged, funded, order);
        return index.search(searcher -> {
            MoneyRanking.Result top = money.top(searcher, leaf -> fit.fitting(leaf.reader(), opening),
                    leaf -> facts.of(leaf.reader(), decoder(leaf.reader())),
                    (leaf, rules) -> passing(leaf.reader(), rules, opening.startDate()),
                    formula(searcher, opening, startup, null), Math.max(1, count));
            return new Ranked(read(searcher, top.hits()), top.total());
        });
    }

    /**
     * Every student fitting the opening, best first (for filters and orders computed after scoring), scored by Lucene
     * itself: the definition the pruned paths, {@link FormulaScorer} among them, must equal.
     */
    Ranked rankAll(OpeningDoc opening, StartupDoc startup) {
        return index.search(searcher -> {
            FilteredTopK.Result all = FilteredTopK.search(searcher, leaf -> fit.fitting(leaf.reader(), opening),
                    Scoring.clauses(opening, startup, searcher, null).query(), Integer.MAX_VALUE, "key");
            return new Ranked(read(searcher, all.hits()), all.total());
        });
    }

    private List<Scored<StudentDoc>> read(IndexSearcher searcher, List<FilteredTopK.Hit> hits) throws IOException {
        List<Scored<StudentDoc>> out = new ArrayList<>(hits.size());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (FilteredTopK.Hit hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc(), leaves));
            BinaryDocValues sealed = DocValues.getBinary(leaf.reader(), "doc");
            if (!sealed.advanceExact(hit.doc() - leaf.docBase)) {
                throw new IllegalStateException("Student document without JSON");
            }
            out.add(new Scored<>(fromJson(open(hit.key(), sealed.binaryValue())), hit.score()));
        }
        return out;
    }

    /** A program's students counted against its eligible openings, with the live students and the reader version. */
    record Counted(EligibleStudents eligible, long students, long version) {
    }

    Counted count(ProgramDoc program, boolean privileged, List<OpeningDoc> openings) {
        return index.search(searcher -> {
            EligibleStudents eligible = new EligibleStudents(program, privileged);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                StudentFacts.Segment segment = openings.isEmpty() ? null : facts.of(reader, decoder(reader));
                eligible.add(reader, segment, openings,
                        (sameFit, among, marked) -> fit.count(reader, sameFit, among, marked));
            }
            return new Counted(eligible, searcher.getIndexReader().numDocs(), version(searcher));
        });
    }

    private static Object core(LeafReaderContext leaf) {
        return leaf.reader().getCoreCacheHelper().getKey();
    }

    /** Changes whenever the searchers see a change. */
    long version() {
        return index.search(StudentIndex::version);
    }

    private static long version(IndexSearcher searcher) {
        return searcher.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : -1;
    }

    /** Opens a segment's documents in order, as {@link StudentFacts} reads them. */
    private StudentFacts.Decoder decoder(LeafReader reader) throws IOException {
        BinaryDocValues sealed = DocValues.getBinary(reader, "doc");
        SortedDocValues keys = DocValues.getSorted(reader, "key");
        return d -> {
            if (!sealed.advanceExact(d) || !keys.advanceExact(d)) {
                throw new IllegalStateException("Student document without JSON");
            }
            return fromJson(open(keys.lookupOrd(keys.ordValue()), sealed.binaryValue()));
        };
    }

    private byte[] toJson(StudentDoc t) {
        try {
            return json.writeValueAsBytes(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] open(BytesRef key, BytesRef sealed) {
        return sealer.open(key, sealed.bytes, sealed.offset, sealed.length);
    }

    private StudentDoc fromJson(byte[] bytes) {
        try {
            return json.readValue(bytes, StudentDoc.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
