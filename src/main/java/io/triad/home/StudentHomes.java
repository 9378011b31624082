package io.triad.home;

import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.home.HomeViews.MatchLine;
import io.triad.home.HomeViews.Step;
import io.triad.home.HomeViews.StudentHome;
import io.triad.indexing.SearchIndex;
import io.triad.matching.Amount;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import io.triad.people.PeopleViews;
import io.triad.startup.StartupService;
import io.triad.student.StudentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A student's home: the best openings for the profile, what the profile still lacks, and the next thing to do. */
@ApplicationScoped
class StudentHomes {
    static final int BEST = 3;

    private final StudentService students;
    private final StartupService startups;
    private final SearchIndex index;
    private final EntityManager em;
    private final TriadConfig config;

    StudentHomes(StudentService students, StartupService startups, SearchIndex index, EntityManager em,
            TriadConfig config) {
        this.students = students;
        this.startups = startups;
        this.index = index;
        this.em = em;
        this.config = config;
    }

    @Transactional
    StudentHome home(Account student, HomeWording w) {
        Optional<StudentDoc> mine = students.profileOf(student).map(s -> s.doc);
        if (mine.isEmpty()) {
            return new StudentHome(false, List.of(), w.count(0), List.of(),
                    0, new Step("/student", w.m.student_next_profile(), w.m.student_next_profile_why()));
        }
        StudentDoc doc = mine.get();
        Page<OpeningForStudent> page = index.engine().forStudent(doc, config.today(), BEST);
        List<MatchLine> best = lines(page.items(), w);
        List<Step> missing = missing(doc, w);
        long invitations = invitations(doc.key());
        return new StudentHome(true, best, w.count(page.total()), missing, invitations,
                next(invitations, missing, page.total(), w));
    }

    private List<MatchLine> lines(List<OpeningForStudent> items, HomeWording w) {
        Map<String, OpeningDoc> openings = startups.openingsByKeys(items.stream().map(OpeningForStudent::opening).toList());
        Map<String, StartupDoc> companies = startups.byKeys(items.stream().map(OpeningForStudent::startup).distinct()
                .toList());
        return items.stream().map(m -> {
            OpeningDoc o = openings.get(m.opening());
            StartupDoc s = companies.get(m.startup());
            String place = s == null ? "" : (s.city() == null ? "" : s.city() + ", ") + io.triad.web.RegionNames.name(s.region(), w.locale);
            return new MatchLine(o == null ? "" : o.title(), s == null ? "" : s.name(), place,
                    o == null ? "" : PeopleViews.date(o.startDate(), w.locale),
                    o == null ? "" : PeopleViews.money(new Amount(o.hourlyWage(), "CAD"), w.locale));
        }).toList();
    }

    /** The optional parts of a profile that change what it is matched with, each with why it matters. */
    static List<Step> missing(StudentDoc d, HomeWording w) {
        List<Step> out = new ArrayList<>();
        if (d.skills().isEmpty()) {
            out.add(new Step("/student#skills", w.m.missing_skills(), w.m.missing_skills_why()));
        }
        if (d.availableFrom() == null || d.availableUntil() == null) {
            out.add(new Step("/student#availableFrom", w.m.missing_availability(), w.m.missing_availability_why()));
        }
        if (d.workModes().isEmpty()) {
            out.add(new Step("/student#workModes", w.m.missing_work_modes(), w.m.missing_work_modes_why()));
        }
        if (d.interests().isEmpty()) {
            out.add(new Step("/student#interests", w.m.missing_interests(), w.m.missing_interests_why()));
        }
        if (d.bio() == null || d.bio().isBlank()) {
            out.add(new Step("/student#bio", w.m.missing_bio(), w.m.missing_bio_why()));
        }
        return out;
    }

    /** Invitations still waiting for an answer (an invitation expires once its opening has started). */
    private long invitations(String studentKey) {
        return ((Number) em.createNativeQuery("""
                select count(*) from invitation i join student t on t.id = i.student_id
                join opening o on o.id = i.opening_id
                where t.key = ?1 and i.status = 'INVITED' and (o.doc->>'startDate')::date >= ?2""")
                .setParameter(1, studentKey).setParameter(2, config.today()).getSingleResult()).longValue();
    }

    private static Step next(long invitations, List<Step> missing, long matches, HomeWording w) {
        if (invitations > 0) {
            return new Step("/invitations", w.m.student_next_invitations(w.count(invitations)),
                    w.m.student_next_invitations_why());
        }
        if (!missing.isEmpty() && matches == 0) {
            return new Step(missing.get(0).href(), missing.get(0).label(), w.m.student_next_missing_why());
        }
        if (matches == 0) {
            return new Step("/student", w.m.student_next_none(), w.m.student_next_none_why());
        }
        return new Step("/student/matches", w.m.student_next_matches(), w.m.student_next_matches_why());
    }
}
