package io.triad.student;

import io.triad.domain.StudentDoc;
import io.triad.people.PeopleViews;
import io.triad.web.RegionNames;
import java.util.List;
import java.util.Locale;

/**
 * What a startup owner sees of a student whose profile fits one of its openings: the redacted view of API.md, without
 * the birth date, work status, groups or email, which only the student and operators ever see.
 */
record StudentPreview(String name, String institution, String field, String level, String enrolment,
        String graduation, String region, String availableFrom, String availableUntil, List<String> workModes,
        List<String> skills, List<String> interests, String bio, boolean sharesEnhanced) {

    static StudentPreview of(StudentDoc d, Locale locale) {
        return new StudentPreview(d.name(), d.institution() == null ? "" : d.institution(), PeopleViews.name(d.field()),
                PeopleViews.name(d.level()), PeopleViews.name(d.enrolment()), PeopleViews.date(d.graduationDate(), locale),
                RegionNames.name(d.region(), locale), PeopleViews.date(d.availableFrom(), locale),
                PeopleViews.date(d.availableUntil(), locale), PeopleViews.names(d.workModes()), d.skills(),
                PeopleViews.names(d.interests()), d.bio() == null ? "" : d.bio(), d.shareEnhancedEligibility());
    }
}
