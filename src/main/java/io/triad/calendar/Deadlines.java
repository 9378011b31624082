package io.triad.calendar;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Eligibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dates that matter to an account, from today on, soonest first. A founder: deadlines of the company programs
 * each of its startups is eligible for today, of the placement programs its active placements applied to or are
 * eligible for, of the placement programs that would fund a match of its openings (no application yet), the expiry of the invitations it sent and its placements' start dates. A student: the expiry of its
 * open invitations and its placements' start dates. An administrator: its published programs' deadlines. What a
 * founder reads of a student is its key, never a sensitive field (eligibility is judged as a founder may see it).
 */
@ApplicationScoped
class Deadlines {
    private record Startup(long id, String key, StartupDoc doc) {
    }

    private record Program(long id, String key, ProgramDoc doc) {
    }

    private record Placed(String id, String opening, OpeningDoc openingDoc, StudentDoc student, LocalDate start,
            String studentKey) {
    }

    private static final String DUE = "status = 'PUBLISHED' and (doc->'intake'->>'deadline')::date >= ?";

    private final Sql db;
    private final ObjectMapper json;
    private final TriadConfig config;
    private final MatchedPrograms matched;

    Deadlines(Sql db, ObjectMapper json, TriadConfig config, MatchedPrograms matched) {
        this.db = db;
        this.json = json;
        this.config = config;
        this.matched = matched;
    }

