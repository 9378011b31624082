package io.triad.people;

import io.triad.domain.Enrolment;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.Sector;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import java.time.LocalDate;
import java.util.List;

/** What a startup may see of a student: no birth date, work status, groups, email or enhanced-rate choice. */
public record StudentView(String key, String name, String institution, FieldOfStudy field, Level level,
        Enrolment enrolment, LocalDate graduationDate, String region, List<String> skills, List<Sector> interests,
        String bio, LocalDate availableFrom, LocalDate availableUntil, List<WorkMode> workModes, String language) {

    public static StudentView of(StudentDoc s) {
        return new StudentView(s.key(), s.name(), s.institution(), s.field(), s.level(), s.enrolment(),
                s.graduationDate(), s.region(), s.skills(), s.interests(), s.bio(), s.availableFrom(),
                s.availableUntil(), s.workModes(), s.language());
    }
}
