package io.triad.program.directory;

import io.triad.web.RegionNames;
import io.triad.program.ProgramDirectory;

import io.triad.domain.ProgramKind;
import io.triad.domain.Scope;
import io.triad.program.ProgramMessages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The directory's query parameters as typed, and their reading into a search (errors per field, never thrown). */
record DirectoryFilters(String q, String region, String kind, String scope, String openOn, String page, String size) {
    static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 1000;

    record Parsed(ProgramDirectory.Query query, int page, int size, Map<String, String> errors) {
    }

    DirectoryFilters {
        q = q == null ? "" : q;
        region = region == null ? "" : region.trim();
        kind = kind == null ? "" : kind.trim();
        scope = scope == null ? "" : scope.trim();
        openOn = openOn == null ? "" : openOn.trim();
        page = page == null ? "" : page.trim();
        size = size == null ? "" : size.trim();
    }

    Parsed parse(ProgramMessages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        ProgramKind k = constant(kind, ProgramKind.class);
        if (k == null && !kind.isEmpty()) {
            errors.put("kind", m.err_choice());
        }
        Scope s = constant(scope, Scope.class);
        if (s == null && !scope.isEmpty()) {
            errors.put("scope", m.err_choice());
        }
        LocalDate day = date(openOn);
        if (day == null && !openOn.isEmpty()) {
            errors.put("openOn", m.err_date());
        }
        int perPage = number(size, DEFAULT_SIZE, MAX_SIZE);
        if (perPage < 0) {
            errors.put("size", m.dir_err_size());
            perPage = DEFAULT_SIZE;
        }
        int pageNumber = number(page, 1, Integer.MAX_VALUE / MAX_SIZE);
        if (pageNumber < 0) {
            errors.put("page", m.dir_err_page());
            pageNumber = 1;
        }
        // "Ontario" typed in the region field, or as the whole search, finds the programs of Ontario (CA-ON)
        String code = region.isEmpty() ? RegionNames.code(q).filter(c -> !q.isBlank() && isName(q)).orElse(null)
                : RegionNames.codeOrAsTyped(region).toUpperCase(Locale.ROOT);
        String text = region.isEmpty() && code != null ? null : q.isBlank() ? null : q;
        ProgramDirectory.Query query = new ProgramDirectory.Query(text, code, k, s, day);
        return new Parsed(query, pageNumber, perPage, errors);
    }

    /** A word or words, not a code: "ontario" names a region; "ON" or "ca" in a search stays a search. */
    private static boolean isName(String typed) {
        return typed.trim().length() > 3;
    }

    /** The directory address with these filters on page {@code n} (from 1). */
    String link(int n) {
        StringJoiner params = new StringJoiner("&", "/programs?", "");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("region", region);
        values.put("kind", kind);
        values.put("scope", scope);
        values.put("openOn", openOn);
        values.put("size", size);
        values.forEach((name, value) -> {
            if (!value.isBlank()) {
                params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        params.add("page=" + n);
        return params.toString();
    }

    public boolean filtered() {
        return !(q.isBlank() && region.isEmpty() && kind.isEmpty() && scope.isEmpty() && openOn.isEmpty());
    }

    private static <E extends Enum<E>> E constant(String raw, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(raw)).findFirst().orElse(null);
    }

    private static LocalDate date(String raw) {
        return raw.isEmpty() ? null : io.triad.web.Params.isoDate(raw);
    }

    /** The number, the default when blank, or -1 when it is not a whole number from 1 to {@code max}. */
    private static int number(String raw, int defaultValue, int max) {
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw);
            return value >= 1 && value <= max ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
