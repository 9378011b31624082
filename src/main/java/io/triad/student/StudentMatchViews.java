package io.triad.student;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.matching.Amount;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.domain.ProgramDoc;
import io.triad.people.MoneyWording;
import io.triad.people.NearMissAdvice;
import io.triad.people.PeopleViews;
import io.triad.people.PeopleViews.Funding;
import io.triad.people.PeopleViews.Miss;
import io.triad.matching.Reason;
import io.triad.student.StudentProfile.OwnMatches;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** The openings a student fits, as the student's matches page shows them. */
public final class StudentMatchViews {
    private StudentMatchViews() {
    }

    public record OpeningCard(int rank, String key, String title, String startup, String place, String start,
            int weeks, String hours, String wage, String workMode, String score, List<String> skills,
            List<Reason> reasons, List<Funding> funding, List<Miss> misses, MoneyWording.Money money,
            String missesRest) {
    }

    static List<OpeningCard> cards(OwnMatches matches, Locale locale) {
        List<OpeningForStudent> items = matches.page().items();
        return IntStream.range(0, items.size())
                .mapToObj(i -> card(i + 1, items.get(i), matches.openings().get(items.get(i).opening()),
                        matches.startups().get(items.get(i).startup()), matches.programs(), locale))
                .toList();
    }

    private static OpeningCard card(int rank, OpeningForStudent m, OpeningDoc o, StartupDoc s,
            Map<String, ProgramDoc> programs, Locale locale) {
        String place = s == null ? "" : (s.city() == null ? "" : s.city() + ", ") + io.triad.web.RegionNames.name(s.region(), locale);
        Map<String, String> names = new HashMap<>();
        programs.forEach((k, p) -> names.put(k, p.nameFor(locale)));
        MoneyWording money = MoneyWording.of(locale);
        NearMissAdvice.Shown misses = NearMissAdvice.of(locale).shown(m.nearMisses(), Map.of(), programs, o);
        return new OpeningCard(rank, m.opening(), o == null ? m.opening() : o.title(),
                s == null ? m.startup() : s.name(), place,
                o == null ? "" : PeopleViews.date(o.startDate(), locale), o == null ? 0 : o.weeks(),
                o == null ? "" : NumberFormat.getNumberInstance(locale).format(o.hoursPerWeek()),
                o == null ? "" : PeopleViews.money(new Amount(o.hourlyWage(), "CAD"), locale),
                o == null ? "" : PeopleViews.name(o.workMode()), money.percent(m.score()),
                m.matchedSkills(), PeopleViews.shownReasons(m.reasons()),
                PeopleViews.funding(m.programs(), programs, o, true, locale),
                misses.misses(), money.money(o, m.programs(), m.total(), programs), misses.rest());
    }
}
