package io.triad.alert;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A saved alert: {@code PROGRAMS} (a directory search: q, region, kind, scope), {@code STUDENTS} (a founder's opening
 * and the lowest fit score, minScore), {@code OPENINGS} (openings that fit the student). {@code seen}: keys already
 * told (or there when the alert was saved), so each new match is told once.
 */
record Alert(UUID id, long account, String kind, String name, Map<String, String> query, boolean paused,
        List<String> seen) {
    public String q(String field) {
        String value = query.get(field);
        return value == null ? "" : value;
    }
}
