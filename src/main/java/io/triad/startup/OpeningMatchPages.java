package io.triad.startup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.CurrentAccount;
import io.triad.domain.Role;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.startup.StartupViews.StudentCard;
import io.triad.student.StudentEntity;
import io.triad.people.StudentView;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.people.PeopleViews;
import io.triad.web.ProblemException;
import io.triad.config.TriadConfig;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** An opening's ranked students, each with the programs that fund the placement and the near misses. */
@Path("/startups/{key}/openings/{opening}/matches")
@Produces(MediaType.TEXT_HTML)
class OpeningMatchPages {
    static final int PAGE = 20;

    @CheckedTemplate(basePath = "StartupPages")
    static class Templates {
        static native TemplateInstance matches(PageContext ctx, String startupKey, String startupName,
                String openingKey, String title, List<StudentCard> students, long total, boolean funded,
                boolean byAmount, String moreUrl);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final SearchIndex index;
    private final TriadConfig config;

    OpeningMatchPages(PageContext ctx, CurrentAccount current, SearchIndex index, TriadConfig config) {
        this.ctx = ctx;
        this.current = current;
        this.index = index;
        this.config = config;
    }

    /** {@code funded=true} keeps funded students; {@code sort=amount} puts the most funding first; {@code limit} pages. */
    @GET
    @Transactional
    public TemplateInstance matches(@PathParam("key") String key, @PathParam("opening") String openingKey,
            @QueryParam("funded") String funded, @QueryParam("sort") String sort, @QueryParam("limit") String limit) {
        StartupEntity startup = StartupViews.owned(current, key);
        OpeningEntity opening = StartupViews.opening(startup, openingKey);
        boolean fundedOnly = "true".equals(funded);
        boolean byAmount = "amount".equals(sort);
        int shown = limit(limit);
        boolean operator = current.require().role == Role.OPERATOR;
        Page<StudentForOpening> page = index.engine().forOpening(openingKey, config.today(), shown, fundedOnly,
                byAmount, operator);
        List<StudentCard> cards = cards(page.items());
        String more = cards.size() < page.total()
                ? "?" + (fundedOnly ? "funded=true&" : "") + "sort=" + (byAmount ? "amount" : "score") + "&limit="
                        + Math.min(1000, shown + PAGE)
                : "";
        return Pages.localized(Templates.matches(ctx, startup.key, startup.name, openingKey, opening.doc.title(),
                cards, page.total(), fundedOnly, byAmount, more), ctx);
    }

    private List<StudentCard> cards(List<StudentForOpening> items) {
        Map<String, StudentView> students = new HashMap<>();
        List<String> keys = items.stream().map(StudentForOpening::student).toList();
        if (!keys.isEmpty()) {
            StudentEntity.<StudentEntity>list("key in ?1", keys)
                    .forEach(s -> students.put(s.key, StudentView.of(s.doc)));
        }
        Map<String, String> programs = PeopleViews.programNames(items.stream()
                .flatMap(m -> Stream.concat(m.programs().stream().map(f -> f.program()),
                        m.nearMisses().stream().map(n -> n.program())))
                .distinct().toList());
        return IntStream.range(0, items.size()).mapToObj(i -> {
            StudentForOpening m = items.get(i);
            StudentView s = students.get(m.student());
            return new StudentCard(i + 1, m.student(), s == null ? m.student() : s.name(),
                    s == null ? null : s.institution(), s == null ? "" : PeopleViews.name(s.field()),
                    s == null ? "" : PeopleViews.name(s.level()), PeopleViews.decimal(m.score(), ctx.locale()),
                    m.matchedSkills(), PeopleViews.reasons(m.reasons()),
                    PeopleViews.funding(m.programs(), programs, ctx.locale()), PeopleViews.misses(m.nearMisses(), programs, ctx.locale()));
        }).toList();
    }

    static int limit(String raw) {
        try {
            return raw == null || raw.isBlank() ? PAGE : Math.max(1, Math.min(1000, Integer.parseInt(raw.trim())));
        } catch (NumberFormatException e) {
            return PAGE;
        }
    }
}
