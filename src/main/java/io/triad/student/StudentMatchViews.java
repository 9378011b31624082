package io.triad.student;

import io.triad.matching.Amount;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.startup.OpeningEntity;
import io.triad.startup.StartupEntity;
import io.triad.people.PeopleViews;
import io.triad.people.PeopleViews.Funding;
import io.triad.people.PeopleViews.Miss;
import io.triad.people.PeopleViews.Reason;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The openings a student fits, as the student's matches page shows them. */
public final class StudentMatchViews {
    private StudentMatchViews() {
    }

    public record OpeningCard(int rank, String key, String title, String startup, String place, String start,
            int weeks, String hours, String wage, String workMode, String score, List<String> skills,
            List<Reason> reasons, List<Funding> funding, List<Miss> misses) {
    }

    static List<OpeningCard> cards(List<OpeningForStudent> items, Locale locale) {
        Map<String, OpeningEntity> openings = new HashMap<>();
        Map<String, StartupEntity> startups = new HashMap<>();
        List<String> openingKeys = items.stream().map(OpeningForStudent::opening).toList();
        List<String> startupKeys = items.stream().map(OpeningForStudent::startup).distinct().toList();
        if (!items.isEmpty()) {
            OpeningEntity.<OpeningEntity>list("key in ?1", openingKeys).forEach(o -> openings.put(o.key, o));
            StartupEntity.<StartupEntity>list("key in ?1", startupKeys).forEach(s -> startups.put(s.key, s));
        }
        Map<String, String> programs = PeopleViews.programNames(items.stream()
                .flatMap(m -> Stream.concat(m.programs().stream().map(f -> f.program()),
                        m.nearMisses().stream().map(n -> n.program())))
                .distinct().toList());
        return IntStream.range(0, items.size())
                .mapToObj(i -> card(i + 1, items.get(i), openings.get(items.get(i).opening()),
                        startups.get(items.get(i).startup()), programs, locale))
                .toList();
    }

    private static OpeningCard card(int rank, OpeningForStudent m, OpeningEntity o, StartupEntity s,
            Map<String, String> programs, Locale locale) {
        String place = s == null ? "" : (s.doc.city() == null ? "" : s.doc.city() + ", ") + s.doc.region();
        return new OpeningCard(rank, m.opening(), o == null ? m.opening() : o.doc.title(),
                s == null ? m.startup() : s.name, place,
                o == null ? "" : PeopleViews.date(o.doc.startDate(), locale), o == null ? 0 : o.doc.weeks(),
                o == null ? "" : NumberFormat.getNumberInstance(locale).format(o.doc.hoursPerWeek()),
                o == null ? "" : PeopleViews.money(new Amount(o.doc.hourlyWage(), "CAD"), locale),
                o == null ? "" : PeopleViews.name(o.doc.workMode()), PeopleViews.decimal(m.score(), locale),
                m.matchedSkills(), PeopleViews.reasons(m.reasons()), PeopleViews.funding(m.programs(), programs, locale),
                PeopleViews.misses(m.nearMisses(), programs, locale));
    }
}
