package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.qute.RawString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplicedPageTest {

    /** A page cut at its mark, as a kept layout is ({@link KeptFrames}), the kept parts in the mark's place. */
    private static byte[] spliced(String page, List<byte[]> kept) {
        List<byte[]> around = SplicedPage.kept(page, SplicedPage.MARK);
        List<byte[]> parts = new ArrayList<>(List.of(around.get(0)));
        parts.addAll(kept);
        parts.add(around.get(1));
        return SplicedPage.of(parts).utf8();
    }

    @Test
    void sendsThePageWithTheKeptPartsInPlaceOfItsMarkAsUtf8() {
        String page = "<h1>Étudiants classés</h1><ol>" + SplicedPage.MARK + "</ol><p>“fin” — 100 %</p>";
        List<byte[]> kept = List.of(SplicedPage.kept("<li>Zoë ’s card</li>"), SplicedPage.kept(""),
                SplicedPage.kept("<li>Ana 😀</li>"));

        byte[] sent = spliced(page, kept);

        assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo(
                "<h1>Étudiants classés</h1><ol><li>Zoë ’s card</li><li>Ana 😀</li></ol><p>“fin” — 100 %</p>");
        String whole = page.replace(SplicedPage.MARK.getValue(), "<li>Zoë ’s card</li><li>Ana 😀</li>");
        assertThat(sent).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMarkAtEitherEndLeavesNothingBehind() {
        assertThat(spliced(SplicedPage.MARK.getValue(), List.of(SplicedPage.kept("é"))))
                .isEqualTo("é".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAPageWithItsMarkTwice() {
        String twice = SplicedPage.MARK.getValue() + "<p>x</p>" + SplicedPage.MARK.getValue();
        assertThatThrownBy(() -> SplicedPage.kept(twice, SplicedPage.MARK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    private static final RawString TOKEN = new RawString("<!--token-->");

    @Test
    void keptMarkupIsCutAtItsMarksInOrder() {
        List<byte[]> pieces = SplicedPage.kept("<form>" + TOKEN + "</form><ol>" + SplicedPage.MARK + "</ol>é", TOKEN,
                SplicedPage.MARK);
        assertThat(pieces).extracting(p -> new String(p, StandardCharsets.UTF_8))
                .containsExactly("<form>", "</form><ol>", "</ol>é");
        assertThat(SplicedPage.kept(TOKEN.getValue() + SplicedPage.MARK, TOKEN, SplicedPage.MARK))
                .extracting(p -> p.length).containsExactly(0, 0, 0);
    }

    @Test
    void keptMarkupWithoutItsMarksIsOnePiece() {
        assertThat(SplicedPage.kept("<p>Aucun étudiant</p>", TOKEN, SplicedPage.MARK))
                .extracting(p -> new String(p, StandardCharsets.UTF_8)).containsExactly("<p>Aucun étudiant</p>");
    }

    @Test
    void refusesKeptMarkupWithAMarkMissingTwiceOrOutOfOrder() {
        for (String html : List.of("<p>" + TOKEN + "</p>", SplicedPage.MARK + "<p>" + TOKEN,
                TOKEN + "<p>" + TOKEN + SplicedPage.MARK, TOKEN + "<p>" + SplicedPage.MARK + SplicedPage.MARK)) {
            assertThatThrownBy(() -> SplicedPage.kept(html, TOKEN, SplicedPage.MARK))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
