package io.triad.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which code points text may hold. */
class CharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001b", "\t", "\n", "\r", "\u007f", "\u0085", "\u009f", "\ud800",
        "\udfff", "\ufffd", "\ufffe", "\uffff", "\ufdd0", "\ufeff", "\u202a", "\u202e", "\u2066", "\u2069", "\u2028",
        "\ud83f\udffe"})
    @DisplayName("ASVS V2.2.1: controls, lone surrogates, non-characters, the replacement character, the byte-order mark "
            + "and bidirectional overrides are forbidden in one-line text, wherever they are")
    void forbiddenInOneLine(String bad) {
        assertThat(Characters.firstForbidden(bad, false)).isZero();
        assertThat(Characters.firstForbidden("ab" + bad + "cd", false)).isEqualTo(2);
        assertThat(Characters.clean("name" + bad)).isFalse();
    }

    @Test
    @DisplayName("ASVS V2.2.1: text of several lines keeps tab, line feed and carriage return, and nothing else")
    void linesAllowTabsAndLineBreaks() {
        assertThat(Characters.firstForbidden("one\r\ntwo\tthree\u2028four", true)).isEqualTo(-1);
        assertThat(Characters.firstForbidden("one\u0000", true)).isEqualTo(3);
    }

    @Test
    @DisplayName("Letters of every script, emoji, accents and joiners are ordinary text")
    void ordinaryTextIsClean() {
        assertThat(Characters.clean("Zoë Okafor-Lévesque 北京 العربية עברית 😀 👩‍💻 Straße ＡＢＣ \u200e")).isTrue();
    }

    @Test
    @DisplayName("ASVS V1.2.1: a caller's text shown back is printable and short")
    void printableReplacesAndShortens() {
        assertThat(Characters.printable("a\u0000b\u202ec", 10)).isEqualTo("a\ufffdb\ufffdc");
        assertThat(Characters.printable("x".repeat(100), 5)).isEqualTo("xxxxx…");
        assertThat(Characters.name("a\u0000", 1)).isEqualTo("U+0000");
    }
}
