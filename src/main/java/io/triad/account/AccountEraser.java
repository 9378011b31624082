package io.triad.account;

import io.triad.program.ProgramEntity;
import io.triad.program.ProgramService;
import io.triad.startup.StartupEntity;
import io.triad.startup.StartupService;
import io.triad.student.StudentEntity;
import io.triad.student.StudentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What an account owns, and erasing the account with all of it (sessions go with the account row). */
@ApplicationScoped
class AccountEraser {
    private final ProgramService programs;
    private final StartupService startups;
    private final StudentService students;

    AccountEraser(ProgramService programs, StartupService startups, StudentService students) {
        this.programs = programs;
        this.startups = startups;
        this.students = students;
    }

    @Transactional
    AccountResource.Me describe(Account account) {
        return new AccountResource.Me(account.email, account.role, new AccountResource.Owns(
                startups.ownedBy(account).stream().map(s -> s.key).toList(),
                StudentEntity.ownedBy(account).stream().map(s -> s.key).toList(),
                programs.keysOwnedBy(account)));
    }

    @Transactional
    void erase(Account detached) {
        Account account = Account.findById(detached.id);
        ProgramEntity.<ProgramEntity>list("owner", account).forEach(programs::delete);
        startups.ownedBy(account).forEach(startups::delete);
        StudentEntity.ownedBy(account).ifPresent(students::delete);
        account.delete();
    }
}
