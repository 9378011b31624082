package io.triad.placement;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Everything the workflow stored about one opening (its invitations, placements, applications with amounts and reasons,
 * and their history), as one string: a request that fails must leave it exactly as it was.
 */
final class Fingerprint {
    private static final String SQL = """
            with o as (select id from opening where key = ?),
              i as (select i.* from invitation i where i.opening_id in (select id from o)),
              p as (select p.* from placement p where p.opening_id in (select id from o)),
              a as (select a.* from application a where a.placement_id in (select id from p))
            select concat_ws(' | ',
              (select string_agg(id || ' ' || status, ', ' order by id) from i),
              (select string_agg(id || ' ' || status || ' ' || start_date, ', ' order by id) from p),
              (select string_agg(id || ' ' || status || ' ' || coalesce(amount::text, '-') || ' '
                 || coalesce(reason, '-'), ', ' order by id) from a),
              (select count(*) from workflow_history h where h.invitation_id in (select id from i)
                 or h.placement_id in (select id from p) or h.application_id in (select id from a)))""";

    private Fingerprint() {
    }

    static String of(DataSource db, String opening) throws SQLException {
        return new Seeds(db).ids(SQL, opening).get(0);
    }
}
