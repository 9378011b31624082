package io.triad.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of the engine kept for the generation they were computed in ({@link MatchEngine#generation()}): a page
 * asked by a crowd is computed once per change, not once per request. Every change to the engine starts a new
 * generation, which drops all kept answers, so nothing stale is ever served. The key must hold everything the answer
 * depends on besides the engine (the date, the viewer's privileges, the student's document...); who may ask is
 * checked before, by the caller. At most {@code max} answers are kept; past that the lot is dropped.
 */
public final class KeptAnswers<K, V> {
    private final int max;
    private final Map<K, V> kept = new ConcurrentHashMap<>();
    private volatile Generation current;

    public KeptAnswers(int max) {
        this.max = max;
    }

    /**
     * The answer for {@code key}: kept if the engine's generation ({@code engine}, e.g. {@code engine::generation}) is
     * the same before and after computing it (a change meanwhile leaves it uncached).
     */
    public V get(Supplier<Generation> engine, K key, Supplier<V> compute) {
        Generation generation = engine.get();
        if (generation.isAfter(current)) {
            synchronized (this) {
                if (generation.isAfter(current)) {
                    kept.clear();
                    current = generation;
                }
            }
        }
        if (!generation.equals(current)) {
            return compute.get();
        }
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        V answer = compute.get();
        if (!generation.equals(engine.get())) {
            return answer;
        }
        synchronized (this) {
            if (generation.equals(current)) {
                if (kept.size() >= max) {
                    kept.clear();
                }
                kept.put(key, answer);
            }
        }
        return answer;
    }
}
