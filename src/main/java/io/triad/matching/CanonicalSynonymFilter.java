package io.triad.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Replaces each variant of a synonym table (one word or several) by its canonical token. Every variant maps to one
 * token and no original is kept, so the output stays a plain sequence; a hash lookup per token, and a short
 * look-ahead only after a word that starts a variant, do what SynonymGraphFilter does by walking an FST for every
 * token, at a fraction of the cost (it was a quarter of a full reindex). A replaced variant keeps the first word's
 * position and spans its words' offsets, as SynonymGraphFilter emits it.
 */
final class CanonicalSynonymFilter extends TokenFilter {
    /** A variant's words (lower case) and the canonical token it becomes. */
    record Variant(String[] words, String canonical) {
    }

    /** Variants by their first word, longest first; build once with {@link #index}. */
    private final CharArrayMap<List<Variant>> byFirstWord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    /** Tokens read ahead and not emitted yet, with their words. */
    private final List<State> ahead = new ArrayList<>();
    private final List<String> aheadWords = new ArrayList<>();
    private boolean inputDone;

    CanonicalSynonymFilter(TokenStream input, CharArrayMap<List<Variant>> byFirstWord) {
        super(input);
        this.byFirstWord = byFirstWord;
    }

    /** The table as this filter reads it: canonical token to its variants (words separated by spaces). */
    static CharArrayMap<List<Variant>> index(Map<String, List<String>> variantsByCanonical) {
        CharArrayMap<List<Variant>> map = new CharArrayMap<>(64, false);
        variantsByCanonical.forEach((canonical, variants) -> {
            for (String variant : variants) {
                String[] words = variant.split(" ");
                List<Variant> list = map.get(words[0]);
                if (list == null) {
                    list = new ArrayList<>();
                    map.put(words[0], list);
                }
                list.add(new Variant(words, canonical));
                list.sort(Comparator.comparingInt((Variant v) -> v.words().length).reversed());
            }
        });
        return CharArrayMap.unmodifiableMap(map);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!ahead.isEmpty()) {
            restoreState(ahead.remove(0));
            aheadWords.remove(0);
        } else if (inputDone || !input.incrementToken()) {
            inputDone = true;
            return false;
        }
        List<Variant> candidates = byFirstWord.get(term.buffer(), 0, term.length());
        if (candidates == null) {
            return true;
        }
        State first = captureState();
        for (Variant v : candidates) {
            if (followedBy(v)) {
                int rest = v.words().length - 1;
                int endOffset = offset.endOffset();
                if (rest > 0) {
                    restoreState(ahead.get(rest - 1));
                    endOffset = offset.endOffset();
                    ahead.subList(0, rest).clear();
                    aheadWords.subList(0, rest).clear();
                }
                restoreState(first);
                term.setEmpty().append(v.canonical());
                offset.setOffset(offset.startOffset(), endOffset);
                return true;
            }
            restoreState(first);
        }
        return true;
    }

    /** Whether the tokens after the current one are the variant's other words (reading ahead as needed). */
    private boolean followedBy(Variant v) throws IOException {
        for (int i = 1; i < v.words().length; i++) {
            while (aheadWords.size() < i && !inputDone) {
                if (input.incrementToken()) {
                    ahead.add(captureState());
                    aheadWords.add(term.toString());
                } else {
                    inputDone = true;
                }
            }
            if (aheadWords.size() < i || !aheadWords.get(i - 1).equals(v.words()[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        ahead.clear();
        aheadWords.clear();
        inputDone = false;
    }
}
