package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The directory's safe search parser: what people type means what it meant; Lucene's other syntax is refused. */
class SearchTextTest {

    /** What the directory used before: Lucene's classic parser over both language fields. */
    private static Query classic(String text) throws ParseException {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {TextAnalysis.TEXT_EN, TextAnalysis.TEXT_FR}, TextAnalysis.PER_FIELD);
        parser.setDefaultOperator(MultiFieldQueryParser.Operator.OR);
        return parser.parse(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"robot", "robot arm", "machine learning", "+stages +etudiant", "python -java",
        "\"machine learning\"", "ai OR ml", "ai AND ml", "robot AND (python OR java)", "NOT java", "robot NOT java",
        "co-op", "e-commerce grants", "C++ developer", "R&D", "robo*", "the", "the robot", "Québec stagiaires",
        "étudiants", "a b c d", "a b AND c", "a AND b c", "(robot)", "((robot arm))", "grant !loan", "a + b", "a - b",
        "a && b", "a || b", "x NOT y z", "\"quoted phrase\" word", "word \"quoted phrase\"", "+\"exact phrase\"",
        "-(a b)", "50% wage", "k8s", "node.js developer", "data science", "apprentissage automatique", "C#",
        "wage subsidy 2027", "Women in STEM", "summer_job", "l'entreprise", "company's grants", "robot*  arm",
        "(python OR java) AND robot", "a OR b OR c", "+a b -c", "AI", "ANDROID app", "ORacle", "NOTebook",
        "  spaced   out  ", "中文 搜索", "😀 robot", "a&&b", "-a", "!a"})
    @DisplayName("ASVS V1.2.4: ordinary search text gives the query the classic parser gave")
    void ordinarySearchTextMeansWhatItMeantBefore(String text) throws ParseException {
        assertThat(SearchText.read(text)).isEqualTo(classic(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/[a-z]+.*/", "/(a|b)*c{1,1000}/", "*foo", "?oo", "*", "*:*", "foo~", "foo~2", "roam~0.8",
        "\"jakarta apache\"~10", "foo^4", "(foo bar)^2", "[a TO z]", "{a TO z}", "[* TO *]", "text_en:robot", "id:x",
        "key:swpp", "a:b:c", "\"unbalanced", "(unbalanced", "unbalanced)", "((a)", "a AND", "OR", "OR b", "a AND OR b",
        "NOT", "+", "-", "!", "foo\\", "\\(", "a\\:b", "ro*ot", "ro?ot", "*obot", "f*", "a* b*", "foo:\"bar\"",
        "title:[a TO", "robot /unclosed", "x\u0000y", "x\u202Ey", "x\uFFFDy", "x\uD800y"})
    @DisplayName("ASVS V1.2.4, V2.2.1: regular expressions, wildcards at the start, fuzzy, boosts, ranges, fields, "
            + "escapes, unbalanced text and forbidden code points are refused")
    void luceneSyntaxTheDirectoryDoesNotSupportIsRefused(String text) {
        assertThatThrownBy(() -> SearchText.read(text)).isInstanceOf(QuerySyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {33, 200})
    @DisplayName("ASVS V2.2.1: more words than a search needs are refused, however they are joined")
    void tooManyWordsAreRefused(int words) {
        String text = String.join(" OR ", java.util.Collections.nCopies(words, "a")).substring(0,
                Math.min(499, words * 5 - 4));
        assertThatThrownBy(() -> SearchText.read(text)).isInstanceOf(QuerySyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 60})
    @DisplayName("ASVS V2.2.1: parentheses nested deeper than a search needs are refused")
    void deepNestingIsRefused(int depth) {
        assertThatThrownBy(() -> SearchText.read("(".repeat(depth) + "a" + ")".repeat(depth)))
                .isInstanceOf(QuerySyntaxException.class);
    }

    @DisplayName("ASVS V2.2.1: text longer than 500 characters, or one word that analysis splits into more terms "
            + "than a query may hold, is refused")
    @org.junit.jupiter.api.Test
    void oversizedSearchTextIsRefused() {
        assertThatThrownBy(() -> SearchText.read("w".repeat(501))).isInstanceOf(QuerySyntaxException.class);
        String oneWord = String.join("-", java.util.Collections.nCopies(150, "ab"));
        assertThatThrownBy(() -> SearchText.read(oneWord)).isInstanceOf(QuerySyntaxException.class);
        assertThat(SearchText.read(String.join(" ", List.of("a", "b", "c")))).isNotNull();
    }
}
