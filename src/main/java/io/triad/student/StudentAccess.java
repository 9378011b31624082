package io.triad.student;

import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.StudentDoc;
import io.triad.matching.Eligibility;
import io.triad.startup.StartupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Whether a startup account may see a student: the student fits one of its openings that has not started. */
@ApplicationScoped
public class StudentAccess {
    private final StartupService startups;
    private final TriadConfig config;
    private final EntityManager em;

    StudentAccess(StartupService startups, TriadConfig config, EntityManager em) {
        this.startups = startups;
        this.config = config;
        this.em = em;
    }

    /** Whether the student accepted an invitation of one of the founder's startups (WORKFLOW.md's privacy). */
    @Transactional
    public boolean acceptedAnInvitationOf(Account founder, long studentId) {
        return (Boolean) em.createNativeQuery("""
                select exists (select 1 from invitation i join opening o on o.id = i.opening_id
                  join startup s on s.id = o.startup_id
                  where i.student_id = ?1 and s.owner_id = ?2 and i.status = 'ACCEPTED')""")
                .setParameter(1, studentId).setParameter(2, founder.id).getSingleResult();
    }

    @Transactional
    public boolean fitsAnOpeningOf(Account founder, StudentDoc student) {
        return startups.openingsOwnedBy(founder).stream()
                .anyMatch(o -> !Eligibility.hasStarted(o, config.today())
                        && Eligibility.openingFit(o, student).isEmpty());
    }
}
