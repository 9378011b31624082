package io.triad.people;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.matching.Amount;
import io.triad.matching.Failure;
import io.triad.matching.FundingCalculator;
import io.triad.matching.MatchResults.NearMiss;
import io.triad.people.PeopleViews.Miss;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Near misses that help: a miss every student of an opening shares (the opening's own terms) is said once, as an
 * action for the founder; per match, at most {@value #SHOWN} misses, the ones that would unlock the most first; misses
 * nobody on the page can act on (a region, a company fact, a long list) are counted, not listed.
 */
public final class NearMissAdvice {
    static final int SHOWN = 3;
    /** A rule with more allowed values than this is a list nobody reads through (29 countries). */
    private static final int LONG_LIST = 5;
    private static final Set<String> OUT_OF_REACH = Set.of("employer.regions", "student.regions", "employer.stages",
            "employer.minCompanyAgeYears", "employer.maxCompanyAgeYears", "employer.minHeadcount",
            "employer.maxHeadcount", "employer.mustBeIncorporated", "employer.forProfitOnly", "employer.sectors",
            "intake.opens", "intake.deadline", "capacity", "scope");

    /** One action for the opening: change a term of it to unlock a program for that many students. */
    public record Action(String program, String name, String text) {
    }

    /** A match's misses as shown: the most valuable few, and a sentence for the rest ("" when none). */
    public record Shown(List<Miss> misses, String rest) {
    }

    private final MoneyMessages m;
    private final NearMissWording wording;
    private final Locale locale;

    private NearMissAdvice(Locale locale) {
        this.m = MoneyWording.of(locale).m();
        this.wording = NearMissWording.of(locale);
        this.locale = locale;
    }

    public static NearMissAdvice of(Locale locale) {
        return new NearMissAdvice(locale);
    }

    /** The opening-term misses (placement rules) that every one of {@code matches} shares: (program, rule) → miss. */
    public static Map<String, NearMiss> shared(List<List<NearMiss>> matches) {
        Map<String, NearMiss> first = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (List<NearMiss> misses : matches) {
            misses.stream().filter(n -> n.failed().size() == 1 && n.failed().get(0).rule().startsWith("placement."))
                    .map(n -> Map.entry(id(n), n)).distinct().forEach(e -> {
                        first.putIfAbsent(e.getKey(), e.getValue());
                        count.merge(e.getKey(), 1, Integer::sum);
                    });
        }
        first.keySet().removeIf(k -> count.get(k) < matches.size());
        return matches.isEmpty() ? Map.of() : first;
    }

    private static String id(NearMiss n) {
        Failure f = n.failed().get(0);
        return n.program() + "|" + f.rule() + "|" + f.need();
    }

    /** The shared misses as actions, the one that would unlock the most first. */
    public List<Action> actions(Map<String, NearMiss> shared, Map<String, ProgramDoc> programs,
            OpeningDoc opening, String count) {
        return shared.values().stream().sorted(byValue(programs, opening)).map(n -> {
            ProgramDoc p = programs.get(n.program());
            String name = p == null ? n.program() : p.nameFor(locale);
            return new Action(n.program(), name, m.miss_action(change(n.failed().get(0)), name, count));
        }).toList();
    }

    /** What to change in the opening, as an instruction. */
    private String change(Failure f) {
        String need = wording.rule(f).need();
        Object bound = f.need().get(0);
        return switch (f.rule()) {
            case "placement.minWeeks" -> m.miss_min_weeks(String.valueOf(bound));
            case "placement.maxWeeks" -> m.miss_max_weeks(String.valueOf(bound));
            case "placement.minHoursPerWeek" -> m.miss_min_hours(java.text.NumberFormat.getNumberInstance(locale)
                    .format(bound));
            case "placement.earliestStart", "placement.latestStart" -> m.miss_start(need);
            default -> m.miss_change(NearMissWording.labels(locale).rule(f.rule()), need);
        };
    }

    /** A match's misses less the shared ones: the {@value #SHOWN} worth most, the rest counted in a sentence. */
    public Shown shown(List<NearMiss> misses, Map<String, NearMiss> shared, Map<String, ProgramDoc> programs,
            OpeningDoc opening) {
        List<NearMiss> own = misses.stream().filter(n -> n.failed().size() != 1 || !shared.containsKey(id(n))).toList();
        List<NearMiss> reachable = own.stream().filter(n -> n.failed().stream().noneMatch(NearMissAdvice::outOfReach))
                .sorted(byValue(programs, opening)).toList();
        List<NearMiss> listed = reachable.subList(0, Math.min(SHOWN, reachable.size()));
        int unreachable = own.size() - reachable.size();
        int more = reachable.size() - listed.size();
        List<String> parts = new ArrayList<>();
        if (more > 0) {
            parts.add(m.miss_more(String.valueOf(more)));
        }
        if (unreachable > 0) {
            parts.add(m.miss_out_of_reach(String.valueOf(unreachable)));
        }
        Map<String, String> names = new LinkedHashMap<>();
        programs.forEach((k, p) -> names.put(k, p.nameFor(locale)));
        return new Shown(PeopleViews.misses(listed, names, locale), String.join(" ", parts));
    }

    /** A count of students shown to a founder: "fewer than 5" below five (API.md Privacy). */
    public static String students(int n, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(locale);
        return n < 5 ? NearMissWording.labels(locale).miss_fewer_than(format.format(5)) : format.format(n);
    }

    static boolean outOfReach(Failure f) {
        return OUT_OF_REACH.contains(f.rule()) || f.need().size() > LONG_LIST;
    }

    /** Largest amount the program would pay for the opening first (the standard rate: nothing about the student). */
    private static Comparator<NearMiss> byValue(Map<String, ProgramDoc> programs, OpeningDoc opening) {
        return Comparator.comparing((NearMiss n) -> unlocks(programs.get(n.program()), opening),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(NearMiss::program);
    }

    static BigDecimal unlocks(ProgramDoc p, OpeningDoc opening) {
        if (p == null || p.funding() == null || opening == null) {
            return null;
        }
        Amount a = FundingCalculator.placementAmount(p.funding(), opening, false);
        return a == null ? p.funding().maxAmount() : a.value();
    }
}
