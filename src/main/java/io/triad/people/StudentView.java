package io.triad.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.triad.domain.Enrolment;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.Sector;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What a startup may see of a student: no birth date, work status, groups or enhanced-rate choice, and no email until
 * the student accepted one of its invitations (WORKFLOW.md's privacy).
 */
public record StudentView(String key, String name, String institution, FieldOfStudy field, Level level,
        Enrolment enrolment, LocalDate graduationDate, String region, List<String> skills, List<Sector> interests,
        String bio, LocalDate availableFrom, LocalDate availableUntil, List<WorkMode> workModes, String language,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email) {

    public static StudentView of(StudentDoc s) {
        return of(s, false);
    }

    /** {@code withEmail}: the student accepted an invitation of the viewer's startup. */
    public static StudentView of(StudentDoc s, boolean withEmail) {
        return new StudentView(s.key(), s.name(), s.institution(), s.field(), s.level(), s.enrolment(),
                s.graduationDate(), s.region(), s.skills(), s.interests(), s.bio(), s.availableFrom(),
                s.availableUntil(), s.workModes(), s.language(), withEmail ? s.email() : null);
    }
}
