package io.triad.home;

import io.triad.home.HomeViews.Figure;
import io.triad.home.HomeViews.OperatorHome;
import io.triad.home.HomeViews.Step;
import io.triad.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** An operator's home: what the service holds, whether search is ready, and the next thing to do. */
@ApplicationScoped
class OperatorHomes {
    private final EntityManager em;
    private final SearchIndex index;

    OperatorHomes(EntityManager em, SearchIndex index) {
        this.em = em;
        this.index = index;
    }

    @Transactional
    OperatorHome home(HomeWording w) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select (select count(*) from account), (select count(*) from account where role = 'STARTUP'),
                (select count(*) from account where role = 'STUDENT'),
                (select count(*) from account where role = 'PROGRAM_ADMIN'), (select count(*) from program),
                (select count(*) from startup), (select count(*) from opening), (select count(*) from student),
                (select count(*) from application where status = 'PENDING')""").getSingleResult();
        List<Figure> figures = List.of(figure("accounts", w.m.op_accounts(), r[0], w),
                figure("founders", w.m.op_founders(), r[1], w), figure("students", w.m.op_students(), r[2], w),
                figure("admins", w.m.op_admins(), r[3], w), figure("programs", w.m.op_programs(), r[4], w),
                figure("startups", w.m.op_startups(), r[5], w), figure("openings", w.m.op_openings(), r[6], w),
                figure("profiles", w.m.op_profiles(), r[7], w), figure("pending", w.m.op_pending(), r[8], w));
        boolean ready = index.isReady();
        long programs = ((Number) r[4]).longValue();
        Step next = !ready ? new Step("/q/health/ready", w.m.op_next_index(), w.m.op_next_index_why())
                : programs == 0 ? new Step("/operator/import", w.m.op_next_import(), w.m.op_next_import_why())
                : new Step("/operator/accounts", w.m.op_next_accounts(), w.m.op_next_accounts_why());
        return new OperatorHome(figures, ready, next);
    }

    private static Figure figure(String id, String label, Object value, HomeWording w) {
        return new Figure(id, label, w.count(((Number) value).longValue()));
    }
}
