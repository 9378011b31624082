package io.triad.startup;

import io.triad.program.IntakeStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.CurrentAccount;
import io.triad.domain.ProgramDoc;
import io.triad.people.PeopleViews;
import io.triad.people.PeopleViews.Miss;
import io.triad.startup.StartupEditor.CompanyProgramsOf;
import io.triad.startup.StartupViews.CompanyProgram;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final StartupEditor editor;
    private final io.triad.config.TriadConfig config;

    CompanyProgramPages(PageContext ctx, CurrentAccount current, StartupEditor editor,
            io.triad.config.TriadConfig config) {
        this.config = config;
        this.ctx = ctx;
        this.current = current;
        this.editor = editor;
    }

    @GET
    public TemplateInstance programs(@PathParam("key") String key) {
        CompanyProgramsOf found = editor.companyPrograms(key, current.require());
        Map<String, ProgramDoc> programs = found.programs();
        io.triad.program.ProgramWording w = io.triad.program.ProgramWording.of(ctx);
        List<CompanyProgram> eligible = found.result().eligible().stream().map(f -> {
            ProgramDoc p = programs.get(f.program());
            return new CompanyProgram(f.program(), p == null ? f.program() : p.nameFor(ctx.locale()),
                    p == null ? "" : PeopleViews.name(p.kind()), PeopleViews.money(f.amount(), ctx.locale()),
                    p == null || p.intake().deadline() == null ? w.m().card_no_deadline() : w.date(p.intake().deadline()),
                    p == null ? "" : IntakeStatus.of(p, config.today()).css(),
                    p == null ? "" : w.intake(IntakeStatus.of(p, config.today())));
        }).toList();
        Map<String, String> names = new HashMap<>();
        programs.forEach((k, p) -> names.put(k, p.nameFor(ctx.locale())));
        return Pages.localized(Templates.programs(ctx, found.startupKey(), found.startupName(), eligible,
                PeopleViews.misses(found.result().nearMisses(), names, ctx.locale())), ctx);
    }
}
