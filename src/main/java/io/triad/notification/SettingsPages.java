package io.triad.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.domain.Role;
import io.triad.notification.Kind.Mode;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Notification settings: the language of one's mail, per kind immediately / daily digest / never, muted items. */
@Path("/notifications/settings")
@Produces(MediaType.TEXT_HTML)
class SettingsPages {
    /** One kind's row of the form. */
    record Choice(String kind, String mode) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(PageContext ctx, String language, List<Choice> choices,
                List<Preferences.Muted> mutes, boolean saved);
    }

    private static final Pattern ITEM = Pattern.compile("(program|opening):[a-z0-9][a-z0-9-]{0,79}"
            + "|(invitation|application):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Where a mute form may send its reader back to: a page of Triad's own (never another site). */
    private static final Pattern BACK = Pattern.compile(
            "/(invitations|placements|admin/programs)[A-Za-z0-9/?=&_.%-]{0,200}");
    private static final Map<Role, Set<Kind>> HEARS = Map.of(
            Role.STUDENT, EnumSet.of(Kind.INVITATION_RECEIVED, Kind.INVITATION_WITHDRAWN, Kind.INVITATION_EXPIRED,
                    Kind.PLACEMENT_CANCELLED, Kind.DEADLINE_SOON, Kind.PROGRAM_NEW, Kind.ALERT_MATCH),
            Role.STARTUP, EnumSet.of(Kind.INVITATION_ACCEPTED, Kind.INVITATION_DECLINED, Kind.INVITATION_EXPIRED,
                    Kind.PLACEMENT_CANCELLED,
                    Kind.APPLICATION_APPROVED, Kind.APPLICATION_WAITLISTED, Kind.APPLICATION_REFUSED,
                    Kind.APPLICATION_PENDING, Kind.PROGRAM_NEW, Kind.DEADLINE_SOON, Kind.ALERT_MATCH),
            Role.PROGRAM_ADMIN, EnumSet.of(Kind.APPLICATION_RECEIVED, Kind.APPLICATION_RELEASED,
                    Kind.APPLICATION_WITHDRAWN, Kind.ALERT_MATCH),
            Role.OPERATOR, EnumSet.allOf(Kind.class));

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Preferences preferences;

    SettingsPages(PageContext ctx, CurrentAccount current, Preferences preferences) {
        this.ctx = ctx;
        this.current = current;
        this.preferences = preferences;
    }

    @GET
    public TemplateInstance settings(@jakarta.ws.rs.QueryParam("saved") String saved) {
        Account caller = current.require();
        String language = caller.language;
        List<Choice> choices = preferences.modes(caller.id).entrySet().stream()
                .filter(e -> HEARS.get(caller.role).contains(e.getKey()))
                .map(e -> new Choice(e.getKey().name(), e.getValue().name())).toList();
        return Pages.localized(Templates.settings(ctx, language, choices, preferences.named(caller.id),
                saved != null), ctx);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        String language = fields.getFirst("language");
        if (language != null && !language.equals("en") && !language.equals("fr")) {
            throw ProblemException.badRequest("language must be en or fr");
        }
        // everything is read before anything is written: a form with one bad value changes nothing
        Map<Kind, Mode> modes = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : HEARS.get(caller.role)) {
            Mode mode = Params.enumValue(fields.getFirst("mode-" + kind.name()), "mode-" + kind.name(), Mode.class);
            if (mode != null) {
                modes.put(kind, mode);
            }
        }
        preferences.save(caller.id, language, modes);
        return Pages.redirect("/notifications/settings?saved");
    }

    /**
     * Mutes ({@code mute}) or unmutes ({@code unmute}) one item: {@code program:<key>}, {@code opening:<key>},
     * {@code invitation:<id>} or {@code application:<id>}. {@code back}: {@code inbox}, or the invitation or
     * placement page the form was on.
     */
    @POST
    @Path("mutes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mutes(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        String item = fields.getFirst("item");
        if (item == null || !ITEM.matcher(item.trim()).matches()) {
            throw ProblemException.badRequest("item must be program:<key>, opening:<key>, invitation:<id> or "
                    + "application:<id>");
        }
        if ("unmute".equals(fields.getFirst("action"))) {
            preferences.unmute(caller.id, item.trim());
        } else {
            preferences.mute(caller.id, item.trim());
        }
        String back = fields.getFirst("back");
        if ("inbox".equals(back)) {
            return Pages.redirect("/notifications");
        }
        return Pages.redirect(back != null && BACK.matcher(back).matches() ? back : "/notifications/settings?saved");
    }
}
