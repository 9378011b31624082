package io.triad.startup;

import io.triad.web.RegionNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.domain.OpeningDoc;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.StartupDoc;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.Option;
import io.triad.people.PeopleViews;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;

/** The company profile form as typed, so a rejected form comes back with every value kept. */
public record StartupForm(String name, String description, String stage, String region, String city,
        List<String> sectors, String headcount, String foundedOn, boolean incorporated, boolean forProfit) {

    /** Form fields in page order, for the error summary. */
    static final List<String> FIELDS = List.of("name", "description", "stage", "region", "city", "sectors",
            "headcount", "foundedOn");

    static StartupForm empty() {
        return new StartupForm("", "", "", "", "", List.of(), "", "", false, false);
    }

    static StartupForm of(StartupDoc d) {
        return new StartupForm(d.name(), nz(d.description()), PeopleViews.name(d.stage()), d.region(), nz(d.city()),
                PeopleViews.names(d.sectors()), Integer.toString(d.headcount()), String.valueOf(d.foundedOn()),
                d.incorporated(), d.forProfit());
    }

    static StartupForm of(MultivaluedMap<String, String> form) {
        return new StartupForm(PeopleForms.first(form, "name"), PeopleForms.first(form, "description"),
                PeopleForms.first(form, "stage"), PeopleForms.first(form, "region"),
                PeopleForms.first(form, "city"), PeopleForms.all(form, "sectors"), PeopleForms.first(form, "headcount"),
                PeopleForms.first(form, "foundedOn"), PeopleForms.checked(form, "incorporated"),
                PeopleForms.checked(form, "forProfit"));
    }

    /** The startup document of DATA.md for this form, keeping the startup's openings as they are. */
    ObjectNode toJson(String key, List<OpeningDoc> openings, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("key", key);
        PeopleForms.text(node, "name", name);
        PeopleForms.text(node, "description", description);
        PeopleForms.text(node, "stage", stage);
        PeopleForms.text(node, "region", RegionNames.codeOrAsTyped(region));
        PeopleForms.text(node, "city", city);
        node.set("sectors", mapper.valueToTree(sectors));
        PeopleForms.integer(node, "headcount", headcount);
        PeopleForms.text(node, "foundedOn", foundedOn);
        node.put("incorporated", incorporated);
        node.put("forProfit", forProfit);
        ArrayNode list = node.putArray("openings");
        openings.forEach(o -> list.add(mapper.<JsonNode>valueToTree(o)));
        return node;
    }

    public List<Option> stages() {
        return PeopleViews.options(Stage.values(), List.of(stage));
    }

    public List<Option> sectorChoices() {
        return PeopleViews.options(Sector.values(), sectors);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
