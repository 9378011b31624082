package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import io.triad.matching.Catalog.Located;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The openings of one catalog epoch as arrays indexed by an ordinal, in key order: what a student's matches test
 * and score for every opening, so that their loop is primitive work (no objects, sets or streams per opening), and a
 * tie on score, broken by key, is broken by ordinal. Rules and values are encoded once per epoch as bits and ids.
 */
final class OpeningColumns {
    /** The bit of an absent value: set in an unrestricted rule's mask only, as such a rule lets it pass. */
    private static final int ABSENT = 1 << 30;
    private static final int ANY = -1;
    private static final int REMOTE = WorkMode.REMOTE.ordinal();

    private final Located[] located;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, Integer> skillIds = new HashMap<>();
    /** Regions and countries share one dictionary: a country is compared with countries only. */
    private final Map<String, Integer> placeIds = new HashMap<>();
    private final int[] startDay;
    private final int[] lastDay;
    private final int[] levels;
    private final int[] fields;
    private final int[] workMode;
    private final int[] region;
    private final int[] country;
    private final int[] sectors;
    /** The opening's analysed skills are {@code skills[skillStart[i]]} to {@code skills[skillStart[i + 1] - 1]}. */
    private final int[] skillStart;
    private final int[] skills;

    OpeningColumns(Collection<Located> openings) {
        located = openings.toArray(Located[]::new);
        Arrays.sort(located, Comparator.comparing(l -> l.opening().key()));
        int n = located.length;
        startDay = new int[n];
        lastDay = new int[n];
        levels = new int[n];
        fields = new int[n];
        workMode = new int[n];
        region = new int[n];
        country = new int[n];
        sectors = new int[n];
        skillStart = new int[n + 1];
        skills = new int[Arrays.stream(located).mapToInt(l -> l.skills().size()).sum()];
        for (int i = 0; i < n; i++) {
            fill(i, located[i]);
        }
    }

    private void fill(int i, Located at) {
        OpeningDoc o = at.opening();
        StartupDoc s = at.startup();
        ordinals.put(o.key(), i);
        startDay[i] = (int) o.startDate().toEpochDay();
        lastDay[i] = (int) o.lastDay().toEpochDay();
        levels[i] = RuleCheck.restricts(o.levels()) ? bits(o.levels()) : ANY;
        fields[i] = RuleCheck.restricts(o.fields()) ? bits(o.fields()) : ANY;
        workMode[i] = o.workMode().ordinal();
        region[i] = id(placeIds, s.region());
        country[i] = id(placeIds, Scoring.country(s.region()));
        sectors[i] = bits(s.sectors());
        int next = skillStart[i];
        for (String skill : at.skills()) {
            skills[next++] = id(skillIds, skill);
        }
        skillStart[i + 1] = next;
    }

    private static int id(Map<String, Integer> ids, String value) {
        return ids.computeIfAbsent(value, v -> ids.size());
    }

    private static int bits(List<? extends Enum<?>> values) {
        int bits = 0;
        for (Enum<?> v : values) {
            bits |= bit(v);
        }
        return bits;
    }

    private static int bit(Enum<?> value) {
        return value == null ? ABSENT : 1 << value.ordinal();
    }

    int size() {
        return located.length;
    }

    Located at(int ordinal) {
        return located[ordinal];
    }

    /** The ordinal of the opening of this key, or -1. */
    int ordinal(String key) {
        return ordinals.getOrDefault(key, -1);
    }

    /** One student's side of the rules and the score, encoded for these columns. */
    Student student(StudentDoc t, LocalDate asOf) {
        return new Student(t, asOf);
    }

    final class Student {
        private final int asOfDay;
        /** Never fits when absent: an available date is required. */
        private final int fromDay;
        private final int untilDay;
        private final int level;
        private final int field;
        private final int workModes;
        private final float workModeFit;
        private final int region;
        private final int country;
        private final int interests;
        private final boolean[] has = new boolean[skillIds.size()];

        private Student(StudentDoc t, LocalDate asOf) {
            asOfDay = (int) asOf.toEpochDay();
            fromDay = t.availableFrom() == null ? Integer.MAX_VALUE : (int) t.availableFrom().toEpochDay();
            untilDay = t.availableUntil() == null ? Integer.MAX_VALUE : (int) t.availableUntil().toEpochDay();
            level = bit(t.level());
            field = bit(t.field());
            boolean anyWorkMode = t.workModes().isEmpty();
            workModes = anyWorkMode ? ANY : bits(t.workModes());
            // an opening that fits has one of the modes listed, if any is
            workModeFit = anyWorkMode ? 0.5f : 1f;
            region = placeIds.getOrDefault(t.region(), -1);
            country = placeIds.getOrDefault(Scoring.country(t.region()), -1);
            interests = bits(t.interests());
            for (String skill : Scoring.canonicalSkills(t.skills())) {
                Integer id = skillIds.get(skill);
                if (id != null) {
                    has[id] = true;
                }
            }
        }

        /** Whether the opening has not started and the opening-fit rules ({@link OpeningFitCheck}) pass. */
        boolean fits(int i) {
            return startDay[i] >= asOfDay && (levels[i] & level) != 0 && (fields[i] & field) != 0
                    && fromDay <= startDay[i] && lastDay[i] <= untilDay && (workModes & 1 << workMode[i]) != 0;
        }

        /** {@link Scoring#score} of an opening that {@link #fits}, with this share of the text's maximum. */
        float score(int i, double textFraction) {
            int matched = 0;
            for (int k = skillStart[i]; k < skillStart[i + 1]; k++) {
                if (has[skills[k]]) {
                    matched++;
                }
            }
            float regionFit = workMode[i] == REMOTE || region == OpeningColumns.this.region[i] ? 1f
                    : country == OpeningColumns.this.country[i] ? 0.5f : 0f;
            return Scoring.score(matched, skillStart[i + 1] - skillStart[i], textFraction, regionFit, workModeFit,
                    (sectors[i] & interests) != 0);
        }
    }
}
