package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StudentDoc;
import java.time.LocalDate;
import java.util.List;

/** The opening-fit rules of DATA.md: whether a student can be matched with an opening at all. */
final class OpeningFitCheck {
    private OpeningFitCheck() {
    }

    static List<Failure> check(OpeningDoc opening, StudentDoc student) {
        RuleCheck check = new RuleCheck()
                .oneOf("opening.levels", opening.levels(), student.level())
                .oneOf("opening.fields", opening.fields(), student.field());
        availability(check, opening, student);
        if (RuleCheck.restricts(student.workModes())) {
            check.oneOf("opening.workMode", student.workModes(), opening.workMode());
        }
        return check.failures();
    }

    private static void availability(RuleCheck check, OpeningDoc opening, StudentDoc student) {
        LocalDate from = student.availableFrom();
        LocalDate until = student.availableUntil();
        LocalDate lastDay = opening.lastDay();
        boolean passes = from != null && !from.isAfter(opening.startDate())
                && (until == null || !until.isBefore(lastDay));
        List<LocalDate> have = from == null ? null : until == null ? List.of(from) : List.of(from, until);
        check.check("opening.availability", passes, Failure.Kind.AVAILABILITY, List.of(opening.startDate(), lastDay),
                have);
    }
}