    @Transactional
    List<Deadline> of(long account, Role role) {
        LocalDate today = config.today();
        Map<String, Deadline> out = new LinkedHashMap<>();
        switch (role) {
            case STARTUP -> founder(account, today, out);
            case STUDENT -> student(account, today, out);
            case PROGRAM_ADMIN -> db.list("select key, name, (doc->'intake'->>'deadline')::date, doc->>'nameFr' from "
                    + "program where owner_id = ? and " + DUE, rs -> new Deadline("own-program-" + rs.getString(1),
                            rs.getObject(3, LocalDate.class), "OWN_PROGRAM", rs.getString(2), "", "/programs/"
                                    + rs.getString(1), rs.getString(1), false, rs.getString(4)),
                    account, today).forEach(d -> out.putIfAbsent(d.uid(), d));
            default -> {
            }
        }
        List<Deadline> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::uid));
        return sorted;
    }

    private void founder(long account, LocalDate today, Map<String, Deadline> out) {
        List<Startup> startups = db.list("select id, key, doc::text from startup where owner_id = ? order by key",
                rs -> new Startup(rs.getLong(1), rs.getString(2), read(rs.getString(3), StartupDoc.class)), account);
        List<Program> company = programs("COMPANY", today);
        List<Program> placement = programs("PLACEMENT", today);
        for (Startup s : startups) {
            company.stream().filter(p -> Eligibility.company(p.doc(), s.doc(), today).eligible())
                    .forEach(p -> add(out, new Deadline("program-" + p.key() + "-startup-" + s.key(), deadline(p),
                            "COMPANY_PROGRAM", p.doc().name(), s.doc().name(), "/programs/" + p.key(), p.key(), false,
                            p.doc().nameFr())));
            Set<String> placed = new HashSet<>();
            for (Placed one : placements(s.id(), today)) {
                placementDeadlines(one, placement, today, s, out).forEach(p -> placed.add(p + " " + one.opening()));
                add(out, new Deadline("placement-" + one.id(), one.start(), "PLACEMENT_START",
                        one.openingDoc().title(), one.studentKey(), "/placements/" + one.id()));
            }
            matchDeadlines(s, placement, placed, today, out);
        }
        invitations("s.owner_id = ?", account, today).forEach(d -> add(out, d));
    }

    /** The placement programs an active placement applied to or is eligible for; answers their keys. */
    private List<String> placementDeadlines(Placed placed, List<Program> placement, LocalDate today, Startup s,
            Map<String, Deadline> out) {
        List<String> applied = db.list("select g.key from application a join program g on g.id = a.program_id "
                + "where a.placement_id = ?::uuid and a.status in ('PENDING', 'APPROVED', 'WAITLISTED')",
                rs -> rs.getString(1), placed.id());
        List<Program> shown = placement.stream().filter(p -> applied.contains(p.key()) || placed.student() != null
                && Eligibility.placement(p.doc(), 0, s.doc(), placed.openingDoc(), placed.student(), today, false)
                        .eligible()).toList();
        shown.forEach(p -> add(out, new Deadline("program-" + p.key() + "-placement-" + placed.id(), deadline(p),
                "PLACEMENT_PROGRAM", p.doc().name(), placed.openingDoc().title(), "/placements/" + placed.id(),
                p.key(), applied.contains(p.key()), p.doc().nameFr())));
        return shown.stream().map(Program::key).toList();
    }

    /**
     * The placement programs that would fund a ranked student for one of the startup's openings (the engine's
     * matches, judged as a founder may see them), unless a placement of that opening already shows that program:
     * nobody has applied for such a match yet.
     */
    private void matchDeadlines(Startup s, List<Program> placement, Set<String> placed, LocalDate today,
            Map<String, Deadline> out) {
        if (placement.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> o : db.list("select key, doc->>'title' from opening where startup_id = ? "
                + "order by key", rs -> Map.entry(rs.getString(1), rs.getString(2)), s.id())) {
            Set<String> funding = matched.programs(o.getKey(), today);
            placement.stream().filter(p -> funding.contains(p.key()) && !placed.contains(p.key() + " " + o.getKey()))
                    .forEach(p -> add(out, new Deadline("program-" + p.key() + "-opening-" + o.getKey(), deadline(p),
                            "PLACEMENT_PROGRAM", p.doc().name(), o.getValue(), "/startups/" + s.key() + "/openings/"
                                    + o.getKey() + "/matches", p.key(), false, p.doc().nameFr())));
        }
    }

    private void student(long account, LocalDate today, Map<String, Deadline> out) {
        invitations("t.owner_id = ?", account, today).forEach(d -> add(out, d));
        db.list("""
                select p.id::text, o.doc->>'title', s.doc->>'name', p.start_date from placement p
                join opening o on o.id = p.opening_id join startup s on s.id = p.startup_id
                join student t on t.id = p.student_id
                where t.owner_id = ? and p.status = 'ACTIVE' and p.start_date >= ?""",
                rs -> new Deadline("placement-" + rs.getString(1), rs.getObject(4, LocalDate.class), "PLACEMENT_START",
                        rs.getString(2), rs.getString(3), "/placements/" + rs.getString(1)), account, today)
                .forEach(d -> add(out, d));
    }

    /** Open invitations (the last day to answer is the opening's start date). */
    private List<Deadline> invitations(String whose, long account, LocalDate today) {
        return db.list("""
                select i.id::text, o.doc->>'title', s.doc->>'name', (o.doc->>'startDate')::date as expires, t.key
                from invitation i join opening o on o.id = i.opening_id join startup s on s.id = o.startup_id
                join student t on t.id = i.student_id
                where i.status = 'INVITED' and (o.doc->>'startDate')::date >= ? and\s""" + whose,
                rs -> new Deadline("invitation-" + rs.getString(1), rs.getObject(4, LocalDate.class), "INVITATION_EXPIRY",
                        rs.getString(2), rs.getString(3), "/invitations"), today, account);
    }

    private List<Placed> placements(long startup, LocalDate today) {
        return db.list("""
                select p.id::text, o.key, o.doc::text as opening, t.doc::text as student, p.start_date, t.key as tkey
                from placement p join opening o on o.id = p.opening_id left join student t on t.id = p.student_id
                where p.startup_id = ? and p.status = 'ACTIVE' and p.start_date >= ?""",
                rs -> new Placed(rs.getString(1), rs.getString(2), read(rs.getString(3), OpeningDoc.class),
                        rs.getString(4) == null ? null : read(rs.getString(4), StudentDoc.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6)), startup, today);
    }

    private List<Program> programs(String scope, LocalDate today) {
        return db.list("select id, key, doc::text from program where scope = ? and " + DUE + " order by key",
                rs -> new Program(rs.getLong(1), rs.getString(2), read(rs.getString(3), ProgramDoc.class)), scope, today);
    }

    private static LocalDate deadline(Program p) {
        return p.doc().intake().deadline();
    }

    private static void add(Map<String, Deadline> out, Deadline d) {
        out.putIfAbsent(d.uid(), d);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document could not be read", e);
        }
    }
}
