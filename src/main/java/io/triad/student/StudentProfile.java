package io.triad.student;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.validation.DocumentValidator;
import io.triad.indexing.SearchIndex;
import io.triad.matching.KeptAnswers;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import io.triad.people.PeopleViews;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A student account's own profile, as its pages edit it: student accounts only (others 403), one profile each, its
 * key made from the name when it is created and kept after.
 */
@ApplicationScoped
class StudentProfile {
    private final StudentService students;
    private final DocumentValidator validator;
    private final ObjectMapper mapper;
    private final SearchIndex index;
    private final TriadConfig config;
    /**
     * A student's matches, kept until the engine changes: the page scores every opening for the student. The key is
     * the student's own document (with its key), so an answer is only ever the same student's, and a profile change
     * asks anew.
     */
    private final KeptAnswers<Asked, Page<OpeningForStudent>> kept = new KeptAnswers<>(1024);

    private record Asked(StudentDoc student, LocalDate asOf, int limit) {
    }

    /**
     * Each account's own document, kept until the engine changes, for its matches page: reading and parsing the row
     * was most of that page's cost. Every change to a student moves the generation (this instance's own saves wait
     * for the engine; another instance's reach it when the index follower applies them, as the matches themselves do).
     */
    private final KeptAnswers<Long, Optional<StudentDoc>> owned = new KeptAnswers<>(4096);

    StudentProfile(StudentService students, DocumentValidator validator, ObjectMapper mapper, SearchIndex index,
            TriadConfig config) {
        this.students = students;
        this.validator = validator;
        this.mapper = mapper;
        this.index = index;
        this.config = config;
    }

    /** The openings that fit the profile today, with the openings, startups and program names they show. */
    record OwnMatches(boolean hasProfile, Page<OpeningForStudent> page, Map<String, OpeningDoc> openings,
            Map<String, StartupDoc> startups, Map<String, ProgramDoc> programs) {
    }

    Optional<StudentDoc> of(Account caller) {
        requireStudent(caller);
        return students.profileOf(caller).map(s -> s.doc);
    }

    /** {@link #of} as the engine's generation knows it (for the matches page, which shows what the engine answers). */
    Optional<StudentDoc> keptOf(Account caller) {
        requireStudent(caller);
        return owned.get(index.engine()::generation, caller.id, () -> students.profileOf(caller).map(s -> s.doc));
    }

    /** Creates the account's one profile or replaces it whole. */
    @Transactional
    void save(StudentForm form, Account caller) {
        requireStudent(caller);
        Optional<StudentEntity> mine = students.lockProfileOf(caller);
        String key = mine.map(s -> s.key)
                .orElseGet(() -> PeopleViews.newKey(form.name(), "student", k -> StudentEntity.byKey(k).isPresent()));
        StudentDoc doc = validator.student(form.toJson(key, mapper));
        students.save(doc, Ownership.owner(null, mine, caller, Role.STUDENT));
    }

    @Transactional
    OwnMatches matches(int limit, Account caller) {
        Optional<StudentDoc> mine = of(caller);
        if (mine.isEmpty()) {
            return new OwnMatches(false, new Page<>(List.of(), 0), Map.of(), Map.of(), Map.of());
        }
        return matchesOf(mine.get(), config.today(), limit);
    }

    /** As {@link #matches}, for a profile already read: from the engine alone. */
    OwnMatches matchesOf(StudentDoc student, LocalDate today, int limit) {
        MatchEngine engine = index.engine();
        Page<OpeningForStudent> page = kept.get(engine::generation, new Asked(student, today, limit),
                () -> engine.forStudent(student, today, limit));
        List<OpeningForStudent> items = page.items();
        // what the cards show of openings, startups and programs comes from the engine that just matched them
        return new OwnMatches(true, page, engine.openings(items.stream().map(OpeningForStudent::opening).toList()),
                engine.startups(items.stream().map(OpeningForStudent::startup).distinct().toList()),
                engine.programsOf(items));
    }

    /** Only student accounts have a profile: 403 for every other role, operators included. */
    private static void requireStudent(Account caller) {
        if (caller.role != Role.STUDENT) {
            throw ProblemException.forbidden("Only student accounts have a student profile");
        }
    }
}
