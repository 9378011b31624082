package io.triad.alert;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.config.TriadConfig;
import io.triad.domain.ProgramKind;
import io.triad.domain.Scope;
import io.triad.domain.StudentDoc;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchOrder;
import io.triad.program.ProgramDirectory;
import io.triad.web.Params;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an alert matches now, key to label: the directory's published programs for its search (with their French
 * names), the students who fit its opening at or above its score (named by key only: a founder never reads a
 * sensitive field here), or the openings that fit its student.
 */
@ApplicationScoped
class Matches {
    /** What a notice calls a match: its name, and its French name when it has one (null otherwise). */
    record Label(String name, String nameFr) {
        Label(String name) {
            this(name, null);
        }
    }

    private static final int MOST = 1000;

    private final Sql db;
    private final ProgramDirectory directory;
    private final SearchIndex index;
    private final ObjectMapper json;
    private final TriadConfig config;

    Matches(Sql db, ProgramDirectory directory, SearchIndex index, ObjectMapper json, TriadConfig config) {
        this.db = db;
        this.directory = directory;
        this.index = index;
        this.json = json;
        this.config = config;
    }

    Map<String, Label> of(Alert alert) {
        Map<String, Label> out = new LinkedHashMap<>();
        switch (alert.kind()) {
            case "PROGRAMS" -> directory.search(new ProgramDirectory.Query(blankToNull(alert.q("q")),
                    blankToNull(alert.q("region")), Params.enumValue(alert.q("kind"), "kind", ProgramKind.class),
                    Params.enumValue(alert.q("scope"), "scope", Scope.class), null))
                    .forEach(p -> out.put(p.key(), new Label(p.name(), p.nameFr())));
            case "STUDENTS" -> {
                BigDecimal min = new BigDecimal(alert.q("minScore").isEmpty() ? "0" : alert.q("minScore"));
                index.engine().forOpening(alert.q("opening"), config.today(), MOST, false, MatchOrder.SCORE, false)
                        .items().stream().filter(m -> BigDecimal.valueOf(m.score()).compareTo(min) >= 0)
                        .forEach(m -> out.put(m.student(), new Label(m.student())));
            }
            case "OPENINGS" -> db.one("select doc::text from student where owner_id = ?", rs -> rs.getString(1),
                    alert.account()).ifPresent(doc -> index.engine().forStudent(read(doc), config.today(), MOST)
                            .items().forEach(m -> out.put(m.opening(), new Label(m.opening() + " (" + m.startup() + ")"))));
            default -> {
            }
        }
        return out;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private StudentDoc read(String doc) {
        try {
            return json.readValue(doc, StudentDoc.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document could not be read", e);
        }
    }
}
