package io.triad.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** A student profile, as DATA.md describes it. birthDate, workStatus and groups are sensitive. */
public record StudentDoc(String key, String name, String email, String institution, FieldOfStudy field,
        Level level, Enrolment enrolment, LocalDate graduationDate, WorkStatus workStatus, LocalDate birthDate,
        String region, List<String> skills, List<Sector> interests, String bio, LocalDate availableFrom,
        LocalDate availableUntil, List<WorkMode> workModes, List<EquityGroup> groups,
        Boolean shareEnhancedEligibility, String language,
        @JsonInclude(JsonInclude.Include.NON_NULL) String owner) {

    public StudentDoc {
        skills = skills == null ? List.of() : skills;
        interests = interests == null ? List.of() : interests;
        workModes = workModes == null ? List.of() : workModes;
        groups = groups == null ? List.of() : groups;
        shareEnhancedEligibility = shareEnhancedEligibility != null && shareEnhancedEligibility;
        language = language == null ? "en" : language;
    }

    public StudentDoc withOwner(String newOwner) {
        return new StudentDoc(key, name, email, institution, field, level, enrolment, graduationDate, workStatus,
                birthDate, region, skills, interests, bio, availableFrom, availableUntil, workModes, groups,
                shareEnhancedEligibility, language, newOwner);
    }
}
