package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.junit.jupiter.api.Test;

/**
 * The hand-written synonym filter emits exactly what Lucene's SynonymGraphFilter emits for the same table (terms,
 * offsets, position increments and lengths), in English and in French, on every text of the demo data and on
 * phrases that stress multi-word variants: partial matches, overlaps, variants at the very end.
 */
class CanonicalSynonymFilterTest {
    private static final List<String> PHRASES = List.of(
            "Machine learning and machine vision", "machine machine learning", "learning machine", "machine",
            "I like machine", "Natural Language Processing, natural language, natural", "traitement du langage naturel",
            "le traitement du langage", "K8s, JS and TypeScript (ts), py, Node and node.js", "go lang golang go",
            "Dev Ops / devops / dev", "Science des données et data science", "Amazon Web Services or Amazon web",
            "Google Cloud, google", "intelligence artificielle; IA; IA générative", "vision par ordinateur",
            "expérience utilisateur et interface utilisateur", "continuous integration continuous", "",
            "Postgres, PostgreSQL and psql", "user experience user interface user");

    @Test
    void sameTokensAsSynonymGraphFilter() throws IOException {
        List<String> texts = new ArrayList<>(PHRASES);
        JsonNode demo = new ObjectMapper().readTree(Path.of("data/demo.json").toFile());
        demo.get("students").forEach(s -> {
            texts.add(s.get("bio").asText(""));
            texts.add(String.join(", ", s.findValuesAsText("skills")));
            s.get("skills").forEach(skill -> texts.add(skill.asText()));
        });
        demo.get("startups").forEach(s -> s.get("openings").forEach(o -> {
            texts.add(o.get("title").asText());
            texts.add(o.path("description").asText(""));
            o.get("skills").forEach(skill -> texts.add(skill.asText()));
        }));
        SynonymMap reference = referenceMap();
        for (boolean french : new boolean[] {false, true}) {
            Analyzer mine = french ? TextAnalysis.FRENCH : TextAnalysis.ENGLISH;
            Analyzer lucenes = new TextAnalysis.LanguageAnalyzer(french, s -> new SynonymGraphFilter(s, reference, true));
            int multiWord = 0;
            for (String text : texts) {
                List<String> expected = tokens(lucenes, text);
                assertThat(tokens(mine, text)).as((french ? "fr: " : "en: ") + text).isEqualTo(expected);
                multiWord += (int) expected.stream().filter(t -> spansSeveralWords(t, text)).count();
            }
            assertThat(multiWord).as("multi-word variants replaced in the corpus").isGreaterThan(10);
        }
    }

    private static SynonymMap referenceMap() throws IOException {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        TextAnalysis.VARIANTS.forEach((canonical, variants) -> {
            for (String variant : variants) {
                CharsRefBuilder input = new CharsRefBuilder();
                SynonymMap.Builder.join(variant.split(" "), input);
                builder.add(input.get(), new CharsRef(canonical), false);
            }
        });
        return builder.build();
    }

    private static boolean spansSeveralWords(String token, String text) {
        String[] parts = token.split(" ");
        if (parts.length < 3) {
            return false;
        }
        String[] offsets = parts[1].split("-");
        return text.substring(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])).contains(" ");
    }

    /** Each token as "term start-end +increment/length". */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + increment.getPositionIncrement() + "/" + length.getPositionLength());
            }
            ts.end();
            out.add("end " + offset.endOffset());
        }
        return out;
    }
}
