package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.people.PeopleViews;
import io.triad.placement.PageModels.Count;
import io.triad.placement.PageModels.InvitationCard;
import io.triad.placement.PageModels.Names;
import io.triad.placement.PageModels.OpeningPipeline;
import io.triad.placement.Views.InvitationView;
import io.triad.web.OperationsFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The invitations page's reads: a founder's pipeline per opening, a student's invitations with the funding each
 * placement would bring, names instead of keys.
 */
@ApplicationScoped
class InvitationBoards {
    private static final int ALL = 1000;

    record Board(List<InvitationCard> cards, List<Count> counts, List<OpeningPipeline> openings) {
    }

    private final Sql sql;
    private final Docs docs;
    private final Boards boards;
    private final InvitationService invitations;
    private final SearchIndex index;
    private final TriadConfig config;

    InvitationBoards(Sql sql, Docs docs, Boards boards, InvitationService invitations, SearchIndex index,
            TriadConfig config) {
        this.sql = sql;
        this.docs = docs;
        this.boards = boards;
        this.invitations = invitations;
        this.index = index;
        this.config = config;
    }

    /** The caller's invitations with {@code status} (all when null) and for {@code opening} (all when null). */
    @Transactional
    Board board(InvitationStatus status, String opening, Account caller, Locale locale) {
        List<InvitationView> all = invitations.list(null, ALL, 0, caller).items();
        Map<String, Names> names = names(all);
        List<InvitationView> here = all.stream().filter(i -> opening == null || i.opening().equals(opening)).toList();
        List<Count> counts = counts(here, status);
        boolean student = caller.role == Role.STUDENT;
        List<InvitationCard> cards = here.stream().filter(i -> status == null || i.status() == status)
                .map(i -> card(i, names.get(i.id()), student, locale)).toList();
        return new Board(cards, counts, student ? List.of() : pipelines(all, names));
    }

    private InvitationCard card(InvitationView i, Names names, boolean student, Locale locale) {
        boolean invited = i.status() == InvitationStatus.INVITED;
        Optional<OpeningForStudent> match = student && invited ? match(i) : Optional.empty();
        List<PeopleViews.Funding> funding = match.map(m -> PeopleViews.funding(m.programs(),
                boards.names(m.programs().stream().map(f -> f.program()).toList(), locale), locale)).orElse(List.of());
        String total = match.map(m -> PeopleViews.money(m.total(), locale)).orElse("");
        return new InvitationCard(i.id(), i.opening(), i.startup(), i.student(), names, i.status().name(), i.message(),
                PageModels.when(i.createdAt(), locale), OperationsFormats.date(i.expiresOn(), locale), i.placement(),
                student && invited, !student && invited, funding, total);
    }

    /** The student's own view of the opening (privileged: the student may know its own data). */
    private Optional<OpeningForStudent> match(InvitationView i) {
        if (!index.isReady()) {
            return Optional.empty();
        }
        return sql.one("select id from student where key = ?", rs -> rs.getLong(1), i.student())
                .map(docs::student).flatMap(t -> index.engine().forStudent(t, i.opening(), config.today()));
    }

    /** Each opening's invitations by status, in the order the openings were first invited to. */
    private static List<OpeningPipeline> pipelines(List<InvitationView> all, Map<String, Names> names) {
        Map<String, List<InvitationView>> byOpening = new LinkedHashMap<>();
        all.forEach(i -> byOpening.computeIfAbsent(i.opening(), k -> new ArrayList<>()).add(i));
        List<OpeningPipeline> out = new ArrayList<>();
        byOpening.forEach((key, list) -> {
            Names n = names.get(list.get(0).id());
            out.add(new OpeningPipeline(key, n.opening(), n.startup(), counts(list, null)));
        });
        return out;
    }

    /** The invitations by status, every status listed; {@code current} is the one the page shows (null: all). */
    private static List<Count> counts(List<InvitationView> invitations, InvitationStatus current) {
        List<Count> counts = new ArrayList<>();
        for (InvitationStatus s : InvitationStatus.values()) {
            counts.add(new Count(s.name(), invitations.stream().filter(i -> i.status() == s).count(), s == current));
        }
        return counts;
    }

    private Map<String, Names> names(List<InvitationView> all) {
        Map<String, Names> out = new HashMap<>();
        if (!all.isEmpty()) {
            sql.list("""
                    select i.id, o.doc->>'title', s.name, t.name from invitation i
                    join opening o on o.id = i.opening_id join startup s on s.id = o.startup_id
                    join student t on t.id = i.student_id where i.id = any(?)""",
                    rs -> out.put(Sql.uuid(rs, "id").toString(), new Names(rs.getString(2), rs.getString(3),
                            rs.getString(4))),
                    (Object) all.stream().map(i -> UUID.fromString(i.id())).toArray(UUID[]::new));
        }
        all.forEach(i -> out.putIfAbsent(i.id(), new Names(i.opening(), i.startup(), i.student())));
        return out;
    }
}
