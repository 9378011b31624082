package io.triad.floor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TechEmpower's Fortunes: every row of a small table read with one query, one more added at request time, sorted by
 * message, written by a Qute template. The floor of any page on this stack: Triad's pages are measured against it.
 */
@Path("/fortunes")
public class FortunePage {
    record Fortune(int id, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fortunes(List<Fortune> fortunes);
    }

    private final AgroalDataSource db;

    FortunePage(AgroalDataSource db) {
        this.db = db;
    }

    /** The table in a schema of its own, so it can sit in Triad's database without touching Triad's tables. */
    void create(@Observes StartupEvent start) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema if not exists floor");
            s.execute("create table if not exists floor.fortune (id int primary key, message text not null)");
            s.execute("""
                    insert into floor.fortune values
                    (1, 'fortune: No such file or directory'),
                    (2, 'A computer scientist is someone who fixes things that aren''t broken.'),
                    (3, 'After enough decimal places, nobody gives a damn.'),
                    (4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'),
                    (5, 'A computer program does what you tell it to do, not what you want it to do.'),
                    (6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'),
                    (7, 'Any program that runs right is obsolete.'),
                    (8, 'A list is only as strong as its weakest link. — Donald Knuth'),
                    (9, 'Feature: A bug with seniority.'),
                    (10, 'Computers make very fast, very accurate mistakes.'),
                    (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
                    (12, 'フレームワークのベンチマーク')
                    on conflict (id) do nothing""");
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance fortunes() throws SQLException {
        List<Fortune> fortunes = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select id, message from floor.fortune");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                fortunes.add(new Fortune(rs.getInt(1), rs.getString(2)));
            }
        }
        fortunes.add(new Fortune(0, "Additional fortune added at request time."));
        fortunes.sort(Comparator.comparing(Fortune::message));
        return Templates.fortunes(fortunes);
    }
}
