package io.triad.alert;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.triad.config.TriadConfig;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.indexing.SearchIndex;
import io.triad.matching.Eligibility;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Funded;
import io.triad.notification.Kind;
import io.triad.notification.Notify;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * New or reopened programs, told to whom they concern, once across instances: a company program to the founders of
 * the startups eligible for it, a placement program to the founders whose openings' matches it would fund and to the
 * students whose matches it would fund. Looked for among programs changed since the last run (a few minutes of
 * overlap, so a change committed late is not missed); told once per program and intake (a dedup key on its opening
 * and deadline dates: reopening it with new dates tells again).
 */
@ApplicationScoped
class ProgramNews {
    private static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final int MOST = 1000;

    private record Changed(String key, ProgramDoc doc) {
    }

    private final Sql db;
    private final Notify notify;
    private final SearchIndex index;
    private final ObjectMapper json;
    private final TriadConfig config;

    ProgramNews(Sql db, Notify notify, SearchIndex index, ObjectMapper json, TriadConfig config) {
        this.db = db;
        this.notify = notify;
        this.index = index;
        this.json = json;
        this.config = config;
    }

    @Scheduled(every = "${triad.alerts.every:15m}", delayed = "90s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** How many notices were written now. */
    @Transactional
    int run() {
        if (!notify.once("program-news")) {
            return 0;
        }
        Instant since = db.one("select at from job_watermark where name = 'program-news' for update",
                rs -> Sql.instant(rs, "at")).orElse(null);
        Instant now = db.one("select clock_timestamp()", rs -> Sql.instant(rs, "clock_timestamp")).orElseThrow();
        db.update("insert into job_watermark (name, at) values ('program-news', ?) on conflict (name) do update "
                + "set at = excluded.at", now);
        if (since == null) {
            return 0;
        }
        LocalDate today = config.today();
        List<Changed> changed = db.list("select key, doc::text from program where status = 'PUBLISHED' and updated_at > ?",
                rs -> new Changed(rs.getString(1), read(rs.getString(2), ProgramDoc.class)), since.minus(OVERLAP))
                .stream().filter(c -> Eligibility.programOpen(c.doc(), today).isEmpty()).toList();
        if (changed.isEmpty()) {
            return 0;
        }
        int told = 0;
        for (Changed c : changed) {
            if (c.doc().scope() == Scope.COMPANY) {
                told += companyNews(c, today);
            }
        }
        Map<String, Changed> placement = changed.stream().filter(c -> c.doc().scope() == Scope.PLACEMENT)
                .collect(Collectors.toMap(Changed::key, c -> c));
        if (!placement.isEmpty()) {
            told += placementNews(placement, today);
        }
        return told;
    }

    private int companyNews(Changed c, LocalDate today) {
        int told = 0;
        for (var s : db.list("select owner_id, key, doc::text from startup where owner_id is not null",
                rs -> Map.entry(rs.getLong(1), read(rs.getString(3), StartupDoc.class)))) {
            if (Eligibility.company(c.doc(), s.getValue(), today).eligible()) {
                told += tell(s.getKey(), c);
            }
        }
        return told;
    }

    private int placementNews(Map<String, Changed> changed, LocalDate today) {
        int told = 0;
        for (var o : db.list("select s.owner_id, o.key from opening o join startup s on s.id = o.startup_id "
                + "where s.owner_id is not null", rs -> Map.entry(rs.getLong(1), rs.getString(2)))) {
            Set<String> funding = index.engine().forOpening(o.getValue(), today, MOST, true, MatchOrder.SCORE, false)
                    .items().stream().flatMap(m -> m.programs().stream()).map(Funded::program).collect(Collectors.toSet());
            for (String key : funding) {
                if (changed.containsKey(key)) {
                    told += tell(o.getKey(), changed.get(key));
                }
            }
        }
        for (var t : db.list("select owner_id, doc::text from student where owner_id is not null",
                rs -> Map.entry(rs.getLong(1), read(rs.getString(2), StudentDoc.class)))) {
            Set<String> funding = index.engine().forStudent(t.getValue(), today, MOST).items().stream()
                    .flatMap(m -> m.programs().stream()).map(Funded::program).collect(Collectors.toSet());
            for (String key : funding) {
                if (changed.containsKey(key)) {
                    told += tell(t.getKey(), changed.get(key));
                }
            }
        }
        return told;
    }

    private int tell(long account, Changed c) {
        String intake = c.doc().intake().opens() + ":" + c.doc().intake().deadline();
        return notify.tell(account, Kind.PROGRAM_NEW, "program:" + c.key(), "/programs/" + c.key(),
                Notify.program(c.doc().name(), c.doc().nameFr(), Map.of()), "program-new:" + c.key() + ":" + intake).isPresent() ? 1 : 0;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document could not be read", e);
        }
    }
}
