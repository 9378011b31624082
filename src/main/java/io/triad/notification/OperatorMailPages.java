package io.triad.notification;

import io.triad.db.Sql;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.CurrentAccount;
import io.triad.domain.Role;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The outbox for operators: where mail waits when Triad sends none (the embedded default), and what went out. */
@Path("/operator/mail")
@Produces(MediaType.TEXT_HTML)
class OperatorMailPages {
    /** One mail as listed. */
    record Kept(String id, String to, String subject, Instant queued, Instant sent, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(PageContext ctx, List<Kept> mails);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Sql db;

    OperatorMailPages(PageContext ctx, CurrentAccount current, Sql db) {
        this.ctx = ctx;
        this.current = current;
        this.db = db;
    }

    @GET
    @Transactional
    public TemplateInstance mail() {
        if (current.require().role != Role.OPERATOR) {
            throw ProblemException.forbidden("Only operators may do this");
        }
        List<Kept> mails = db.list("select id::text, recipient, subject, created_at, sent_at, text_body from mail_outbox "
                + "order by created_at desc, id limit 200", rs -> new Kept(rs.getString(1), rs.getString(2),
                        rs.getString(3), Sql.instant(rs, "created_at"), Sql.instant(rs, "sent_at"), rs.getString(6)));
        return Pages.localized(Templates.mail(ctx, mails), ctx);
    }
}
