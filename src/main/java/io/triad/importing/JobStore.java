package io.triad.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.triad.domain.validation.Violation;
import io.triad.importing.ImportJobs.Failure;
import io.triad.importing.ImportJobs.Job;
import io.triad.importing.ImportJobs.Phase;
import io.triad.importing.ImportService.Counts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The import jobs' rows (V8): every replica reads the same jobs, whichever one runs them. Written by the replica that
 * runs the job only, each write in its own short transaction. Its own plain JSON mapper keeps the stored records
 * independent of how the API writes them.
 */
@ApplicationScoped
class JobStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "j.id, j.file_name, j.bytes, a.email, j.created_at, j.phase, j.updated_at, "
            + "j.counts, j.violations, j.violation_count, j.failure, j.failed_at from import_job j "
            + "left join account a on a.id = j.started_by";
    private final AgroalDataSource dataSource;

    JobStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds the job, then forgets finished jobs beyond the newest {@code kept}. */
    void insert(Job job, Long startedBy, int kept) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into import_job (id, file_name, bytes, started_by, "
                    + "created_at, phase, updated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, UUID.fromString(job.id()));
                ps.setString(2, job.fileName());
                ps.setLong(3, job.bytes());
                ps.setObject(4, startedBy, Types.BIGINT);
                ps.setTimestamp(5, Timestamp.from(job.created()));
                ps.setString(6, job.phase().name());
                ps.setTimestamp(7, Timestamp.from(job.updated()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("delete from import_job where phase in ('DONE', 'FAILED') "
                    + "and id not in (select id from import_job order by created_at desc limit ?)")) {
                ps.setInt(1, kept);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record import job", e);
        }
    }

    void update(Job job) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("update import_job "
                + "set phase = ?, updated_at = ?, counts = ?::jsonb, violations = ?::jsonb, violation_count = ?, "
                + "failure = ?::jsonb, failed_at = ? where id = ?")) {
            ps.setString(1, job.phase().name());
            ps.setTimestamp(2, Timestamp.from(job.updated()));
            ps.setString(3, job.counts() == null ? null : write(job.counts()));
            ps.setString(4, write(job.violations()));
            ps.setInt(5, job.violationCount());
            ps.setString(6, job.failure() == null ? null : write(job.failure()));
            ps.setString(7, job.failedAt() == null ? null : job.failedAt().name());
            ps.setObject(8, UUID.fromString(job.id()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record import job progress", e);
        }
    }

    Optional<Job> get(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<Job> found = query("select " + COLUMNS + " where j.id = ?", uuid);
        return found.stream().findFirst();
    }

    /** The newest {@code limit} jobs, newest first. */
    List<Job> recent(int limit) {
        return query("select " + COLUMNS + " order by j.created_at desc, j.id limit ?", limit);
    }

    private List<Job> query(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    jobs.add(read(rs));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import jobs", e);
        }
    }

    private static Job read(ResultSet rs) throws SQLException {
        String counts = rs.getString(8);
        String failure = rs.getString(11);
        String failedAt = rs.getString(12);
        String startedBy = rs.getString(4);
        try {
            return new Job(rs.getString(1), rs.getString(2), rs.getLong(3), startedBy == null ? "" : startedBy,
                    rs.getTimestamp(5).toInstant(), Phase.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(),
                    counts == null ? null : JSON.readValue(counts, Counts.class),
                    JSON.readValue(rs.getString(9), new TypeReference<List<Violation>>() { }), rs.getInt(10),
                    failure == null ? null : JSON.readValue(failure, Failure.class),
                    failedAt == null ? null : Phase.valueOf(failedAt));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
