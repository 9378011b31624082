package io.triad.web;

import io.quarkus.qute.RawString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A page put together from markup rendered for this view and markup kept as UTF-8 bytes (rendered once, shown on many
 * views): the kept parts are copied, never encoded again. Pages hold characters beyond Latin-1 (typographic quotes,
 * accents), so the JDK encodes their text one character at a time: under load, encoding an opening's ranked students
 * on every view took a third of the page's CPU, almost all of it for the kept cards. {@link HtmlBytes} writes it.
 */
public final class SplicedPage {
    /** Where a template puts the kept parts: a comment no value can hold, since values escape {@code <}. */
    public static final RawString MARK = new RawString("<!--triad:kept-parts-->");

    private final byte[] utf8;

    private SplicedPage(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** The page made of {@code parts}, in their order. */
    public static SplicedPage of(List<byte[]> parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] utf8 = new byte[length];
        int end = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, utf8, end, part.length);
            end += part.length;
        }
        return new SplicedPage(utf8);
    }

    /**
     * Markup to keep, cut at each of {@code marks}: the pieces before, between and after them, or the markup alone
     * when it holds none of them. Each mark must appear once, in the order given, or not at all.
     */
    public static List<byte[]> kept(String html, RawString... marks) {
        if (Arrays.stream(marks).noneMatch(mark -> html.contains(mark.getValue()))) {
            return List.of(kept(html));
        }
        List<byte[]> pieces = new ArrayList<>(marks.length + 1);
        int from = 0;
        for (RawString mark : marks) {
            int at = html.indexOf(mark.getValue(), from);
            if (at < 0 || html.indexOf(mark.getValue(), at + 1) >= 0) {
                throw new IllegalStateException("Kept markup holds a mark twice, out of order or not at all");
            }
            pieces.add(kept(html.substring(from, at)));
            from = at + mark.getValue().length();
        }
        pieces.add(kept(html.substring(from)));
        return pieces;
    }

    /** Markup to keep, as the page will send it. */
    public static byte[] kept(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    byte[] utf8() {
        return utf8;
    }
}
