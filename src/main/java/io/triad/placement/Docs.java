package io.triad.placement;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.placement.Views.VerdictItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The DATA.md documents the workflow reads by row id (null when the row is gone), and verdicts as stored JSON. */
@ApplicationScoped
class Docs {
    private final Sql sql;
    private final ObjectMapper json;

    Docs(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    ProgramDoc program(long id) {
        return read("select doc::text from program where id = ?", id, ProgramDoc.class);
    }

    StudentDoc student(Long id) {
        return read("select doc::text from student where id = ?", id, StudentDoc.class);
    }

    StartupDoc startup(Long id) {
        return read("select doc::text from startup where id = ?", id, StartupDoc.class);
    }

    OpeningDoc opening(Long id) {
        return read("select doc::text from opening where id = ?", id, OpeningDoc.class);
    }

    /** Locks the program's row for the rest of the transaction and reads its current document. */
    ProgramDoc lockProgram(long id) {
        return read("select doc::text from program where id = ? for update", id, ProgramDoc.class);
    }

    String verdictJson(List<VerdictItem> verdict) {
        try {
            return json.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<VerdictItem> verdict(String text) {
        try {
            return List.of(json.readValue(text, VerdictItem[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored verdict could not be read", e);
        }
    }

    private <T> T read(String query, Long id, Class<T> type) {
        if (id == null) {
            return null;
        }
        return sql.one(query, rs -> rs.getString(1), id).map(text -> parse(text, type)).orElse(null);
    }

    private <T> T parse(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document could not be read", e);
        }
    }
}
