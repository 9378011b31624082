package io.triad.round;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rounds' rows and the DATA.md documents they refer to, read and written on the caller's transaction. */
@ApplicationScoped
class RoundStore {
    /** A round as stored, without its frozen inputs and results. */
    record Row(UUID id, String name, LocalDate closesOn, long seed, RoundStatus status, double progress) {
    }

    record OpeningAt(long id, String key, Long owner, OpeningDoc doc, StartupDoc startup) {
    }

    record StudentAt(long id, String key, Long owner, StudentDoc doc) {
    }

    record ProgramAt(long id, String key, ProgramDoc doc, long approved, BigDecimal committed) {
    }

    /** An opening's ranking: {@code students} best first, null while unranked or when {@code engineOrder}. */
    record OpeningRanking(String opening, List<String> students, boolean engineOrder) {
    }

    private static final String OPENING = "select o.id, o.key, s.owner_id, o.doc::text, s.doc::text as startup "
            + "from opening o join startup s on s.id = o.startup_id ";
    private static final String STUDENT = "select id, key, owner_id, doc::text from student ";

    private final Sql sql;
    private final ObjectMapper json;

    RoundStore(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    Optional<Row> find(UUID id, boolean lock) {
        return sql.one("select id, name, closes_on, seed, status, progress from round where id = ?"
                + (lock ? " for update" : ""), rs -> new Row(Sql.uuid(rs, "id"), rs.getString("name"),
                        rs.getObject("closes_on", LocalDate.class), rs.getLong("seed"),
                        RoundStatus.valueOf(rs.getString("status")), rs.getDouble("progress")), id);
    }

    UUID insert(String name, LocalDate closesOn, long seed, List<Long> openings, List<Long> programs) {
        UUID id = sql.one("insert into round (name, closes_on, seed, status) values (?, ?, ?, 'OPEN') returning id",
                rs -> Sql.uuid(rs, "id"), name, closesOn, seed).orElseThrow();
        sql.update("insert into round_opening (round_id, opening_id) select ?, unnest(?::bigint[])", id,
                openings.toArray(Long[]::new));
        sql.update("insert into round_program (round_id, program_id) select ?, unnest(?::bigint[])", id,
                programs.toArray(Long[]::new));
        return id;
    }

    List<OpeningAt> openingsByKey(List<String> keys) {
        return sql.list(OPENING + "where o.key = any(?) order by o.key", this::opening, (Object) keys.toArray(String[]::new));
    }

    List<OpeningAt> openings(UUID round) {
        return sql.list(OPENING + "join round_opening r on r.opening_id = o.id where r.round_id = ? order by o.key",
                this::opening, round);
    }

    List<ProgramAt> programsByKey(List<String> keys) {
        return sql.list(PROGRAM + "where g.key = any(?) order by g.id", this::program, (Object) keys.toArray(String[]::new));
    }

    List<ProgramAt> programs(UUID round) {
        return sql.list(PROGRAM + "join round_program r on r.program_id = g.id where r.round_id = ? order by g.id",
                this::program, round);
    }

    private static final String PROGRAM = "select g.id, g.key, g.doc::text, (select count(*) from application a where "
            + "a.program_id = g.id and a.status = 'APPROVED') as approved, (select coalesce(sum(amount), 0) from "
            + "application a where a.program_id = g.id and a.status = 'APPROVED') as committed from program g ";

    Optional<StudentAt> student(String key) {
        return sql.one(STUDENT + "where key = ?", this::student, key);
    }

    List<StudentAt> studentsOwnedBy(long account) {
        return sql.list(STUDENT + "where owner_id = ?", this::student, account);
    }

    List<StudentAt> studentsByKey(List<String> keys) {
        return sql.list(STUDENT + "where key = any(?) order by key", this::student, (Object) keys.toArray(String[]::new));
    }

    long activePlacements(long opening) {
        return sql.one("select count(*) from placement where opening_id = ? and status = 'ACTIVE'", rs -> rs.getLong(1),
                opening).orElse(0L);
    }

    void rankStudent(UUID round, long student, List<String> openings) {
        sql.update("insert into round_student (round_id, student_id, openings) values (?, ?, ?::jsonb) on conflict "
                + "(round_id, student_id) do update set openings = excluded.openings", round, student, write(openings));
    }

    /** Every student's ranking in the round, in student key order. */
    List<RoundInputs.StudentIn> studentRankings(UUID round) {
        return sql.list("select t.key, r.openings::text from round_student r join student t on t.id = r.student_id "
                + "where r.round_id = ? order by t.key", rs -> new RoundInputs.StudentIn(rs.getString(1),
                        read(rs.getString(2), new TypeReference<List<String>>() { })), round);
    }

    Optional<List<String>> studentRanking(UUID round, long student) {
        return sql.one("select openings::text from round_student where round_id = ? and student_id = ?",
                rs -> read(rs.getString(1), new TypeReference<List<String>>() { }), round, student);
    }

    void rankOpening(UUID round, long opening, List<String> students, boolean engineOrder) {
        sql.update("update round_opening set ranking = ?::jsonb, engine_order = ? where round_id = ? and opening_id = ?",
                students == null ? null : write(students), engineOrder, round, opening);
    }

    List<OpeningRanking> openingRankings(UUID round) {
        return sql.list("select o.key, r.ranking::text, r.engine_order from round_opening r join opening o on "
                + "o.id = r.opening_id where r.round_id = ? order by o.key", rs -> new OpeningRanking(rs.getString(1),
                        rs.getString(2) == null ? null : read(rs.getString(2), new TypeReference<List<String>>() { }),
                        rs.getBoolean(3)), round);
    }

    /** OPEN to RUNNING, once: false when the round was not open (another run took it). */
    boolean start(UUID round) {
        return sql.update("update round set status = 'RUNNING', progress = 0 where id = ? and status = 'OPEN'", round) == 1;
    }

    void progress(UUID round, double progress) {
        sql.update("update round set progress = ? where id = ? and status = 'RUNNING'", (float) progress, round);
    }

    void freeze(UUID round, RoundInputs inputs, RoundPlan plan) {
        sql.update("update round set inputs = ?::jsonb, plan = ?::jsonb where id = ?", write(inputs), write(plan), round);
    }

    void finish(UUID round, RoundResults results) {
        sql.update("update round set result = ?::jsonb, status = 'DONE', progress = 1, finished_at = clock_timestamp() "
                + "where id = ?", write(results), round);
    }

    List<UUID> running() {
        return sql.list("select id from round where status = 'RUNNING' order by created_at", rs -> Sql.uuid(rs, "id"));
    }

    <T> Optional<T> stored(UUID round, String column, Class<T> type) {
        return sql.one("select " + column + "::text from round where id = ? and " + column + " is not null",
                rs -> read(rs.getString(1), type), round);
    }

    private OpeningAt opening(java.sql.ResultSet rs) throws java.sql.SQLException {
        long owner = rs.getLong(3);
        return new OpeningAt(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : owner,
                read(rs.getString(4), OpeningDoc.class), read(rs.getString(5), StartupDoc.class));
    }

    private StudentAt student(java.sql.ResultSet rs) throws java.sql.SQLException {
        long owner = rs.getLong(3);
        return new StudentAt(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : owner,
                read(rs.getString(4), StudentDoc.class));
    }

    private ProgramAt program(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ProgramAt(rs.getLong(1), rs.getString(2), read(rs.getString(3), ProgramDoc.class), rs.getLong(4),
                rs.getBigDecimal(5));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document could not be read", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document could not be read", e);
        }
    }
}
