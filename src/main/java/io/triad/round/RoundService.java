package io.triad.round;

import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.Scope;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.matching.Eligibility;
import io.triad.round.RoundStore.OpeningAt;
import io.triad.round.RoundStore.Row;
import io.triad.round.RoundStore.StudentAt;
import io.triad.round.RoundViews.OpeningRankingView;
import io.triad.round.RoundViews.RoundView;
import io.triad.round.RoundViews.StudentRankingView;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** WORKFLOW.md's matching rounds: creating one, both sides' rankings while it is open, and closing it for a run. */
@ApplicationScoped
class RoundService {
    private final RoundStore store;
    private final RoundFigures figures;
    private final TriadConfig config;
    private final SecureRandom random = new SecureRandom();

    RoundService(RoundStore store, RoundFigures figures, TriadConfig config) {
        this.store = store;
        this.figures = figures;
        this.config = config;
    }

    @Transactional
    RoundView create(RoundRequests.Create body, Account caller) {
        if (caller.role != io.triad.domain.Role.OPERATOR) {
            throw ProblemException.forbidden("Only an operator may create a round");
        }
        RoundRequests.Create create = required(body, "name").checked();
        List<OpeningAt> openings = store.openingsByKey(create.openings());
        unknown("openings", create.openings(), openings.stream().map(OpeningAt::key).collect(Collectors.toSet()));
        List<String> programKeys = create.programs() == null ? List.of() : create.programs();
        List<RoundStore.ProgramAt> programs = store.programsByKey(programKeys);
        unknown("programs", programKeys, programs.stream().filter(p -> p.doc().scope() == Scope.PLACEMENT)
                .map(RoundStore.ProgramAt::key).collect(Collectors.toSet()));
        long seed = create.seed() != null ? create.seed() : random.nextLong();
        UUID id = store.insert(create.name().strip(), create.date(), seed,
                openings.stream().map(OpeningAt::id).toList(), programs.stream().map(RoundStore.ProgramAt::id).toList());
        return view(store.find(id, false).orElseThrow(), access(id, caller));
    }

    @Transactional
    RoundView get(String rawId, Account caller) {
        Row round = round(rawId);
        return view(round, access(round.id(), caller).visible());
    }

    @Transactional
    StudentRankingView rankStudent(String rawId, String studentKey, RoundRequests.StudentRanking body, Account caller) {
        Row round = round(rawId);
        RoundAccess access = access(round.id(), caller);
        access.studentItself(studentKey);
        RoundRequests.StudentRanking ranking = required(body, "openings").checked();
        open(round, true);
        Map<String, OpeningAt> openings = store.openings(round.id()).stream()
                .collect(Collectors.toMap(OpeningAt::key, Function.identity()));
        StudentAt student = access.student().orElseThrow();
        for (int i = 0; i < ranking.openings().size(); i++) {
            OpeningAt o = openings.get(ranking.openings().get(i));
            if (o == null || !Eligibility.openingFit(o.doc(), student.doc()).isEmpty()
                    || Eligibility.hasStarted(o.doc(), config.today())) {
                throw ProblemException.badRequest("openings[" + i + "]: '" + ranking.openings().get(i)
                        + "' is not an opening of this round that this student fits");
            }
        }
        store.rankStudent(round.id(), student.id(), ranking.openings());
        return new StudentRankingView(student.key(), ranking.openings());
    }

