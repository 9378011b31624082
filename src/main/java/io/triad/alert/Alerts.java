package io.triad.alert;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.account.Account;
import io.triad.domain.ProgramKind;
import io.triad.domain.Role;
import io.triad.domain.Scope;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved alerts of an account: saved, edited, paused and resumed, deleted. Saving or editing one takes what it matches
 * now as seen, so it tells only of what is new from then on. Bad input is a 400 and changes nothing.
 */
@ApplicationScoped
class Alerts {
    private static final TypeReference<Map<String, String>> QUERY = new TypeReference<>() {
    };

    private final Sql db;
    private final Matches matches;
    private final ObjectMapper json;

    Alerts(Sql db, Matches matches, ObjectMapper json) {
        this.db = db;
        this.matches = matches;
        this.json = json;
    }

    @Transactional
    List<Alert> list(long account) {
        return db.list("select id, account_id, kind, name, query::text, paused, seen from saved_alert where account_id = ? "
                + "order by created_at, id", this::alert, account);
    }

    @Transactional
    UUID save(Account caller, String kind, Map<String, String> fields) {
        Alert draft = checked(caller, kind, fields, null);
        List<String> seen = new ArrayList<>(matches.of(draft).keySet());
        return db.one("insert into saved_alert (account_id, kind, name, query, seen) values (?, ?, ?, ?::jsonb, ?) "
                + "returning id", rs -> Sql.uuid(rs, "id"), caller.id, draft.kind(), draft.name(), write(draft.query()),
                seen.toArray(String[]::new)).orElseThrow();
    }

    @Transactional
    void edit(Account caller, UUID id, Map<String, String> fields) {
        Alert alert = mine(caller, id);
        Alert draft = checked(caller, alert.kind(), fields, id);
        List<String> seen = new ArrayList<>(matches.of(draft).keySet());
        db.update("update saved_alert set name = ?, query = ?::jsonb, seen = ? where id = ?", draft.name(),
                write(draft.query()), seen.toArray(String[]::new), id);
    }

    @Transactional
    void pause(Account caller, UUID id, boolean paused) {
        mine(caller, id);
        db.update("update saved_alert set paused = ? where id = ?", paused, id);
    }

    @Transactional
    void delete(Account caller, UUID id) {
        mine(caller, id);
        db.update("delete from saved_alert where id = ?", id);
    }

    private Alert mine(Account caller, UUID id) {
        return db.one("select id, account_id, kind, name, query::text, paused, seen from saved_alert where id = ? and "
                + "account_id = ?", this::alert, id, caller.id).orElseThrow(() -> ProblemException.notFound("No such alert"));
    }

    /** The alert the form describes, checked for the caller's role; 400 (or 404 for another's opening) otherwise. */
    private Alert checked(Account caller, String kind, Map<String, String> fields, UUID id) {
        String name = Optional.ofNullable(fields.get("name")).map(String::strip).orElse("");
        if (name.isEmpty() || name.length() > 200) {
            throw ProblemException.badRequest("name: 1 to 200 characters");
        }
        Map<String, String> query = new LinkedHashMap<>();
        switch (kind == null ? "" : kind) {
            case "PROGRAMS" -> {
                put(query, "q", fields.get("q"), 500);
                put(query, "region", fields.get("region"), 20);
                ProgramKind programKind = Params.enumValue(fields.get("kind"), "kind", ProgramKind.class);
                Scope scope = Params.enumValue(fields.get("scope"), "scope", Scope.class);
                query.put("kind", programKind == null ? "" : programKind.name());
                query.put("scope", scope == null ? "" : scope.name());
            }
            case "STUDENTS" -> {
                String opening = Optional.ofNullable(fields.get("opening")).map(String::strip).orElse("");
                boolean owns = db.count("select count(*) from opening o join startup s on s.id = o.startup_id "
                        + "where o.key = ? and (s.owner_id = ? or ?)", opening, caller.id, caller.role == Role.OPERATOR) > 0;
                if (caller.role != Role.STARTUP && caller.role != Role.OPERATOR || !owns) {
                    throw ProblemException.notFound("No such opening among yours");
                }
                query.put("opening", opening);
                query.put("minScore", score(fields.get("minScore")).toPlainString());
            }
            case "OPENINGS" -> {
                if (caller.role != Role.STUDENT) {
                    throw ProblemException.forbidden("Only a student hears of openings that fit it");
                }
            }
            default -> throw ProblemException.badRequest("kind must be PROGRAMS, STUDENTS or OPENINGS");
        }
        Alert draft = new Alert(id, caller.id, kind, name, query, false, List.of());
        matches.of(draft); // a search the parser refuses is a 400 now, not a failure of every later run
        return draft;
    }

    private static BigDecimal score(String raw) {
        try {
            BigDecimal score = new BigDecimal(raw == null || raw.isBlank() ? "0" : raw.strip());
            if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
                throw new NumberFormatException();
            }
            return score;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("minScore: a number from 0 to 1");
        }
    }

    private static void put(Map<String, String> query, String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max || !io.triad.domain.validation.Characters.clean(v)) {
            throw ProblemException.badRequest(field + ": at most " + max + " plain characters");
        }
        query.put(field, v);
    }

    Alert alert(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return new Alert(Sql.uuid(rs, "id"), rs.getLong("account_id"), rs.getString("kind"), rs.getString("name"),
                    json.readValue(rs.getString("query"), QUERY), rs.getBoolean("paused"),
                    List.of((String[]) rs.getArray("seen").getArray()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored alert could not be read", e);
        }
    }

    private String write(Map<String, String> query) {
        try {
            return json.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An alert could not be written", e);
        }
    }
}
