package io.triad.startup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.CurrentAccount;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.CompanyPrograms;
import io.triad.program.ProgramEntity;
import io.triad.startup.StartupViews.CompanyProgram;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.people.PeopleViews.Miss;
import io.triad.people.PeopleViews;
import io.triad.web.ProblemException;
import io.triad.config.TriadConfig;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The grants, loans and vouchers a startup qualifies for today, and the ones it nearly does. */
@Path("/startups/{key}/programs")
@Produces(MediaType.TEXT_HTML)
class CompanyProgramPages {

    @CheckedTemplate(basePath = "StartupPages")
    static class Templates {
        static native TemplateInstance programs(PageContext ctx, String startupKey, String startupName,
                List<CompanyProgram> eligible, List<Miss> misses);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StartupService startups;
    private final SearchIndex index;
    private final TriadConfig config;

    CompanyProgramPages(PageContext ctx, CurrentAccount current, StartupService startups, SearchIndex index,
            TriadConfig config) {
        this.ctx = ctx;
        this.current = current;
        this.startups = startups;
        this.index = index;
        this.config = config;
    }

    @GET
    @Transactional
    public TemplateInstance programs(@PathParam("key") String key) {
        StartupEntity startup = StartupViews.owned(current, key);
        CompanyPrograms result = index.engine().companyPrograms(startups.view(startup), config.today());
        Map<String, ProgramEntity> programs = new HashMap<>();
        List<String> keys = Stream.concat(result.eligible().stream().map(f -> f.program()),
                result.nearMisses().stream().map(n -> n.program())).toList();
        if (!keys.isEmpty()) {
            ProgramEntity.<ProgramEntity>list("key in ?1", keys).forEach(p -> programs.put(p.key, p));
        }
        List<CompanyProgram> eligible = result.eligible().stream().map(f -> {
            ProgramEntity p = programs.get(f.program());
            return new CompanyProgram(f.program(), p == null ? f.program() : p.name,
                    p == null ? "" : PeopleViews.name(p.kind), PeopleViews.money(f.amount(), ctx.locale()));
        }).toList();
        Map<String, String> names = new HashMap<>();
        programs.forEach((k, p) -> names.put(k, p.name));
        return Pages.localized(Templates.programs(ctx, startup.key, startup.name, eligible,
                PeopleViews.misses(result.nearMisses(), names, ctx.locale())), ctx);
    }
}
