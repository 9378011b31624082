package io.triad.account;

import io.triad.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The operator's list of accounts with what each owns, newest first, one page at a time. */
@ApplicationScoped
class AccountDirectory {
    static final int PAGE_SIZE = 50;

    record Row(String email, Role role, Instant created, long programs, long startups, long students) {
    }

    record Listing(List<Row> rows, long total) {
    }

    /**
     * Accounts of {@code role} (null: all) whose email contains {@code emailPart} (blank: all). What each owns is
     * counted by entity name in the query, so this package imports none of the features that own things.
     */
    @Transactional
    Listing list(Role role, String emailPart, int page) {
        String where = " where lower(a.email) like :q escape '!'" + (role == null ? "" : " and a.role = :role");
        TypedQuery<Object[]> rows = Account.getEntityManager().createQuery("""
                select a.email, a.role, a.createdAt,
                  (select count(p) from ProgramEntity p where p.owner = a),
                  (select count(s) from StartupEntity s where s.owner = a),
                  (select count(t) from StudentEntity t where t.owner = a)
                from Account a""" + where + " order by a.createdAt desc, a.id desc", Object[].class);
        TypedQuery<Long> total = Account.getEntityManager()
                .createQuery("select count(a) from Account a" + where, Long.class);
        String pattern = "%" + escape(emailPart == null ? "" : emailPart.trim().toLowerCase(Locale.ROOT)) + "%";
        rows.setParameter("q", pattern);
        total.setParameter("q", pattern);
        if (role != null) {
            rows.setParameter("role", role);
            total.setParameter("role", role);
        }
        List<Row> found = rows.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList().stream()
                .map(r -> new Row((String) r[0], (Role) r[1], (Instant) r[2], (Long) r[3], (Long) r[4], (Long) r[5]))
                .toList();
        return new Listing(found, total.getSingleResult());
    }

    /** The text is matched literally: LIKE's wildcards are escaped. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
