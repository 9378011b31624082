package io.triad.student;

import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.StudentDoc;
import io.triad.matching.Eligibility;
import io.triad.startup.StartupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Whether a startup account may see a student: the student fits one of its openings that has not started. */
@ApplicationScoped
public class StudentAccess {
    private final StartupService startups;
    private final TriadConfig config;

    StudentAccess(StartupService startups, TriadConfig config) {
        this.startups = startups;
        this.config = config;
    }

    @Transactional
    public boolean fitsAnOpeningOf(Account founder, StudentDoc student) {
        return startups.openingsOwnedBy(founder).stream()
                .anyMatch(o -> !Eligibility.hasStarted(o, config.today())
                        && Eligibility.openingFit(o, student).isEmpty());
    }
}
