package io.triad.notification;

import io.triad.db.Sql;
import io.triad.placement.Actor;
import io.triad.placement.WorkflowChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the workflow's state changes into notifications for the other parties, synchronously in the transaction of
 * the change (the outbox: a change that rolls back tells nobody). Each names the invitation or application it is
 * about within its opening or program, so that a reader can mute either. An invitation's expiry is no state change
 * (it is computed when read): {@link Expiries} tells both parties of it. What a startup owner or an administrator reads of a
 * student is the student's key, nothing more: never a sensitive field.
 */
@ApplicationScoped
class WorkflowNotifier {
    /** The parties and names of an invitation, a placement or an application's placement. */
    private record Parties(String opening, String title, String startup, Long founder, Long student, String studentName,
            UUID placement) {
    }

    private record Applied(UUID placement, String program, String programName, String programNameFr, Long admin,
            String reason, long position) {
    }

    private static final String PARTIES = """
            select o.key as okey, o.doc->>'title' as title, s.doc->>'name' as sname, s.owner_id as founder,
                   t.owner_id as student, coalesce(t.doc->>'name', t.key) as tname""";

    private final Sql db;
    private final Notifications notifications;

    WorkflowNotifier(Sql db, Notifications notifications) {
        this.db = db;
        this.notifications = notifications;
    }

    void changed(@Observes WorkflowChanged change) {
        switch (change.subject()) {
            case INVITATION -> invitation(change);
            case PLACEMENT -> placement(change);
            case APPLICATION -> application(change);
        }
    }

    private void invitation(WorkflowChanged change) {
        Optional<Parties> found = db.one(PARTIES + ", null as pid from invitation i join opening o on o.id = i.opening_id "
                + "join startup s on s.id = o.startup_id join student t on t.id = i.student_id where i.id = ?",
                WorkflowNotifier::parties, change.id());
        String item = "invitation:" + change.id();
        found.ifPresent(p -> {
            switch (change.to()) {
                case "INVITED" -> tell(p.student(), Kind.INVITATION_RECEIVED, item, p, args(p));
                case "WITHDRAWN" -> tell(p.student(), Kind.INVITATION_WITHDRAWN, item, p, args(p));
                case "ACCEPTED" -> tell(p.founder(), Kind.INVITATION_ACCEPTED, item, p, args(p));
                case "DECLINED" -> tell(p.founder(), Kind.INVITATION_DECLINED, item, p, args(p));
                case "EXPIRED" -> expired(change, p);
                default -> {
                }
            }
        });
    }

    private void placement(WorkflowChanged change) {
        if (!"CANCELLED".equals(change.to())) {
            return;
        }
        db.one(PARTIES + ", p.id as pid from placement p join opening o on o.id = p.opening_id join startup s on "
                + "s.id = p.startup_id join student t on t.id = p.student_id where p.id = ?", WorkflowNotifier::parties,
                change.id()).ifPresent(p -> {
                    String link = "/placements/" + p.placement();
                    String item = "opening:" + p.opening();
                    if (change.by() != Actor.STUDENT) {
                        tell(p.student(), Kind.PLACEMENT_CANCELLED, item, null, link, args(p));
                    }
                    if (change.by() != Actor.STARTUP) {
                        tell(p.founder(), Kind.PLACEMENT_CANCELLED, item, null, link, args(p));
                    }
                });
    }

