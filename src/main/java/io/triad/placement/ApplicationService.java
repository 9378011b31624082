package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Eligibility;
import io.triad.matching.Failure;
import io.triad.matching.Privacy;
import io.triad.placement.History.Of;
import io.triad.placement.Views.ApplicationView;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * WORKFLOW.md's applications: the startup applies for a program on behalf of an active placement (eligible today by
 * every rule but capacity, the verdict recorded then with the student's true values); the program's administrator
 * approves (or waitlists: {@link Ledger}) or refuses; the startup withdraws.
 */
@ApplicationScoped
class ApplicationService {
    private final Sql sql;
    private final Docs docs;
    private final Ledger ledger;
    private final History history;
    private final Presenter presenter;
    private final PlacementService placements;
    private final Programs programs;
    private final TriadConfig config;

    ApplicationService(Sql sql, Docs docs, Ledger ledger, History history, Presenter presenter,
            PlacementService placements, Programs programs, TriadConfig config) {
        this.sql = sql;
        this.docs = docs;
        this.ledger = ledger;
        this.history = history;
        this.presenter = presenter;
        this.placements = placements;
        this.programs = programs;
        this.config = config;
    }

    @Transactional
    ApplicationView apply(String rawPlacement, Requests.Apply body, Account caller) {
        PlacementRow placement = placements.find(Requests.id(rawPlacement, "placement"));
        Actor by = Parties.require(caller, placements.party(caller, placement), Parties.FOUNDER, "placement");
        Requests.Apply apply = Requests.body(body, "program").checked();
        Programs.At program = programs.visible(apply.program(), caller)
                .orElseThrow(() -> Parties.notFound("program '" + apply.program() + "'"));
        PlacementRow locked = ledger.lockPlacement(placement.id()).orElseThrow(() -> Parties.notFound("placement"));
        checkApplicable(locked, program.doc());
        List<String> earlier = sql.list("select status from application where placement_id = ? and program_id = ?",
                rs -> rs.getString(1), locked.id(), program.id());
        if (earlier.stream().map(ApplicationStatus::valueOf).anyMatch(ApplicationStatus.LIVE::contains)) {
            throw ProblemException.conflict("This placement already applied to this program");
        }
        if (earlier.contains(ApplicationStatus.REFUSED.name())) {
            throw ProblemException.conflict("This program refused this placement");
        }
        List<Failure> failed = failures(locked, program.doc());
        if (!failed.isEmpty()) {
            boolean privileged = caller.role == Role.OPERATOR;
            throw new WorkflowConflict("The placement is not eligible for this program",
                    failed.stream().map(f -> privileged ? f : Privacy.withoutValue(f)).toList());
        }
        UUID id = sql.one("insert into application (placement_id, program_id, status, verdict) "
                + "values (?, ?, 'PENDING', ?::jsonb) returning id", rs -> Sql.uuid(rs, "id"), locked.id(), program.id(),
                docs.verdictJson(Verdicts.of(program.doc(), failed))).orElseThrow();
        history.record(Of.APPLICATION, id, by, null, ApplicationStatus.PENDING);
        return presenter.application(find(id));
    }

    /** An active placement, a published placement program in the placement's currency; else 409. */
    private static void checkApplicable(PlacementRow placement, ProgramDoc program) {
        if (placement.status() != PlacementStatus.ACTIVE) {
            throw ProblemException.conflict("A cancelled placement cannot apply");
        }
        if (program.status() != ProgramStatus.PUBLISHED) {
            throw ProblemException.conflict("This program is not published");
        }
        if (program.scope() != Scope.PLACEMENT) {
            throw WorkflowConflict.of("A company program does not fund placements",
                    Failure.of("scope", Failure.Kind.IS, Scope.PLACEMENT, program.scope()));
        }
        String currency = program.funding() == null ? null : program.funding().currency();
        if (!placement.currency().equals(currency)) {
            throw WorkflowConflict.of("The program pays in another currency than the placement's",
                    Failure.of("funding.currency", Failure.Kind.IS, placement.currency(), currency));
        }
    }

