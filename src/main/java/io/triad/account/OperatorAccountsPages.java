package io.triad.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import io.triad.web.OperationsFormats;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The operator's list of accounts, filtered by role and email, with what each account owns. */
@Path("/operator/accounts")
@Produces(MediaType.TEXT_HTML)
class OperatorAccountsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(PageContext ctx, List<AccountRow> accounts, Pager pager, String role,
                String q);
    }

    /** An account as listed: its creation date written in the page's language. */
    record AccountRow(String email, Role role, String created, long programs, long startups, long students) {
    }

    /** Where this page is in the list: {@code from}–{@code to} of {@code total}, links to the neighbours or null. */
    record Pager(String from, String to, String total, String previous, String next) {
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final AccountDirectory directory;
    private final TriadConfig config;

    OperatorAccountsPages(PageContext ctx, CurrentAccount current, AccountDirectory directory, TriadConfig config) {
        this.ctx = ctx;
        this.current = current;
        this.directory = directory;
        this.config = config;
    }

    @GET
    public TemplateInstance accounts(@QueryParam("page") String page, @QueryParam("role") String role,
            @QueryParam("q") String q) {
        requireOperator();
        int index = Params.integer(page, "page", 0, 0, 1_000_000);
        Role only = Params.enumValue(role, "role", Role.class);
        String search = q == null ? "" : q.trim();
        AccountDirectory.Listing listing = directory.list(only, search, index);
        List<AccountRow> rows = listing.rows().stream().map(r -> new AccountRow(r.email(), r.role(),
                OperationsFormats.date(r.created() == null ? null : r.created().atZone(config.zone()).toLocalDate(),
                        ctx.locale()), r.programs(), r.startups(), r.students())).toList();
        return Pages.localized(Templates.accounts(ctx, rows, pager(listing, index, only, search),
                only == null ? "" : only.name(), search), ctx);
    }

    private Pager pager(AccountDirectory.Listing listing, int index, Role role, String q) {
        long from = listing.rows().isEmpty() ? 0 : (long) index * AccountDirectory.PAGE_SIZE + 1;
        long to = (long) index * AccountDirectory.PAGE_SIZE + listing.rows().size();
        String query = (role == null ? "" : "&role=" + role.name())
                + (q.isEmpty() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        String previous = index > 0 ? "/operator/accounts?page=" + (index - 1) + query : null;
        String next = to < listing.total() ? "/operator/accounts?page=" + (index + 1) + query : null;
        return new Pager(OperationsFormats.count(from, ctx.locale()), OperationsFormats.count(to, ctx.locale()),
                OperationsFormats.count(listing.total(), ctx.locale()), previous, next);
    }

    /** Anyone signed in but an operator: 403; nobody: the log-in page. */
    private void requireOperator() {
        if (current.require().role != Role.OPERATOR) {
            throw ProblemException.forbidden("Only operators may do this");
        }
    }
}
