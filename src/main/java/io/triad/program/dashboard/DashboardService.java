package io.triad.program.dashboard;

import io.triad.program.ProgramEntity;
import io.triad.program.ProgramService;

import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.domain.OpeningDoc;
import io.triad.db.Sql;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Eligibility;
import io.triad.matching.Failure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchResults.ProgramFigures;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of a program's dashboard: the engine's counts ({@link MatchEngine#programFigures}) once the index is
 * built, before that computed from the database with the exact rules of {@link Eligibility}: a
 * startup is eligible when the program is open and every employer rule passes (for a placement program, when capacity
 * remains and at least one of its openings that has not started passes the placement rules too); a student is
 * eligible when the student rules pass against at least one of those openings.
 */
@ApplicationScoped
class DashboardService {
    /**
     * Who may look at a program's dashboard and the program's applications, read together in one statement on every
     * view (never kept: the owner and the status are seen as soon as they change).
     */
    private static final String PROGRAM_AND_APPLICATIONS = """
            select p.id, p.owner_id, p.status, a.status, count(a.id), count(a.amount), coalesce(sum(a.amount), 0)
            from program p left join application a on a.program_id = p.id where p.key = ? group by p.id, a.status""";

    private final ProgramService programs;
    private final EntityManager em;
    private final SearchIndex index;
    private final Sql sql;

    DashboardService(ProgramService programs, EntityManager em, SearchIndex index, Sql sql) {
        this.programs = programs;
        this.em = em;
        this.index = index;
        this.sql = sql;
    }

    /** A program its administrator or an operator may look at, with its applications as just read. */
    record Checked(long id, Applications applications) {
    }

    /**
     * The program's applications by status and the approved ones' summed amount; {@code committed} as
     * {@link #committed}.
     */
    record Applications(Map<String, Long> byStatus, BigDecimal committed, BigDecimal approvedSum) {
    }

    /**
     * What the dashboard shows; {@code committed} sums the approved placements' amounts (null: all unknown);
     * {@code amounts}: the fundable placements' known amounts, each with how many placements get it.
     */
    record Figures(List<Failure> notOpen, boolean full, long startups, long eligibleStartups,
            Map<String, Long> startupsByRegion, Map<String, Long> startupsBySector, long eligibleOpenings,
            long students, long eligibleStudents, Map<String, Long> studentsByRegion, long approved, long proposed,
            BigDecimal committed, long placements, Map<BigDecimal, Long> amounts, Map<String, Long> applications,
            BigDecimal approvedSum) {
    }

    /** A row of {@link #PROGRAM_AND_APPLICATIONS}: the program's, and one status of its applications (null: none). */
    private record Row(long id, Long owner, ProgramStatus program, String status, long count, long known,
            BigDecimal sum) {
    }

    /**
     * Another owner's draft or an unknown key: 404; another administrator's published program: 403. The program's id,
     * owner and status and its applications in one round trip, in no transaction (a read needs none).
     */
    Checked check(String key, Account caller) {
        List<Row> rows = sql.read(PROGRAM_AND_APPLICATIONS, rs -> new Row(rs.getLong(1), Sql.longOrNull(rs, "owner_id"),
                ProgramStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5), rs.getLong(6),
                rs.getBigDecimal(7)), key);
        ProgramService.requireChangeable(key, rows.isEmpty() ? null : rows.get(0).owner(),
                rows.isEmpty() ? null : rows.get(0).program(), caller);
        return new Checked(rows.get(0).id(), applications(rows));
    }

    /** The document as the engine holds it, which the figures are counted from; from PostgreSQL before it is ready. */
    ProgramDoc doc(String key, Account caller) {
        Optional<ProgramDoc> held = index.isReady() ? index.engine().program(key) : Optional.empty();
        return held.orElseGet(() -> programs.changeable(key, caller).doc);
    }

    /** The programs whose dashboards the caller may see: its own, or all for an operator. */
    @Transactional
    List<ProgramDoc> dashboards(Account caller) {
        List<ProgramEntity> found = Ownership.mayChange(caller, null)
                ? ProgramEntity.list("order by name, key") : ProgramEntity.list("owner = ?1 order by name, key", caller);
        return found.stream().map(p -> p.doc).toList();
    }

    /**
     * The engine's counts are computed after the applications were read, so a dashboard never holds a database
     * connection while the engine counts. The uptake card is drawn from the same applications.
     */
    Figures figures(ProgramDoc p, Checked program, LocalDate asOf, boolean privileged) {
        if (!index.isReady()) {
            return QuarkusTransaction.joiningExisting().call(() -> fromDatabase(p, program.id(), asOf, privileged));
        }
        Applications a = program.applications();
        long approved = a.byStatus().getOrDefault("APPROVED", 0L);
        ProgramFigures e = index.engine().programFigures(p, approved, asOf, privileged);
        return new Figures(Eligibility.programOpen(p, asOf), !Eligibility.capacity(p, approved).isEmpty(),
                e.startups(), e.eligibleStartups(), e.startupsByRegion(), e.startupsBySector(), e.eligibleOpenings(),
                e.students(), e.eligibleStudents(), e.studentsByRegion(), approved,
                a.byStatus().getOrDefault("PENDING", 0L), a.committed(), e.placements(), e.amounts(), a.byStatus(),
                a.approvedSum());
    }

    /** While the index is being built: the same figures read from the database, placements still unknown. */
    private Figures fromDatabase(ProgramDoc p, long programId, LocalDate asOf, boolean privileged) {
        Map<String, Long> placements = placementCounts(programId);
        long approved = placements.getOrDefault("APPROVED", 0L);
        List<Failure> notOpen = Eligibility.programOpen(p, asOf);
        boolean full = !Eligibility.capacity(p, approved).isEmpty();
        Map<Long, List<OpeningDoc>> openings = openingsByStartup();
        List<Object[]> startups = em.createQuery("select s.id, s.doc from StartupEntity s", Object[].class).getResultList();
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> bySector = new TreeMap<>();
        Map<LocalDate, OpeningDoc> startDates = new HashMap<>();
        long eligible = 0;
        long eligibleOpenings = 0;
        for (Object[] row : startups) {
            StartupDoc s = (StartupDoc) row[1];
            List<OpeningDoc> passing = passingOpenings(p, openings.getOrDefault((Long) row[0], List.of()), asOf);
            boolean ok = notOpen.isEmpty() && Eligibility.employerRules(p, s, asOf).isEmpty()
                    && (p.scope() == Scope.COMPANY || !full && !passing.isEmpty());
            if (ok) {
                eligible++;
                eligibleOpenings += p.scope() == Scope.PLACEMENT ? passing.size() : 0;
                byRegion.merge(s.region(), 1L, Long::sum);
                sectors(s).forEach(sector -> bySector.merge(sector, 1L, Long::sum));
                passing.forEach(o -> startDates.putIfAbsent(o.startDate(), o));
            }
        }
        StudentCounts students = students(p, startDates.values(), privileged);
        BigDecimal committed = committed(programId);
        return new Figures(notOpen, full, startups.size(), eligible, byRegion, bySector, eligibleOpenings,
                students.total(), students.eligible(), students.byRegion(), approved,
                placements.getOrDefault("PENDING", 0L), committed, 0, Map.of(), placements,
                committed == null ? BigDecimal.ZERO : committed);
    }

    private record StudentCounts(long total, long eligible, Map<String, Long> byRegion) {
    }

    /**
     * Student rules read only the opening's start date (ages and recent graduation are counted to it), so one opening
     * per start date stands for all eligible openings. An administrator's counts never evaluate the sensitive rules
     * (API.md Privacy), so no draft with a crafted age or work-status rule can count who passes it.
     */
    private StudentCounts students(ProgramDoc p, java.util.Collection<OpeningDoc> byStartDate, boolean privileged) {
        List<StudentDoc> all = em.createQuery("select t.doc from StudentEntity t", StudentDoc.class).getResultList();
        Map<String, Long> byRegion = new TreeMap<>();
        long eligible = 0;
        if (p.scope() == Scope.PLACEMENT) {
            for (StudentDoc t : all) {
                if (byStartDate.stream().anyMatch(o -> Eligibility.studentRules(p, o, t, privileged).isEmpty())) {
                    eligible++;
                    byRegion.merge(t.region(), 1L, Long::sum);
                }
            }
        }
        return new StudentCounts(all.size(), eligible, byRegion);
    }

    /** Openings that have not started and pass the placement rules (all of them, for a company program). */
    private static List<OpeningDoc> passingOpenings(ProgramDoc p, List<OpeningDoc> openings, LocalDate asOf) {
        return openings.stream().filter(o -> !Eligibility.hasStarted(o, asOf))
                .filter(o -> Eligibility.placementRules(p, o).isEmpty()).toList();
    }

    /** Sector names; a startup with several counts in each, one with none under the empty name. */
    private static List<String> sectors(StartupDoc s) {
        return s.sectors().isEmpty() ? List.of("") : s.sectors().stream().map(Sector::name).distinct().toList();
    }

    private Map<Long, List<OpeningDoc>> openingsByStartup() {
        Map<Long, List<OpeningDoc>> out = new HashMap<>();
        for (Object[] row : em.createQuery("select o.startup.id, o.doc from OpeningEntity o", Object[].class)
                .getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((OpeningDoc) row[1]);
        }
        return out;
    }

    /** The program's applications by status (WORKFLOW.md); "PROPOSED" on the dashboard are the pending ones. */
    private Map<String, Long> placementCounts(long programId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery(
                "select status, count(*) from application where program_id = ?1 group by status")
                .setParameter(1, programId).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** The applications of {@link #PROGRAM_AND_APPLICATIONS}'s rows. */
    private static Applications applications(List<Row> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal approvedSum = BigDecimal.ZERO;
        for (Row row : rows) {
            if (row.status() == null) {
                continue;
            }
            counts.put(row.status(), row.count());
            if ("APPROVED".equals(row.status())) {
                approvedSum = row.sum();
                committed = row.known() > 0 ? approvedSum : null;
            }
        }
        return new Applications(counts, committed, approvedSum);
    }

    /**
     * The sum of the amounts recorded when the approved applications were approved (the enhanced rate only where the
     * student shared it, so the total never reveals who qualifies for it); null when every amount is unknown.
     */
    private BigDecimal committed(long programId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), count(amount), coalesce(sum(amount), 0) from application
                where program_id = ?1 and status = 'APPROVED'""").setParameter(1, programId).getSingleResult();
        long approved = ((Number) r[0]).longValue();
        long known = ((Number) r[1]).longValue();
        return approved == 0 || known > 0 ? new BigDecimal(r[2].toString()) : null;
    }
}
