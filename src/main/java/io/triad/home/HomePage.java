package io.triad.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.home.HomeViews.AdminHome;
import io.triad.home.HomeViews.FounderHome;
import io.triad.home.HomeViews.OperatorHome;
import io.triad.home.HomeViews.StudentHome;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where a signed-in person lands: a home for their role that says what to do next. */
@Path("/home")
@Produces(MediaType.TEXT_HTML)
class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance founder(PageContext ctx, FounderHome home);

        static native TemplateInstance student(PageContext ctx, StudentHome home);

        static native TemplateInstance admin(PageContext ctx, AdminHome home);

        static native TemplateInstance operator(PageContext ctx, OperatorHome home);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final FounderHomes founders;
    private final StudentHomes students;
    private final AdminHomes admins;
    private final OperatorHomes operators;

    HomePage(PageContext ctx, CurrentAccount current, FounderHomes founders, StudentHomes students,
            AdminHomes admins, OperatorHomes operators) {
        this.ctx = ctx;
        this.current = current;
        this.founders = founders;
        this.students = students;
        this.admins = admins;
        this.operators = operators;
    }

    @GET
    public TemplateInstance home() {
        Account me = current.require();
        HomeWording w = HomeWording.of(ctx);
        TemplateInstance page = switch (me.role) {
            case STARTUP -> Templates.founder(ctx, founders.home(me, w));
            case STUDENT -> Templates.student(ctx, students.home(me, w));
            case PROGRAM_ADMIN -> Templates.admin(ctx, admins.home(me, w));
            case OPERATOR -> Templates.operator(ctx, operators.home(w));
        };
        return Pages.localized(page, ctx);
    }
}
