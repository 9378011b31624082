package io.triad.matching;

import java.util.Objects;

/**
 * One failed rule, reported to clients as {@code { "rule", "need", "have" }}.
 *
 * <p>{@code rule} is the rule id of DATA.md: the rule's path in the program document
 * ({@code employer.maxHeadcount}, {@code student.recentGradMonths}, {@code intake.deadline}, {@code capacity}),
 * an opening-fit id ({@code opening.levels}, {@code opening.fields}, {@code opening.availability},
 * {@code opening.workMode}), or {@code scope} when a program is checked for the wrong kind of match.
 *
 * <p>{@code need} states what would pass, {@code have} the value that was tested, as text:
 * <ul>
 *   <li>minimum / maximum: {@code ">= 10"} / {@code "<= 30"}, have {@code "8"}; decimals without trailing zeros
 *       ({@code ">= 37.5"}); dates ISO ({@code ">= 2027-02-28"}).</li>
 *   <li>{@code intake.opens}: need {@code ">= <opens>"}, have the asOf date; {@code intake.deadline}: need
 *       {@code "<= <deadline>"}, have the asOf date; {@code capacity}: need {@code "< 500"}, have the number of
 *       approved placements.</li>
 *   <li>{@code employer.minCompanyAgeYears} and {@code student.minAge} and their maxima: have the age in whole years;
 *       {@code student.recentGradMonths}: need {@code ">= <startDate minus n months>"}, have the graduation date.</li>
 *   <li>set rules: need {@code "one of BACHELOR, MASTER"} (the rule's list, in its order), have the tested constant
 *       ({@code "SEED"}); {@code employer.sectors}: need {@code "any of SOFTWARE, MEDIA"}, have the startup's sectors
 *       joined by {@code ", "}.</li>
 *   <li>region rules: need {@code "region CA-ON"} for a one-element list, else {@code "one of CA-ON, CA-QC"};
 *       have the entity's region.</li>
 *   <li>flags ({@code employer.mustBeIncorporated}, {@code employer.forProfitOnly}): need {@code "true"},
 *       have {@code "false"}.</li>
 *   <li>{@code opening.workMode}: need {@code "one of <student's work modes>"}, have the opening's work mode.</li>
 *   <li>{@code opening.availability}: need {@code "from <= <startDate>, until >= <lastDay>"}, have
 *       {@code "from <availableFrom>, until <availableUntil>"} (without the until part when open-ended).</li>
 *   <li>{@code scope}: need {@code "PLACEMENT"} or {@code "COMPANY"}, have the program's scope.</li>
 * </ul>
 * {@code have} is {@code null} (JSON null) when the tested value is missing: no birth date, work status,
 * graduation date or sectors.
 */
public record Failure(String rule, String need, String have) {

    public Failure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(need, "need");
    }
}