    @Transactional
    OpeningRankingView rankOpening(String rawId, String openingKey, RoundRequests.OpeningRanking body, Account caller) {
        Row round = round(rawId);
        List<OpeningAt> openings = store.openings(round.id());
        RoundAccess access = access(round, openings, caller);
        access.visible();
        OpeningAt opening = openings.stream().filter(o -> o.key().equals(openingKey)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No opening '" + openingKey + "' in this round"));
        access.openingOwner(openingKey);
        RoundRequests.OpeningRanking ranking = required(body, "students").checked();
        open(round, true);
        List<String> students = ranking.students();
        if (students != null) {
            Map<String, StudentAt> found = store.studentsByKey(students).stream()
                    .collect(Collectors.toMap(StudentAt::key, Function.identity()));
            for (int i = 0; i < students.size(); i++) {
                StudentAt s = found.get(students.get(i));
                if (s == null || !Eligibility.openingFit(opening.doc(), s.doc()).isEmpty()) {
                    throw ProblemException.badRequest("students[" + i + "]: '" + students.get(i)
                            + "' is not a student who fits this opening");
                }
            }
        }
        store.rankOpening(round.id(), opening.id(), students, students == null);
        return new OpeningRankingView(openingKey, students, students == null);
    }

    /** Closes the round for its run: OPEN to RUNNING once (409 otherwise); the caller then starts the run. */
    @Transactional
    RoundView close(String rawId, Account caller) {
        Row round = round(rawId);
        access(round.id(), caller).operator();
        Row locked = store.find(round.id(), true).orElseThrow();
        open(locked, false);
        if (!store.start(locked.id())) {
            throw ProblemException.conflict("The round is already running or done");
        }
        return view(store.find(round.id(), false).orElseThrow(), access(round.id(), caller));
    }

    /** The results: all rows for an operator; a participant's own rows, with why. 409 before the round is done. */
    @Transactional
    RoundResults.View results(String rawId, Account caller) {
        Row round = round(rawId);
        RoundAccess access = access(round.id(), caller).visible();
        RoundResults all = done(round);
        if (access.kind() == RoundAccess.Kind.OPERATOR) {
            return new RoundResults.View(all.seed(), all.items(), all.unmatched(), null);
        }
        Why why = new Why(store.stored(round.id(), "inputs", RoundInputs.class).orElseThrow(),
                store.stored(round.id(), "plan", RoundPlan.class).orElseThrow().matches());
        if (access.kind() == RoundAccess.Kind.STARTUP) {
            return new RoundResults.View(all.seed(), all.items().stream()
                    .filter(i -> access.ownOpenings().contains(i.opening())).toList(), List.of(),
                    access.ownOpenings().stream().sorted().flatMap(o -> why.forOpening(o).stream()).toList());
        }
        String own = access.student().orElseThrow().key();
        return new RoundResults.View(all.seed(), all.items().stream().filter(i -> i.student().equals(own)).toList(),
                all.unmatched().stream().filter(own::equals).toList(), why.forStudent(own));
    }

    /** For the replay: the round when the caller is its operator and it is done. */
    @Transactional
    Row forReplay(String rawId, Account caller) {
        Row round = round(rawId);
        access(round.id(), caller).operator();
        done(round);
        return round;
    }

    private RoundResults done(Row round) {
        if (round.status() != RoundStatus.DONE) {
            throw ProblemException.conflict("The round has not finished running");
        }
        return store.stored(round.id(), "result", RoundResults.class).orElseThrow();
    }

    /** 409 unless the round takes preferences (open, and for rankings, not past its closing date). */
    private void open(Row round, boolean ranking) {
        if (round.status() != RoundStatus.OPEN) {
            throw ProblemException.conflict("The round is closed: preferences are frozen");
        }
        if (ranking && config.today().isAfter(round.closesOn())) {
            throw ProblemException.conflict("Preferences closed on " + round.closesOn());
        }
    }

    private RoundView view(Row round, RoundAccess access) {
        boolean operator = access.kind() == RoundAccess.Kind.OPERATOR;
        List<String> openings = store.openings(round.id()).stream().map(OpeningAt::key).toList();
        List<String> programs = store.programs(round.id()).stream().map(RoundStore.ProgramAt::key).toList();
        Long seed = operator || round.status() == RoundStatus.DONE ? round.seed() : null;
        return new RoundView(round.id(), round.name(), round.status(), round.progress(), round.closesOn(), openings,
                programs, seed, operator && round.status() == RoundStatus.DONE ? figures.of(round.id()) : null);
    }

    private Row round(String rawId) {
        try {
            UUID id = UUID.fromString(rawId);
            if (id.toString().equalsIgnoreCase(rawId)) {
                return store.find(id, false).orElseThrow(RoundAccess::notFound);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw RoundAccess.notFound();
    }

    /** The caller's part in the round (pages show each its own). */
    @Transactional
    RoundAccess accessOf(UUID round, Account caller) {
        return access(round, caller);
    }

    /** A student's own ranking, or an opening's, as stored (empty when none yet). */
    @Transactional
    List<String> currentRanking(String rawId, String opening, Account caller) {
        Row round = round(rawId);
        if (opening == null) {
            return access(round.id(), caller).student().flatMap(s -> store.studentRanking(round.id(), s.id()))
                    .orElse(List.of());
        }
        return store.openingRankings(round.id()).stream().filter(r -> r.opening().equals(opening))
                .map(r -> r.students() == null ? List.<String>of() : r.students()).findFirst().orElse(List.of());
    }

    private RoundAccess access(UUID round, Account caller) {
        return access(store.find(round, false).orElseThrow(), store.openings(round), caller);
    }

    private RoundAccess access(Row round, List<OpeningAt> openings, Account caller) {
        List<StudentAt> own = store.studentsOwnedBy(caller.id);
        boolean ranked = !own.isEmpty() && store.studentRanking(round.id(), own.get(0).id()).isPresent();
        return RoundAccess.of(caller, openings, own, ranked);
    }

    private static <T> T required(T body, String field) {
        if (body == null) {
            throw InvalidInput.of(field, ViolationCode.REQUIRED);
        }
        return body;
    }

    private static void unknown(String field, List<String> asked, Set<String> found) {
        for (int i = 0; i < asked.size(); i++) {
            if (!found.contains(asked.get(i))) {
                throw ProblemException.badRequest(field + "[" + i + "]: no " + field.substring(0, field.length() - 1)
                        + " '" + asked.get(i) + "' that a round may use");
            }
        }
    }
}
