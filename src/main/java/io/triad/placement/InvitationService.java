package io.triad.placement;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.matching.Eligibility;
import io.triad.matching.Failure;
import io.triad.placement.History.Of;
import io.triad.placement.Parties.Party;
import io.triad.placement.Views.InvitationView;
import io.triad.web.ListPage;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * WORKFLOW.md's invitations: a startup owner invites a student who fits the opening today; the student accepts (a
 * placement with a copy of the opening's terms, never more active placements than positions: the opening's row is
 * locked while they are counted) or declines; the startup may withdraw. Expiry is computed whenever one is read.
 */
@ApplicationScoped
class InvitationService {
    private record OpeningAt(long id, long startupId, Long owner, OpeningDoc doc) {
    }

    private record StudentAt(long id, StudentDoc doc) {
    }

    private final Sql sql;
    private final History history;
    private final Presenter presenter;
    private final ObjectMapper json;
    private final TriadConfig config;

    InvitationService(Sql sql, History history, Presenter presenter, ObjectMapper json, TriadConfig config) {
        this.sql = sql;
        this.history = history;
        this.presenter = presenter;
        this.json = json;
        this.config = config;
    }

    @Transactional
    InvitationView invite(String openingKey, Requests.Invite body, Account caller) {
        OpeningAt opening = opening(openingKey, false)
                .filter(o -> caller.role == Role.OPERATOR || caller.id.equals(o.owner()))
                .orElseThrow(() -> Parties.notFound("opening '" + openingKey + "'"));
        Requests.Invite invite = Requests.body(body, "student").checked();
        LocalDate today = config.today();
        if (Eligibility.hasStarted(opening.doc(), today)) {
            throw WorkflowConflict.of("The opening has started", Failure.of("opening.startDate", Failure.Kind.AT_LEAST,
                    today, opening.doc().startDate()));
        }
        // a student who does not fit the opening is one the startup may not know exists
        long student = sql.one("select id, doc::text from student where key = ?",
                        rs -> new StudentAt(rs.getLong(1), read(rs.getString(2), StudentDoc.class)), invite.student())
                .filter(t -> Eligibility.openingFit(opening.doc(), t.doc()).isEmpty()).map(StudentAt::id)
                .orElseThrow(() -> Parties.notFound("student '" + invite.student() + "'"));
        refuseAnotherInvitation(opening.id(), student);
        UUID id = sql.one("insert into invitation (opening_id, student_id, status, message) values (?, ?, 'INVITED', ?) "
                + "returning id", rs -> Sql.uuid(rs, "id"), opening.id(), student, invite.message()).orElseThrow();
        history.record(Of.INVITATION, id, Actor.of(caller.role), null, InvitationStatus.INVITED);
        return presenter.invitation(find(id));
    }

    /** One live invitation per (opening, student); none after a decline, nor while a placement is active. */
    private void refuseAnotherInvitation(long opening, long student) {
        List<String> earlier = sql.list("select status from invitation where opening_id = ? and student_id = ?",
                rs -> rs.getString(1), opening, student);
        if (earlier.contains(InvitationStatus.INVITED.name())) {
            throw ProblemException.conflict("This student already has an open invitation to this opening");
        }
        if (earlier.contains(InvitationStatus.DECLINED.name())) {
            throw ProblemException.conflict("This student declined an invitation to this opening");
        }
        if (sql.count("select count(*) from placement where opening_id = ? and student_id = ? and status = 'ACTIVE'",
                opening, student) > 0) {
            throw ProblemException.conflict("This student already has a placement in this opening");
        }
    }

    /** A startup owner's sent invitations, a student's received ones (all for an operator), oldest first. */
    @Transactional
    ListPage<InvitationView> list(InvitationStatus status, int limit, int page, Account caller) {
        List<Object> params = new ArrayList<>(List.of(caller.role == Role.OPERATOR, caller.id, caller.id));
        String where = " where (? or s.owner_id = ? or t.owner_id = ?)";
        if (status != null) {
            where += " and " + InvitationRow.STATUS_SQL + " = ?";
            params.add(config.today());
            params.add(status.name());
        }
        long total = sql.count("select count(*) from (" + InvitationRow.SELECT + where + ") x", params.toArray());
        params.add(limit);
        params.add((long) page * limit);
        List<InvitationRow> rows = sql.list(InvitationRow.SELECT + where + " order by i.created_at, i.id limit ? offset ?",
                InvitationRow::of, params.toArray());
        return new ListPage<>(presenter.invitations(rows), total);
    }

