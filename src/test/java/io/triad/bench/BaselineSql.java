package io.triad.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The baseline's schema and queries. The DATA.md rules are written as SQL predicates: an empty rule list is stored as
 * NULL ("no restriction"), a missing tested value makes its comparison NULL and the row fail, as DATA.md wants.
 */
final class BaselineSql {
    static final List<String> SCHEMA = List.of(
            "drop table if exists students, programs, startups, openings",
            // array_to_string is only STABLE; a generated column needs an IMMUTABLE expression
            """
            create or replace function immutable_join(text[]) returns text language sql immutable parallel safe
            as $$ select array_to_string($1, ' ') $$""",
            """
            create table students (key text collate "C" not null, level text not null, field text not null,
              enrolment text not null, graduation_date date, work_status text, birth_date date, region text not null,
              available_from date not null, available_until date, work_modes text[] not null, groups text[] not null,
              skills text[] not null, interests text[] not null, bio text, share_enhanced boolean not null,
              language text not null,
              tsv tsvector generated always as
                (to_tsvector('english', immutable_join(skills) || ' ' || coalesce(bio, ''))) stored)""",
            """
            create table programs (key text collate "C" not null, status text not null, scope text not null,
              opens date, deadline date, capacity int, approved bigint not null,
              e_stages text[], e_regions text[], e_sectors text[], e_min_headcount int, e_max_headcount int,
              e_min_age int, e_max_age int, e_incorporated boolean not null, e_for_profit boolean not null,
              s_levels text[], s_fields text[], s_enrolment text[], s_recent_grad_months int, s_work_status text[],
              s_min_age int, s_max_age int, s_regions text[],
              p_min_weeks int, p_max_weeks int, p_min_hours numeric, p_earliest date, p_latest date,
              currency text, wage_percent numeric, cap numeric, enh_percent numeric, enh_cap numeric,
              enh_groups text[], flat numeric, max_amount numeric)""",
            """
            create table startups (key text collate "C" not null, stage text not null, region text not null,
              sectors text[] not null, headcount int not null, founded_on date not null, incorporated boolean not null,
              for_profit boolean not null)""",
            """
            create table openings (key text collate "C" not null, startup_key text collate "C" not null,
              title text not null, description text, skills text[] not null, levels text[], fields text[],
              start_date date not null, weeks int not null, hours numeric not null, wage numeric not null,
              work_mode text not null)""");

    static final Map<String, String> COLUMNS = Map.of(
            "students", "key, level, field, enrolment, graduation_date, work_status, birth_date, region, "
                    + "available_from, available_until, work_modes, groups, skills, interests, bio, share_enhanced, language",
            "programs", "key, status, scope, opens, deadline, capacity, approved, e_stages, e_regions, e_sectors, "
                    + "e_min_headcount, e_max_headcount, e_min_age, e_max_age, e_incorporated, e_for_profit, s_levels, "
                    + "s_fields, s_enrolment, s_recent_grad_months, s_work_status, s_min_age, s_max_age, s_regions, "
                    + "p_min_weeks, p_max_weeks, p_min_hours, p_earliest, p_latest, currency, wage_percent, cap, "
                    + "enh_percent, enh_cap, enh_groups, flat, max_amount",
            "startups", "key, stage, region, sectors, headcount, founded_on, incorporated, for_profit",
            "openings", "key, startup_key, title, description, skills, levels, fields, start_date, weeks, hours, wage, "
                    + "work_mode");

    static final List<String> INDEXES = List.of(
            "alter table students add primary key (key)",
            "create index students_tsv on students using gin (tsv)",
            "create index students_fit on students (field, level, available_from)",
            "alter table programs add primary key (key)",
            "alter table startups add primary key (key)",
            "alter table openings add primary key (key)");

    /** The opening with its startup, and its skills and title as an OR of English lexemes. */
    static final String OPENING = """
            select o.levels, o.fields, o.start_date, o.start_date + 7 * o.weeks - 1, o.work_mode,
              (select string_agg(quote_literal(w), ' | ') from unnest(tsvector_to_array(
                 to_tsvector('english', immutable_join(o.skills) || ' ' || o.title))) w)
            from openings o where o.key = ?""";