    private void application(WorkflowChanged change) {
        Optional<Applied> applied = db.one("""
                select a.placement_id, g.key, g.doc->>'name' as gname, g.doc->>'nameFr' as gnamefr, g.owner_id, a.reason,
                  (select count(*) from application w where w.program_id = a.program_id and w.status = 'WAITLISTED'
                     and (w.applied_at, w.id) <= (a.applied_at, a.id)) as position
                from application a join program g on g.id = a.program_id where a.id = ?""",
                rs -> new Applied(Sql.uuid(rs, "placement_id"), rs.getString("key"), rs.getString("gname"),
                        rs.getString("gnamefr"), Sql.longOrNull(rs, "owner_id"), rs.getString("reason"), rs.getLong("position")), change.id());
        if (applied.isEmpty()) {
            return;
        }
        Applied a = applied.get();
        db.one(PARTIES + ", p.id as pid from placement p join opening o on o.id = p.opening_id join startup s on "
                + "s.id = p.startup_id join student t on t.id = p.student_id where p.id = ?", WorkflowNotifier::parties,
                a.placement()).ifPresent(p -> applicationChanged(change, a, p));
    }

    private void applicationChanged(WorkflowChanged change, Applied a, Parties p) {
        Map<String, String> args = args(p);
        args.remove("student"); // an application's notices never name the student: its administrator reads them
        args.putAll(Notify.program(a.programName(), a.programNameFr(), Map.of()));
        String link = "/placements/" + p.placement();
        String item = "application:" + change.id();
        String program = "program:" + a.program();
        switch (change.to()) {
            case "PENDING" -> {
                if (change.from() == null) {
                    tell(a.admin(), Kind.APPLICATION_RECEIVED, item, program, link, args);
                } else {
                    tell(p.founder(), Kind.APPLICATION_PENDING, item, program, link, args);
                    tell(a.admin(), Kind.APPLICATION_RELEASED, item, program, link, args);
                }
            }
            case "APPROVED" -> tell(p.founder(), Kind.APPLICATION_APPROVED, item, program, link, args);
            case "WAITLISTED" -> {
                args.put("position", Long.toString(a.position()));
                tell(p.founder(), Kind.APPLICATION_WAITLISTED, item, program, link, args);
            }
            case "REFUSED" -> {
                args.put("reason", a.reason());
                tell(p.founder(), Kind.APPLICATION_REFUSED, item, program, link, args);
            }
            case "WITHDRAWN" -> tell(a.admin(), Kind.APPLICATION_WITHDRAWN, item, program, link, args);
            default -> {
            }
        }
    }

    /**
     * An expiry recorded as a change (the workflow computes it when read; {@link Expiries} tells of those): both
     * parties, under the job's dedup key, so that neither hears of one expiry twice.
     */
    private void expired(WorkflowChanged change, Parties p) {
        Map<String, String> toStudent = args(p);
        toStudent.remove("student");
        Map<String, String> toFounder = args(p);
        toFounder.remove("startup");
        toFounder.put("side", "sent");
        expiry(p.student(), change, p, toStudent);
        expiry(p.founder(), change, p, toFounder);
    }

    private void expiry(Long account, WorkflowChanged change, Parties p, Map<String, String> args) {
        if (account != null) {
            notifications.add(new Notice(account, Kind.INVITATION_EXPIRED, "invitation:" + change.id(),
                    "opening:" + p.opening(), "/invitations", args, "expired:" + change.id()));
        }
    }

    /** An invitation's notice: muted with the invitation or with its opening. */
    private void tell(Long account, Kind kind, String invitation, Parties p, Map<String, String> args) {
        tell(account, kind, invitation, "opening:" + p.opening(), "/invitations", args);
    }

    private void tell(Long account, Kind kind, String item, String within, String link, Map<String, String> args) {
        if (account != null) {
            notifications.add(Notice.of(account, kind, item, within, link, args));
        }
    }

    /** The names every workflow notice may carry: the opening's title, the startup's name, the student's name. */
    private static Map<String, String> args(Parties p) {
        Map<String, String> args = new HashMap<>();
        args.put("opening", p.title());
        args.put("startup", p.startup());
        args.put("student", p.studentName());
        return args;
    }

    private static Parties parties(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Parties(rs.getString("okey"), rs.getString("title"), rs.getString("sname"),
                Sql.longOrNull(rs, "founder"), Sql.longOrNull(rs, "student"), rs.getString("tname"), Sql.uuid(rs, "pid"));
    }
}
