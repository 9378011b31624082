package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplicedPageTest {

    @Test
    void sendsThePageWithTheKeptPartsInPlaceOfItsMarkAsUtf8() {
        String page = "<h1>Étudiants classés</h1><ol>" + SplicedPage.MARK + "</ol><p>“fin” — 100 %</p>";
        List<byte[]> kept = List.of(SplicedPage.kept("<li>Zoë ’s card</li>"), SplicedPage.kept(""),
                SplicedPage.kept("<li>Ana 😀</li>"));

        byte[] sent = SplicedPage.of(page, kept).utf8();

        assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo(
                "<h1>Étudiants classés</h1><ol><li>Zoë ’s card</li><li>Ana 😀</li></ol><p>“fin” — 100 %</p>");
        String whole = page.replace(SplicedPage.MARK.getValue(), "<li>Zoë ’s card</li><li>Ana 😀</li>");
        assertThat(sent).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMarkAtEitherEndLeavesNothingBehind() {
        assertThat(SplicedPage.of(SplicedPage.MARK.getValue(), List.of(SplicedPage.kept("é"))).utf8())
                .isEqualTo("é".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageThatDoesNotShowTheKeptPartsLeavesItsMarkOut() {
        assertThat(SplicedPage.of("<p>Aucun étudiant</p>", List.of(SplicedPage.kept("<ol></ol>"))).utf8())
                .isEqualTo("<p>Aucun étudiant</p>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAPageWithItsMarkTwice() {
        String twice = SplicedPage.MARK.getValue() + "<p>x</p>" + SplicedPage.MARK.getValue();
        assertThatThrownBy(() -> SplicedPage.of(twice, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }
}
