package io.triad.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * English and French analysis shared by indexing and querying. Synonyms rewrite every variant to one
 * canonical token ("k8s" and "kubernetes" both become "kubernetes", "machine learning" becomes "ml"),
 * so the same analyzer serves both sides without query-time graph expansion.
 */
public final class TextAnalysis {
    /** Canonical token, then the variants (single words or phrases) that mean it. */
    private static final String[][] SYNONYMS = {
            {"javascript", "js", "ecmascript"},
            {"typescript", "ts"},
            {"kubernetes", "k8s"},
            {"postgresql", "postgres", "psql"},
            {"ml", "machine learning", "apprentissage automatique"},
            {"ai", "artificial intelligence", "intelligence artificielle", "ia"},
            {"nlp", "natural language processing", "traitement du langage naturel"},
            {"cv", "computer vision", "vision par ordinateur"},
            {"python", "py"},
            {"react", "reactjs"},
            {"nodejs", "node"},
            {"golang", "go lang"},
            {"aws", "amazon web services"},
            {"gcp", "google cloud"},
            {"ux", "user experience", "expérience utilisateur"},
            {"ui", "user interface", "interface utilisateur"},
            {"ci", "continuous integration", "intégration continue"},
            {"datascience", "data science", "science des données"},
            {"devops", "dev ops"},
    };

    /** Canonical token to its variants, from {@link #SYNONYMS}. */
    static final Map<String, List<String>> VARIANTS = variants();
    private static final CharArrayMap<List<CanonicalSynonymFilter.Variant>> VARIANTS_BY_FIRST_WORD =
            CanonicalSynonymFilter.index(VARIANTS);

    public static final Analyzer ENGLISH = new LanguageAnalyzer(false, TextAnalysis::canonicalise);
    public static final Analyzer FRENCH = new LanguageAnalyzer(true, TextAnalysis::canonicalise);
    public static final String TEXT_EN = "text_en";
    public static final String TEXT_FR = "text_fr";
    /** Index and query analyzer: French for {@link #TEXT_FR}, English for every other field. */
    public static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(ENGLISH, Map.of(TEXT_FR, FRENCH));

    /** Skills repeat across many students: analyse each spelling once. */
    private static final Map<String, String> CANONICAL_SKILLS = new java.util.concurrent.ConcurrentHashMap<>();

    private TextAnalysis() {
    }

    public static Analyzer forLanguage(String language) {
        return "fr".equals(language) ? FRENCH : ENGLISH;
    }

    /** The analysed tokens of {@code text}, in order, without duplicates. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    /**
     * A skill's canonical form: its English tokens joined by spaces, so "JS", "javascript" and
     * "JavaScript" agree, as do "Machine Learning" and "ML", or "databases" and "database".
     */
    public static String canonicalSkill(String skill) {
        String known = CANONICAL_SKILLS.get(skill);
        if (known != null) {
            return known;
        }
        String canonical = String.join(" ", tokens(ENGLISH, "skill", skill));
        if (CANONICAL_SKILLS.size() < 100_000) {
            CANONICAL_SKILLS.put(skill, canonical);
        }
        return canonical;
    }

    private static Map<String, List<String>> variants() {
        Map<String, List<String>> variants = new java.util.LinkedHashMap<>();
        for (String[] row : SYNONYMS) {
            variants.put(row[0], List.of(Arrays.copyOfRange(row, 1, row.length)));
        }
        return java.util.Collections.unmodifiableMap(variants);
    }

    private static TokenStream canonicalise(TokenStream lowerCase) {
        return new CanonicalSynonymFilter(lowerCase, VARIANTS_BY_FIRST_WORD);
    }

    /** The English or French chain; {@code synonyms} replaces variants by canonical tokens in lower-cased text. */
    static final class LanguageAnalyzer extends Analyzer {
        private final boolean french;
        private final java.util.function.UnaryOperator<TokenStream> synonyms;

        LanguageAnalyzer(boolean french, java.util.function.UnaryOperator<TokenStream> synonyms) {
            this.french = french;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = source;
            if (french) {
                stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            } else {
                stream = new EnglishPossessiveFilter(stream);
            }
            stream = new LowerCaseFilter(stream);
            // Every variant becomes one canonical token and no original is kept, so the stream stays a plain
            // sequence (no graph to flatten before indexing).
            stream = synonyms.apply(stream);
            if (french) {
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new FrenchLightStemFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
            } else {
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }
    }
}
