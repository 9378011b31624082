package io.triad.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.StudentDoc;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The result shapes of API.md's matching endpoints; reasons and failures write their English themselves. */
public final class MatchResults {
    private MatchResults() {
    }

    public record Page<T>(List<T> items, long total) {
    }

    /**
     * An eligible program and what it pays. {@code enhancedPossible} (true or absent): the program's enhanced rate
     * would pay more than this viewer sees; {@code conditional} (true or absent): eligible only if the student's
     * undisclosed facts pass the program's sensitive rules (see {@link Privacy}).
     */
    public record Funded(String program, Amount amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean enhancedPossible,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conditional) {
    }

    /** A program failing one rule; {@code conditional} as in {@link Funded}. */
    public record NearMiss(String program, List<Failure> failed,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conditional) {
    }

    /** A match that names programs: those that pay for it and its near misses. */
    public interface Funding {
        List<Funded> programs();

        List<NearMiss> nearMisses();

        /** Every program the matches name, once each, in order of appearance (for looking their names up). */
        static List<String> programKeys(List<? extends Funding> matches) {
            return matches.stream().flatMap(m -> Stream.concat(m.programs().stream().map(Funded::program),
                    m.nearMisses().stream().map(NearMiss::program))).distinct().toList();
        }
    }

    /** {@code total}: the most the placement can receive from its programs together (API.md), null when unknown. */
    public record StudentForOpening(String student, float score, List<String> matchedSkills, List<Funded> programs,
            Amount total, List<NearMiss> nearMisses, List<Reason> reasons) implements Funding {
    }

    /** A match for an opening with what a page shows of its student, decoded once by the engine. */
    public record Candidate(StudentForOpening match, StudentSummary student) {
    }

    /** What any viewer of an opening's matches may see of a student beside the match: never a sensitive field. */
    public record StudentSummary(String name, String institution, FieldOfStudy field, Level level) {
        static StudentSummary of(StudentDoc t) {
            return new StudentSummary(t.name(), t.institution(), t.field(), t.level());
        }
    }

    /** {@code total} as on {@link StudentForOpening}. */
    public record OpeningForStudent(String opening, String startup, float score, List<String> matchedSkills,
            List<Funded> programs, Amount total, List<NearMiss> nearMisses, List<Reason> reasons) implements Funding {
    }

    /** A placement a program would fund; {@code enhancedPossible} and {@code conditional} as in {@link Funded}. */
    public record Placement(String opening, String student, float score, Amount amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean enhancedPossible,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conditional,
            List<String> matchedSkills, List<Reason> reasons) {
    }

    /**
     * What a program's dashboard counts with the exact rules of {@link Eligibility}: startups eligible (open, employer
     * rules, and for a placement program capacity and at least one opening not started that passes the placement
     * rules), their openings, the students passing the student rules against at least one of them, and the fundable
     * placements (a fitting student and an eligible opening) with the amount values they get and how many get each.
     */
    public record ProgramFigures(long startups, long eligibleStartups, Map<String, Long> startupsByRegion,
            Map<String, Long> startupsBySector, long eligibleOpenings, long students, long eligibleStudents,
            Map<String, Long> studentsByRegion, long placements, Map<java.math.BigDecimal, Long> amounts) {
    }

    public record CompanyPrograms(List<Funded> eligible, List<NearMiss> nearMisses) {
    }
}
