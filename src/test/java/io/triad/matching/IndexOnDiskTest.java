package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.matching.IndexCanaries.Pattern;
import io.triad.matching.MatchResults.Placement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the search index writes to disk about students (ASVS 5.0 V14.2.4: sensitive data is protected at rest; V14.3:
 * no personal data left behind): no e-mail, name, birth date, work status or group, in any encoding Lucene uses. Two
 * views: the raw bytes of every file, and every term, point, doc value and stored field decoded by Lucene (which
 * also sees through any compression of the files).
 */
class IndexOnDiskTest {
    /** What the student index may write; a new field must be thought about here first. */
    private static final Set<String> STUDENT_FIELDS = Set.of(LuceneIndex.ID, "key", FitFilter.LEVEL, FitFilter.FIELD,
            "region", "country", FitFilter.WORK_MODE, "interest", "skill", TextAnalysis.TEXT_EN, TextAnalysis.TEXT_FR,
            FitFilter.FROM, FitFilter.UNTIL, "doc");

    @TempDir
    Path base;

    @Test
    @DisplayName("V14.2.4: no file of the index holds an e-mail, name or sensitive value in any encoding")
    void v14_indexFilesHoldNoPersonalOrSensitiveValueInAnyEncoding() throws IOException {
        try (MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON, base)) {
            engine.putProgram(Docs.swpp(), 0);
            engine.putStartup(Docs.startup().withOpenings(List.of(Docs.opening())));
            IndexCanaries.students().forEach(engine::putStudent);
            engine.refreshNow();

            // eligibility still reads work status and groups: the sealed documents open in memory
            List<Placement> placements = engine.forProgram("swpp-example", Docs.AS_OF, 10, true).items();
            assertThat(placements).extracting(Placement::student).containsExactly("canary-one");

            Map<Path, byte[]> files = files(base);
            assertThat(files.keySet()).as("index files").anyMatch(f -> f.toString().contains("students"));
            assertThat(files.values()).as("the control skill is on disk: the scan reads the terms")
                    .anyMatch(Pattern.text(IndexCanaries.CONTROL_SKILL, StandardCharsets.UTF_8)::foundIn);
            List<String> found = new ArrayList<>();
            IndexCanaries.patterns().forEach((what, pattern) -> files.forEach((file, bytes) -> {
                if (pattern.foundIn(bytes)) {
                    found.add(what + " in " + base.relativize(file));
                }
            }));
            assertThat(found).isEmpty();
        }
    }

    @Test
    @DisplayName("V14.2.4: no term, point, doc value or stored field of the student index holds a sensitive value")
    void v14_noIndexedValueHoldsAPersonalOrSensitiveValue() {
        try (IndexHome home = IndexHome.open(base)) {
            StudentIndex students = new StudentIndex(MatchEngineBruteForceTest.JSON, home);
            try {
                IndexCanaries.students().forEach(students::put);
                students.lucene().refreshNow();
                Values values = students.lucene().search(IndexOnDiskTest::everyValue);

                assertThat(STUDENT_FIELDS).containsAll(values.fields);
                assertThat(values.bytes).as("the control skill is read back")
                        .anyMatch(b -> new String(b, StandardCharsets.UTF_8).equals(IndexCanaries.CONTROL_SKILL));
                List<String> found = new ArrayList<>();
                IndexCanaries.patterns().forEach((what, pattern) -> values.bytes.stream().filter(pattern::foundIn)
                        .findAny().ifPresent(b -> found.add(what)));
                IndexCanaries.numbers().forEach((what, n) -> {
                    if (values.numbers.contains(n)) {
                        found.add(what);
                    }
                });
                assertThat(found).isEmpty();
            } finally {
                students.lucene().close();
            }
        }
    }

    private static Map<Path, byte[]> files(Path root) throws IOException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                out.put(file, Files.readAllBytes(file));
            }
        }
        return out;
    }

    /** Every value of every field, as Lucene decodes it. */
    private static final class Values {
        final Set<String> fields = new TreeSet<>();
        final List<byte[]> bytes = new ArrayList<>();
        final Set<Long> numbers = new java.util.HashSet<>();

        void add(BytesRef b) {
            bytes.add(BytesRef.deepCopyOf(b).bytes);
        }
    }

    private static Values everyValue(IndexSearcher searcher) throws IOException {
        Values values = new Values();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            for (FieldInfo field : reader.getFieldInfos()) {
                values.fields.add(field.name);
                assertThat(field.hasVectors()).as("term vectors of " + field.name).isFalse();
                assertThat(field.getVectorDimension()).as("vectors of " + field.name).isZero();
                terms(reader.terms(field.name), values);
                points(reader.getPointValues(field.name), values);
                docValues(reader, field, values);
            }
            for (int d = 0; d < reader.maxDoc(); d++) {
                for (IndexableField stored : reader.storedFields().document(d)) {
                    if (stored.binaryValue() != null) {
                        values.add(stored.binaryValue());
                    }
                    if (stored.stringValue() != null) {
                        values.bytes.add(stored.stringValue().getBytes(StandardCharsets.UTF_8));
                    }
                    if (stored.numericValue() != null) {
                        values.numbers.add(stored.numericValue().longValue());
                    }
                }
            }
        }
        return values;
    }

    private static void terms(Terms terms, Values values) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            values.add(term);
        }
    }

    private static void points(PointValues points, Values values) throws IOException {
        if (points == null) {
            return;
        }
        int width = points.getBytesPerDimension();
        points.intersect(new PointValues.IntersectVisitor() {
            @Override
            public void visit(int docID) {
                throw new AssertionError("every cell crosses");
            }

            @Override
            public void visit(int docID, byte[] packed) {
                values.bytes.add(packed.clone());
                for (int offset = 0; offset + width <= packed.length; offset += width) {
                    values.numbers.add(width == 4 ? NumericUtils.sortableBytesToInt(packed, offset)
                            : width == 8 ? NumericUtils.sortableBytesToLong(packed, offset) : 0L);
                }
            }

            @Override
            public PointValues.Relation compare(byte[] min, byte[] max) {
                return PointValues.Relation.CELL_CROSSES_QUERY;
            }
        });
    }

    private static void docValues(LeafReader reader, FieldInfo field, Values values) throws IOException {
        switch (field.getDocValuesType()) {
            case NUMERIC -> {
                NumericDocValues dv = DocValues.getNumeric(reader, field.name);
                for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                    values.numbers.add(dv.longValue());
                }
            }
            case SORTED_NUMERIC -> {
                SortedNumericDocValues dv = DocValues.getSortedNumeric(reader, field.name);
                for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        values.numbers.add(dv.nextValue());
                    }
                }
            }
            case BINARY -> {
                BinaryDocValues dv = DocValues.getBinary(reader, field.name);
                for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                    values.add(dv.binaryValue());
                }
            }
            case SORTED -> {
                SortedDocValues dv = DocValues.getSorted(reader, field.name);
                for (int ord = 0; ord < dv.getValueCount(); ord++) {
                    values.add(dv.lookupOrd(ord));
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues dv = DocValues.getSortedSet(reader, field.name);
                for (long ord = 0; ord < dv.getValueCount(); ord++) {
                    values.add(dv.lookupOrd(ord));
                }
            }
            case NONE -> {
            }
        }
    }
}