    /** The student accepts: 201 with the invitation and its placement; 409 when every position is taken. */
    @Transactional
    InvitationView accept(String rawId, Account caller) {
        InvitationRow invitation = find(Requests.id(rawId, "invitation"));
        Actor by = Parties.require(caller, Parties.of(caller, invitation), Parties.THE_STUDENT, "invitation");
        accept(invitation, by);
        return presenter.invitation(find(invitation.id()));
    }

    /** Accepts for {@code by}, who may: the placement's id. */
    @Transactional
    UUID accept(InvitationRow invitation, Actor by) {
        OpeningDoc opening = opening(invitation.opening(), true).orElseThrow().doc();
        InvitationRow locked = locked(invitation.id(), InvitationStatus.ACCEPTED);
        long active = sql.count("select count(*) from placement where opening_id = ? and status = 'ACTIVE'",
                locked.openingId());
        if (active >= opening.positions()) {
            throw ProblemException.conflict("Every position of this opening is taken (" + opening.positions() + ")");
        }
        UUID placement = sql.one("""
                insert into placement (opening_id, startup_id, student_id, invitation_id, status, start_date, weeks,
                  hours_per_week, hourly_wage, currency)
                values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?) returning id""", rs -> Sql.uuid(rs, "id"),
                locked.openingId(), locked.startupId(), locked.studentId(), locked.id(), opening.startDate(),
                opening.weeks(), opening.hoursPerWeek(), opening.hourlyWage(), opening.currency()).orElseThrow();
        move(locked, by, InvitationStatus.ACCEPTED);
        history.record(Of.PLACEMENT, placement, by, null, PlacementStatus.ACTIVE);
        return placement;
    }

    @Transactional
    InvitationView decline(String rawId, Account caller) {
        return close(rawId, caller, Parties.THE_STUDENT, InvitationStatus.DECLINED);
    }

    @Transactional
    InvitationView withdraw(String rawId, Account caller) {
        return close(rawId, caller, Parties.FOUNDER, InvitationStatus.WITHDRAWN);
    }

    private InvitationView close(String rawId, Account caller, Set<Party> allowed, InvitationStatus to) {
        InvitationRow invitation = find(Requests.id(rawId, "invitation"));
        Actor by = Parties.require(caller, Parties.of(caller, invitation), allowed, "invitation");
        close(invitation.id(), by, to);
        return presenter.invitation(find(invitation.id()));
    }

    /** Declines or withdraws for {@code by}, who may. */
    @Transactional
    void close(UUID invitation, Actor by, InvitationStatus to) {
        move(locked(invitation, to), by, to);
    }

    /** The invitation's row locked, when it is still open (not expired); else 409, nothing changed. */
    private InvitationRow locked(UUID id, InvitationStatus to) {
        InvitationRow row = sql.one(InvitationRow.SELECT + " where i.id = ? for update of i", InvitationRow::of, id)
                .orElseThrow(() -> Parties.notFound("invitation"));
        InvitationStatus now = row.status(config.today());
        if (now != InvitationStatus.INVITED) {
            throw ProblemException.conflict("An invitation that is " + now + " cannot become " + to);
        }
        return row;
    }

    private void move(InvitationRow row, Actor by, InvitationStatus to) {
        sql.update("update invitation set status = ? where id = ? and status = 'INVITED'", to, row.id());
        history.record(Of.INVITATION, row.id(), by, InvitationStatus.INVITED, to);
    }

    InvitationRow find(UUID id) {
        return sql.one(InvitationRow.SELECT + " where i.id = ?", InvitationRow::of, id)
                .orElseThrow(() -> Parties.notFound("invitation"));
    }

    /** The opening with its startup's owner; {@code lock}: its row stays locked (positions are counted under it). */
    private java.util.Optional<OpeningAt> opening(String key, boolean lock) {
        return sql.one("select o.id, o.startup_id, s.owner_id, o.doc::text from opening o join startup s on "
                + "s.id = o.startup_id where o.key = ?" + (lock ? " for update of o" : ""),
                rs -> new OpeningAt(rs.getLong(1), rs.getLong(2), Sql.longOrNull(rs, "owner_id"),
                        read(rs.getString(4), OpeningDoc.class)), key);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document could not be read", e);
        }
    }
}
