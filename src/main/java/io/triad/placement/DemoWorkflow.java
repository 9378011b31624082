package io.triad.placement;

import io.triad.db.Sql;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Eligibility;
import io.triad.placement.Requests.Apply;
import io.triad.placement.Requests.Invite;
import io.triad.placement.Requests.Refuse;
import io.triad.program.ProgramService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo's workflow (embedded default, with the demo accounts): after the start-up imports, the demo founder's
 * openings get invitations, placements and applications in every state, so each demo account sees the workflow at
 * once: the student an open invitation and a placement, the founder the pipeline and the money, the administrator a
 * queue with approved, pending, waitlisted, refused and withdrawn applications. Written once, through the services
 * (so amounts, bounds and history are the real ones), when the demo startup has no invitation yet; a failure (the
 * demo's dates have passed) is logged and leaves nothing behind.
 */
@ApplicationScoped
class DemoWorkflow {
    static final String STARTUP = "northwind-robotics";
    static final String STUDENT = "amara-okafor-1";
    /** A seed program of the demo administrator. */
    static final String SEED_PROGRAM = "swpp-federal";
    static final String PILOT = "triad-demo-pilot";
    private static final String ML = "northwind-ml-coop";
    private static final String BACKEND = "northwind-backend-coop";
    private static final String VISION = "northwind-vision-intern";

    private final Sql sql;
    private final Docs docs;
    private final InvitationService invitations;
    private final PlacementService placements;
    private final ApplicationService applications;
    private final ProgramService programs;
    private final TriadConfig config;

    DemoWorkflow(Sql sql, Docs docs, InvitationService invitations, PlacementService placements,
            ApplicationService applications, ProgramService programs, TriadConfig config) {
        this.sql = sql;
        this.docs = docs;
        this.invitations = invitations;
        this.placements = placements;
        this.applications = applications;
        this.programs = programs;
        this.config = config;
    }

    /** After app/Bootstrap (default priority) has created the demo accounts and imported the demo data. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!config.demoAccounts()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(this::seed);
        } catch (RuntimeException e) {
            Log.warnf("The demo workflow was not written: %s", e.getMessage());
        }
    }

    void seed() {
        Optional<Account> founder = owner("startup", STARTUP);
        Optional<Account> student = owner("student", STUDENT);
        Optional<Account> admin = owner("program", SEED_PROGRAM);
        if (founder.isEmpty() || student.isEmpty() || admin.isEmpty() || sql.count("""
                select count(*) from invitation i join opening o on o.id = i.opening_id
                join startup s on s.id = o.startup_id where s.key = ?""", STARTUP) > 0) {
            return;
        }
        Cast cast = new Cast(founder.get(), student.get(), admin.get());
        pilot(cast.admin());
        invite(cast, ML, STUDENT);
        UUID amara = accepted(cast, BACKEND, STUDENT);
        List<String> eligible = eligible(amara).stream().filter(k -> !k.equals(PILOT)).toList();
        decide(cast, amara, eligible, 0, "approve");
        decide(cast, amara, eligible, 1, "pending");

        List<String> used = new ArrayList<>(List.of(STUDENT));
        UUID first = accepted(cast, ML, fitting(ML, used));
        decide(cast, first, List.of(PILOT), 0, "approve");
        List<String> more = eligible(first).stream().filter(k -> !k.equals(PILOT)).toList();
        decide(cast, first, more, 0, "refuse");
        decide(cast, first, more, 1, "withdraw");

        UUID cancelled = accepted(cast, VISION, fitting(VISION, used));
        decide(cast, cancelled, List.of(PILOT), 0, "pending");
        placements.cancel(cancelled.toString(), cast.founder());
        UUID waiting = accepted(cast, VISION, fitting(VISION, used));
        decide(cast, waiting, List.of(PILOT), 0, "approve");
        String declined = invite(cast, VISION, fitting(VISION, used));
        invitations.close(UUID.fromString(declined), Actor.STUDENT, InvitationStatus.DECLINED);
        String withdrawn = invite(cast, ML, fitting(ML, used));
        invitations.withdraw(withdrawn, cast.founder());
        Log.info("Demo workflow written: invitations, placements and applications in every state");
    }

    private record Cast(Account founder, Account student, Account admin) {
    }

    private String invite(Cast cast, String opening, String student) {
        return invitations.invite(opening, new Invite(student, "We would love to have you on the team."),
                cast.founder()).id();
    }

    /** Invited and accepted (the demo student for itself, the others as the student they are): the placement. */
    private UUID accepted(Cast cast, String opening, String student) {
        InvitationRow invitation = invitations.find(UUID.fromString(invite(cast, opening, student)));
        return invitations.accept(invitation, Actor.STUDENT);
    }

    /** Applies for the {@code index}-th program of {@code keys} (when there is one) and takes it to {@code outcome}. */
    private void decide(Cast cast, UUID placement, List<String> keys, int index, String outcome) {
        if (index >= keys.size()) {
            return;
        }
        String id = applications.apply(placement.toString(), new Apply(keys.get(index)), cast.founder()).id();
        switch (outcome) {
            case "approve" -> applications.approve(id, cast.admin());
            case "refuse" -> applications.refuse(id, new Refuse("This program funds research placements only."),
                    cast.admin());
            case "withdraw" -> applications.withdraw(id, cast.founder());
            default -> { }
        }
    }

    /** The published placement programs (the demo administrator's) this placement may apply for, by key. */
    private List<String> eligible(UUID placementId) {
        PlacementRow placement = placements.find(placementId);
        return sql.list("select id from program where status = 'PUBLISHED' and scope = 'PLACEMENT' order by key",
                rs -> rs.getLong(1)).stream().map(docs::program).filter(p -> applications.mayApply(placement, p))
                .map(ProgramDoc::key).toList();
    }

    /** The first student by key who fits the opening and has no part in the demo yet. */
    private String fitting(String opening, List<String> used) {
        OpeningDoc doc = docs.opening(sql.one("select id from opening where key = ?", rs -> rs.getLong(1), opening)
                .orElseThrow());
        String key = sql.list("select id, key from student where key <> all(?) order by key limit 400",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)}, (Object) used.toArray(String[]::new)).stream()
                .filter(r -> fits(doc, docs.student((Long) r[0]))).map(r -> (String) r[1]).findFirst().orElseThrow();
        used.add(key);
        return key;
    }

    private boolean fits(OpeningDoc opening, StudentDoc student) {
        return !Eligibility.hasStarted(opening, config.today()) && Eligibility.openingFit(opening, student).isEmpty();
    }

    /** A small program of the administrator's, so the demo shows a program that fills and a waitlist. */
    private void pilot(Account admin) {
        if (sql.count("select count(*) from program where key = ?", PILOT) == 0) {
            programs.save(new ProgramDoc(PILOT, "Triad demo pilot grant", "Triad demo", List.of("CA"),
                    io.triad.domain.ProgramKind.INTERNSHIP_GRANT, io.triad.domain.Scope.PLACEMENT,
                    "A one-placement pilot grant: approving a second placement waitlists it.", null, null, "en",
                    null, 1, null, null, null, new ProgramDoc.Funding("CAD", null, null, null, null, null,
                    java.math.BigDecimal.valueOf(1500), null, java.math.BigDecimal.valueOf(3000), true), null), admin);
        }
    }

    private Optional<Account> owner(String table, String key) {
        return sql.one("select owner_id from " + table + " where key = ?", rs -> Sql.longOrNull(rs, "owner_id"), key)
                .flatMap(Optional::ofNullable).map(id -> (Account) Account.findById(id));
    }
}