    /**
     * Eligible published placement programs of DATA.md for (opening, student), with the amount a startup may see. As
     * for a startup in the engine (API.md "Privacy"), the age and work-status rules count as passed.
     */
    static final String PROGRAMS = """
            select t.key, p.key,
              case when p.flat is not null then round(p.flat, 2)
                   when p.wage_percent is null then null
                   else round(least(o.wage * o.hours * o.weeks
                          * (case when x.enhanced then coalesce(p.enh_percent, p.wage_percent) else p.wage_percent end) / 100,
                        case when x.enhanced then coalesce(p.enh_cap, p.cap) else p.cap end), 2) end as amount
            from (select ?::text[] as keys, ?::text as opening, ?::date as as_of) a
            cross join students t
            cross join openings o
            join startups s on s.key = o.startup_key
            cross join programs p
            cross join lateral (select t.share_enhanced and t.groups && p.enh_groups as enhanced,
                                       date_part('year', age(a.as_of, s.founded_on)) as company_age,
                                       date_part('year', age(o.start_date, t.birth_date)) as age) x
            where t.key = any(a.keys) and o.key = a.opening and p.status = 'PUBLISHED' and p.scope = 'PLACEMENT'
              and (p.opens is null or p.opens <= a.as_of) and (p.deadline is null or a.as_of <= p.deadline)
              and (p.capacity is null or p.approved < p.capacity)
              and (p.e_stages is null or s.stage = any(p.e_stages))
              and (p.e_regions is null or exists (select 1 from unnest(p.e_regions) r
                                                   where s.region = r or starts_with(s.region, r || '-')))
              and (p.e_sectors is null or p.e_sectors && s.sectors)
              and (p.e_min_headcount is null or s.headcount >= p.e_min_headcount)
              and (p.e_max_headcount is null or s.headcount <= p.e_max_headcount)
              and (p.e_min_age is null or x.company_age >= p.e_min_age)
              and (p.e_max_age is null or x.company_age <= p.e_max_age)
              and (not p.e_incorporated or s.incorporated) and (not p.e_for_profit or s.for_profit)
              and (p.s_levels is null or t.level = any(p.s_levels))
              and (p.s_fields is null or t.field = any(p.s_fields))
              and (p.s_enrolment is null or t.enrolment = any(p.s_enrolment))
              and (p.s_recent_grad_months is null or p.s_enrolment is null or not ('GRADUATED' = any(p.s_enrolment))
                   or t.enrolment <> 'GRADUATED'
                   or t.graduation_date >= (o.start_date - make_interval(months => p.s_recent_grad_months))::date)
              and (p.s_regions is null or exists (select 1 from unnest(p.s_regions) r
                                                  where t.region = r or starts_with(t.region, r || '-')))
              and (p.p_min_weeks is null or o.weeks >= p.p_min_weeks)
              and (p.p_max_weeks is null or o.weeks <= p.p_max_weeks)
              and (p.p_min_hours is null or o.hours >= p.p_min_hours)
              and (p.p_earliest is null or o.start_date >= p.p_earliest)
              and (p.p_latest is null or o.start_date <= p.p_latest)
            order by t.key, amount desc nulls last, p.key""";

    /** What the ranking query needs of an opening. */
    record Opening(String[] levels, String[] fields, LocalDate start, LocalDate lastDay, String workMode,
            String query) {
        static Opening read(ResultSet rs) throws SQLException {
            return new Opening(strings(rs.getArray(1)), strings(rs.getArray(2)), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6));
        }

        private static String[] strings(Array a) throws SQLException {
            return a == null ? null : (String[]) a.getArray();
        }
    }

    private static final String FIT = " t.available_from <= ? and (t.available_until is null or t.available_until >= ?)"
            + " and (cardinality(t.work_modes) = 0 or ? = any(t.work_modes))";

    /** Only the predicates the opening needs, so the planner sees plain conditions it can use indexes for. */
    static String fitWhere(Opening o) {
        return (o.levels() == null ? "" : " t.level = any(?) and") + (o.fields() == null ? "" : " t.field = any(?) and")
                + FIT;
    }

    String rank(Opening o, boolean requireText) {
        if (o.query() == null) {
            return "select t.key from students t where" + fitWhere(o) + " order by t.key limit ?";
        }
        return "select t.key, ts_rank(t.tsv, q) as r from students t, cast(? as tsquery) q where"
                + (requireText ? " t.tsv @@ q and" : "") + fitWhere(o) + " order by r desc, t.key limit ?";
    }

    void bindRank(PreparedStatement ps, Opening o, int limit, Connection c) throws SQLException {
        int i = 1;
        if (o.query() != null) {
            ps.setString(i++, o.query());
        }
        i = bindFit(ps, o, i, c);
        ps.setInt(i, limit);
    }

    String count(Opening o) {
        return "select count(*) from students t where" + fitWhere(o);
    }

    void bindCount(PreparedStatement ps, Opening o, Connection c) throws SQLException {
        bindFit(ps, o, 1, c);
    }

    static int bindFit(PreparedStatement ps, Opening o, int i, Connection c) throws SQLException {
        if (o.levels() != null) {
            ps.setArray(i++, c.createArrayOf("text", o.levels()));
        }
        if (o.fields() != null) {
            ps.setArray(i++, c.createArrayOf("text", o.fields()));
        }
        ps.setObject(i++, o.start());
        ps.setObject(i++, o.lastDay());
        ps.setString(i++, o.workMode());
        return i;
    }
}
