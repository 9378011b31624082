package io.triad.startup;

import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.CurrentAccount;
import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.validation.DocumentValidator;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.FormErrors;
import io.triad.people.PeopleViews;
import io.triad.web.ProblemException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** The opening editor: an opening is saved as part of its whole startup, the other openings kept. */
@Path("/startups/{key}/openings")
@Produces(MediaType.TEXT_HTML)
class OpeningPages {

    @CheckedTemplate(basePath = "StartupPages")
    static class Templates {
        static native TemplateInstance opening(PageContext ctx, String startupKey, String startupName, String openingKey,
                OpeningForm form, FormErrors errors);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StartupService startups;
    private final DocumentValidator validator;
    private final ObjectMapper mapper;

    OpeningPages(PageContext ctx, CurrentAccount current, StartupService startups,
            DocumentValidator validator, ObjectMapper mapper) {
        this.ctx = ctx;
        this.current = current;
        this.startups = startups;
        this.validator = validator;
        this.mapper = mapper;
    }

    @GET
    @Path("new")
    @Transactional
    public TemplateInstance newOpening(@PathParam("key") String key) {
        StartupEntity startup = StartupViews.owned(current, key);
        return page(startup, "", OpeningForm.empty(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@PathParam("key") String key, MultivaluedMap<String, String> fields) {
        StartupEntity startup = StartupViews.owned(current, key);
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        OpeningForm form = OpeningForm.of(fields);
        String openingKey = PeopleViews.newKey(form.title(), "opening", k -> OpeningEntity.byKey(k).isPresent());
        return save(startup, openingKey, form, true);
    }

    @GET
    @Path("{opening}/edit")
    @Transactional
    public TemplateInstance edit(@PathParam("key") String key, @PathParam("opening") String openingKey) {
        StartupEntity startup = StartupViews.owned(current, key);
        OpeningEntity opening = StartupViews.opening(startup, openingKey);
        return page(startup, openingKey, OpeningForm.of(opening.doc), FormErrors.none());
    }

    @POST
    @Path("{opening}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("key") String key, @PathParam("opening") String openingKey,
            MultivaluedMap<String, String> fields) {
        StartupEntity startup = StartupViews.owned(current, key);
        StartupViews.opening(startup, openingKey);
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        return save(startup, openingKey, OpeningForm.of(fields), false);
    }

    @POST
    @Path("{opening}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response delete(@PathParam("key") String key, @PathParam("opening") String openingKey,
            MultivaluedMap<String, String> fields) {
        StartupEntity startup = StartupViews.owned(current, key);
        StartupViews.opening(startup, openingKey);
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        StartupDoc doc = startups.view(startup);
        List<OpeningDoc> kept = doc.openings().stream().filter(o -> !o.key().equals(openingKey)).toList();
        startups.save(doc.withOpenings(kept), startup.owner);
        return Pages.redirect("/startups/" + key + "?saved=1");
    }

    /** Validates the whole startup with this opening in place, so the rules are exactly the API's. */
    private Response save(StartupEntity startup, String openingKey, OpeningForm form, boolean isNew) {
        StartupDoc current = startups.view(startup);
        ObjectNode node = mapper.valueToTree(current);
        List<JsonNode> openings = new ArrayList<>();
        int index = -1;
        for (OpeningDoc o : current.openings()) {
            if (o.key().equals(openingKey)) {
                index = openings.size();
            }
            openings.add(mapper.valueToTree(o));
        }
        ObjectNode edited = form.toJson(openingKey, mapper.createObjectNode());
        if (index < 0) {
            index = openings.size();
            openings.add(edited);
        } else {
            openings.set(index, edited);
        }
        ArrayNode array = node.putArray("openings");
        openings.forEach(array::add);
        StartupDoc doc;
        try {
            doc = validator.startup(node);
        } catch (InvalidInput e) {
            FormErrors errors = FormErrors.of(e.violations(), "openings[" + index + "].", OpeningForm.FIELDS);
            return Response.status(400).entity(page(startup, isNew ? "" : openingKey, form, errors)).build();
        }
        startups.save(doc, startup.owner);
        return Pages.redirect("/startups/" + startup.key + "?saved=1");
    }

    private TemplateInstance page(StartupEntity startup, String openingKey, OpeningForm form, FormErrors errors) {
        return Pages.localized(Templates.opening(ctx, startup.key, startup.name, openingKey, form, errors), ctx);
    }
}