    /** Whether applying would pass every check (the demo data applies only where it would). */
    boolean mayApply(PlacementRow placement, ProgramDoc program) {
        return placement.status() == PlacementStatus.ACTIVE && program.status() == ProgramStatus.PUBLISHED
                && program.scope() == Scope.PLACEMENT && program.funding() != null
                && placement.currency().equals(program.funding().currency()) && failures(placement, program).isEmpty();
    }

    /** Every DATA.md rule but capacity, today, with the student's true values (the one time a startup learns them). */
    private List<Failure> failures(PlacementRow placement, ProgramDoc program) {
        StudentDoc student = docs.student(placement.studentId());
        StartupDoc startup = docs.startup(placement.startupId());
        if (student == null || startup == null) {
            throw ProblemException.conflict("This placement no longer has a student and a startup");
        }
        OpeningDoc opening = placement.terms(docs.opening(placement.openingId()));
        return Eligibility.placement(program, 0, startup, opening, student, config.today(), true).failed().stream()
                .filter(f -> !f.rule().equals("capacity")).toList();
    }

    /** Approves, or waitlists with a position (still 200); the program's administrator or an operator. */
    @Transactional
    ApplicationView approve(String rawId, Account caller) {
        ApplicationRow application = find(Requests.id(rawId, "application"));
        Actor by = Parties.require(caller, party(caller, application), Parties.ADMINISTRATOR, "application");
        ledger.approve(application, by);
        return presenter.application(find(application.id()));
    }

    /** Refuses a pending or waitlisted application with the reason the startup reads; releases nothing. */
    @Transactional
    ApplicationView refuse(String rawId, Requests.Refuse body, Account caller) {
        ApplicationRow application = find(Requests.id(rawId, "application"));
        Actor by = Parties.require(caller, party(caller, application), Parties.ADMINISTRATOR, "application");
        Requests.Refuse refuse = Requests.body(body, "reason").checked();
        ApplicationStatus now = ledger.status(application.id());
        if ((now != ApplicationStatus.PENDING && now != ApplicationStatus.WAITLISTED) || sql.update(
                "update application set status = 'REFUSED', reason = ? where id = ? and status = ?",
                refuse.reason(), application.id(), now) == 0) {
            throw ProblemException.conflict("Only a pending or waitlisted application can be refused; this one is " + now);
        }
        history.record(Of.APPLICATION, application.id(), by, now, ApplicationStatus.REFUSED);
        return presenter.application(find(application.id()));
    }

    /** The startup withdraws a live application (an approved one only before the placement starts). */
    @Transactional
    ApplicationView withdraw(String rawId, Account caller) {
        ApplicationRow application = find(Requests.id(rawId, "application"));
        Actor by = Parties.require(caller, party(caller, application), Parties.FOUNDER, "application");
        PlacementRow placement = ledger.lockPlacement(application.placementId())
                .orElseThrow(() -> Parties.notFound("application"));
        ApplicationStatus now = ledger.status(application.id());
        if (!ApplicationStatus.LIVE.contains(now)) {
            throw ProblemException.conflict("An application that is " + now + " cannot be withdrawn");
        }
        if (now == ApplicationStatus.APPROVED && placement.started(config.today())) {
            throw ProblemException.conflict("An approval cannot be withdrawn once the placement has started");
        }
        if (sql.update("update application set status = 'WITHDRAWN' where id = ? and status = ?", application.id(),
                now) == 0) {
            throw ProblemException.conflict("The application changed meanwhile; nothing was changed");
        }
        history.record(Of.APPLICATION, application.id(), by, now, ApplicationStatus.WITHDRAWN);
        if (now == ApplicationStatus.APPROVED) {
            ledger.releaseAll(List.of(application.programId()));
        }
        return presenter.application(find(application.id()));
    }

    private Parties.Party party(Account caller, ApplicationRow application) {
        PlacementRow placement = placements.find(application.placementId());
        Parties.Party party = Parties.of(caller, placement, application);
        // an administrator of another program this placement applied to is no party to this application
        return party == Parties.Party.PROGRAM_ADMIN && !Objects.equals(application.programOwner(), caller.id)
                ? Parties.Party.NONE : party;
    }

    ApplicationRow find(UUID id) {
        return sql.one(ApplicationRow.SELECT + " where a.id = ?", ApplicationRow::of, id)
                .orElseThrow(() -> Parties.notFound("application"));
    }
}
