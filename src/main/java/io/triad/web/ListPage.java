package io.triad.web;

import java.util.List;

/** The list shape of API.md: {@code items} after paging, {@code total} before it. */
public record ListPage<T>(List<T> items, long total) {
    public static <T> ListPage<T> of(List<T> all, int from, int count) {
        int start = Math.min(from, all.size());
        return new ListPage<>(all.subList(start, Math.min(all.size(), start + count)), all.size());
    }
}
