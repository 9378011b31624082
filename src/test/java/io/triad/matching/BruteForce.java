package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import io.triad.matching.MatchResults.Funded;
import io.triad.matching.MatchResults.NearMiss;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The straightforward evaluation the engine is compared with: every student against every opening against every
 * program, using only the rule functions of {@link Eligibility} and the formulas of DATA.md, API.md and
 * {@link Scoring}'s documentation, written out again here (amounts, privacy, near misses, score parts, order).
 */
final class BruteForce {
    static final Set<String> NEVER_NEAR_MISS = Set.of("intake.deadline", "capacity");
    static final Set<String> SENSITIVE = Set.of("student.minAge", "student.maxAge", "student.workStatus");
    /** Largest amount first, unknown amounts last, ties by program key. */
    static final Comparator<Funded> LARGEST_FIRST = Comparator
            .comparing((Funded f) -> f.amount() == null ? null : f.amount().value(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Funded::program);

    private final RandomWorld world;

    BruteForce(RandomWorld world) {
        this.world = world;
    }

    /** What one match item must hold, apart from the text part of its score, which only Lucene knows. */
    record Item(String student, String opening, List<String> matchedSkills, List<Funded> programs,
            List<NearMiss> nearMisses, double scoreWithoutText, boolean sharesText) {
    }

    /** Every student fitting the opening (none once it has started), in student key order. */
    List<Item> forOpening(OpeningDoc o, StartupDoc s, LocalDate asOf, boolean privileged) {
        if (o.startDate().isBefore(asOf)) {
            return List.of();
        }
        return world.students.stream().filter(t -> Eligibility.openingFit(o, t).isEmpty())
                .sorted(Comparator.comparing(StudentDoc::key))
                .map(t -> item(o, s, t, asOf, privileged, false)).toList();
    }

    /** Every opening fitting the student (not started), seen by the student themself. */
    List<Item> forStudent(StudentDoc t, LocalDate asOf) {
        List<Item> out = new ArrayList<>();
        for (StartupDoc s : world.startups) {
            for (OpeningDoc o : s.openings()) {
                if (!o.startDate().isBefore(asOf) && Eligibility.openingFit(o, t).isEmpty()) {
                    out.add(item(o, s, t, asOf, true, true));
                }
            }
        }
        return out;
    }

    /** {@code openingSide}: the text part is BM25 of the student's text against the opening, not the reverse. */
    Item item(OpeningDoc o, StartupDoc s, StudentDoc t, LocalDate asOf, boolean privileged, boolean openingSide) {
        List<Funded> eligible = new ArrayList<>();
        List<NearMiss> near = new ArrayList<>();
        for (ProgramDoc p : world.programs) {
            if (!Eligibility.isPublished(p) || p.scope() != Scope.PLACEMENT) {
                continue;
            }
            List<Failure> failed = placementFailures(p, o, s, t, asOf, privileged);
            if (failed.isEmpty()) {
                eligible.add(funded(p, o, t, privileged));
            } else if (failed.size() == 1 && !NEVER_NEAR_MISS.contains(failed.get(0).rule())) {
                near.add(new NearMiss(p.key(), failed, conditional(p, privileged)));
            }
        }
        eligible.sort(LARGEST_FIRST);
        near.sort(Comparator.comparing(NearMiss::program));
        return new Item(t.key(), o.key(), matchedSkills(o, t), eligible, near, scoreWithoutText(o, s, t),
                openingSide ? sharesText(openingText(o), o.language(), studentText(t))
                        : sharesText(studentText(t), t.language(), openingText(o)));
    }

    /** The (opening, student) placements a placement program of any status funds, keyed "opening/student". */
    Map<String, Funded> forProgram(ProgramDoc p, LocalDate asOf, boolean privileged) {
        Map<String, Funded> out = new java.util.TreeMap<>();
        if (p.scope() != Scope.PLACEMENT) {
            return out;
        }
        for (Fit fit : fits.computeIfAbsent(asOf, this::fits)) {
            if (placementFailures(p, fit.o(), fit.s(), fit.t(), asOf, privileged).isEmpty()) {
                out.put(fit.o().key() + "/" + fit.t().key(), funded(p, fit.o(), fit.t(), privileged));
            }
        }
        return out;
    }

    private record Fit(OpeningDoc o, StartupDoc s, StudentDoc t) {
    }

    private final Map<LocalDate, List<Fit>> fits = new java.util.HashMap<>();

    private List<Fit> fits(LocalDate asOf) {
        List<Fit> out = new ArrayList<>();
        for (StartupDoc s : world.startups) {
            for (OpeningDoc o : s.openings()) {
                if (!o.startDate().isBefore(asOf)) {
                    world.students.stream().filter(t -> Eligibility.openingFit(o, t).isEmpty())
                            .forEach(t -> out.add(new Fit(o, s, t)));
                }
            }
        }
        return out;
    }

    /**
     * Every failed program rule of a placement program, in the documented order; opening fit not included. API.md
     * Privacy: for a viewer who is not privileged, the sensitive rules count as passed.
     */
    List<Failure> placementFailures(ProgramDoc p, OpeningDoc o, StartupDoc s, StudentDoc t, LocalDate asOf,
            boolean privileged) {
        return Stream.of(Eligibility.programOpen(p, asOf), Eligibility.capacity(p, world.approved.get(p.key())),
                Eligibility.employerRules(p, s, asOf), Eligibility.studentRules(p, o, t, true),
                Eligibility.placementRules(p, o)).flatMap(List::stream)
                .filter(f -> privileged || !SENSITIVE.contains(f.rule())).toList();
    }

    /** API.md Privacy: a program with an age or work-status rule is "conditional" for a viewer not privileged. */
    static Boolean conditional(ProgramDoc p, boolean privileged) {
        ProgramDoc.StudentRules r = p.student();
        boolean sensitive = r.minAge() != null || r.maxAge() != null
                || r.workStatus() != null && !r.workStatus().isEmpty();
        return !privileged && sensitive ? Boolean.TRUE : null;
    }

    /**
     * The program with what this viewer may see of its amount (API.md's privacy rule): others see the enhanced amount
     * only when the student shares it, and {@code enhancedPossible} whenever they see the standard amount of a program
     * whose enhanced rate pays more here, whoever the student is.
     */
    Funded funded(ProgramDoc p, OpeningDoc o, StudentDoc t, boolean privileged) {
        ProgramDoc.Funding f = p.funding();
        boolean hasEnhanced = f != null && f.enhancedGroups() != null && !f.enhancedGroups().isEmpty();
        boolean qualifies = hasEnhanced && t.groups().stream().anyMatch(f.enhancedGroups()::contains);
        boolean mayUse = privileged || Boolean.TRUE.equals(t.shareEnhancedEligibility());
        Amount standard = amount(f, o, false);
        Amount enhanced = amount(f, o, true);
        boolean showsEnhanced = qualifies && mayUse;
        boolean possible = !privileged && !showsEnhanced && hasEnhanced && !Objects.equals(standard, enhanced);
        return new Funded(p.key(), showsEnhanced ? enhanced : standard, possible ? Boolean.TRUE : null,
                conditional(p, privileged));
    }

    /** DATA.md's funding amount, computed exactly and rounded half up to cents once. */
    static Amount amount(ProgramDoc.Funding f, OpeningDoc o, boolean enhanced) {
        if (f == null) {
            return null;
        }
        if (f.flatPerPlacement() != null) {
            return new Amount(f.flatPerPlacement().setScale(2, RoundingMode.HALF_UP), f.currency());
        }
        if (f.wagePercent() == null) {
            return null;
        }
        BigDecimal wages = o.hourlyWage().multiply(o.hoursPerWeek()).multiply(BigDecimal.valueOf(o.weeks()));
        BigDecimal percent = enhanced && f.enhancedWagePercent() != null ? f.enhancedWagePercent() : f.wagePercent();
        BigDecimal cap = enhanced && f.enhancedCapPerPlacement() != null ? f.enhancedCapPerPlacement()
                : f.capPerPlacement();
        BigDecimal value = wages.multiply(percent).divide(BigDecimal.valueOf(100));
        if (cap != null && cap.compareTo(value) < 0) {
            value = cap;
        }
        return new Amount(value.setScale(2, RoundingMode.HALF_UP), f.currency());
    }

    /** The company programs of API.md: eligible (largest first) and near misses (by key) for a startup. */
    MatchResults.CompanyPrograms companyPrograms(StartupDoc s, LocalDate asOf) {
        List<Funded> eligible = new ArrayList<>();
        List<NearMiss> near = new ArrayList<>();
        for (ProgramDoc p : world.programs) {
            if (!Eligibility.isPublished(p) || p.scope() != Scope.COMPANY) {
                continue;
            }
            List<Failure> failed = Stream.of(Eligibility.programOpen(p, asOf), Eligibility.employerRules(p, s, asOf))
                    .flatMap(List::stream).toList();
            if (failed.isEmpty()) {
                ProgramDoc.Funding f = p.funding();
                Amount amount = f == null || f.maxAmount() == null ? null : new Amount(f.maxAmount(), f.currency());
                eligible.add(new Funded(p.key(), amount, null, null));
            } else if (failed.size() == 1 && !NEVER_NEAR_MISS.contains(failed.get(0).rule())) {
                near.add(new NearMiss(p.key(), failed, null));
            }
        }
        eligible.sort(LARGEST_FIRST);
        near.sort(Comparator.comparing(NearMiss::program));
        return new MatchResults.CompanyPrograms(eligible, near);
    }

    /** Analysis is the slow part of this oracle: both memos are keyed by the exact input. */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> TOKENS = new ConcurrentHashMap<>();

    static String canonicalSkill(String skill) {
        return CANONICAL.computeIfAbsent(skill, TextAnalysis::canonicalSkill);
    }

    static Set<String> canonical(List<String> skills) {
        return skills.stream().map(BruteForce::canonicalSkill).filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The opening's skills as the opening spells them, each that one of the student's skills matches. */
    static List<String> matchedSkills(OpeningDoc o, StudentDoc t) {
        Set<String> have = canonical(t.skills());
        return o.skills().stream().filter(s -> have.contains(canonicalSkill(s))).toList();
    }

    /** The skills, region, work mode and interests parts of {@link Scoring}'s documented formula. */
    static double scoreWithoutText(OpeningDoc o, StartupDoc s, StudentDoc t) {
        Set<String> wanted = canonical(o.skills());
        Set<String> matched = new HashSet<>(wanted);
        matched.retainAll(canonical(t.skills()));
        double skills = wanted.isEmpty() ? 0 : 0.40 * matched.size() / wanted.size();
        double region = o.workMode() == WorkMode.REMOTE || t.region().equals(s.region()) ? 1
                : country(t.region()).equals(country(s.region())) ? 0.5 : 0;
        double mode = t.workModes().isEmpty() ? 0.5 : t.workModes().contains(o.workMode()) ? 1 : 0;
        double interests = t.interests().stream().anyMatch(s.sectors()::contains) ? 1 : 0;
        return skills + 0.15 * region + 0.10 * mode + 0.10 * interests;
    }

    private static String country(String region) {
        int dash = region.indexOf('-');
        return dash < 0 ? region : region.substring(0, dash);
    }

    /**
     * Whether a query text shares an analysed token with an indexed text, both analysed for the indexed text's
     * language (the query is analysed in both languages, but only the indexed field's analysis can match): BM25, hence
     * the text part, is positive exactly then.
     */
    static boolean sharesText(String indexed, String language, String query) {
        Set<String> have = tokens(language, indexed);
        return tokens(language, query).stream().anyMatch(have::contains);
    }

    private static Set<String> tokens(String language, String text) {
        String field = "fr".equals(language) ? TextAnalysis.TEXT_FR : TextAnalysis.TEXT_EN;
        return TOKENS.computeIfAbsent(field + "|" + text,
                k -> new HashSet<>(TextAnalysis.tokens(TextAnalysis.forLanguage(language), field, text)));
    }

    /** The student's text of {@link Scoring}'s formula: skills, field, bio. */
    static String studentText(StudentDoc t) {
        return String.join("\n", Stream.of(String.join(", ", t.skills()), t.field().name().replace('_', ' '), t.bio())
                .filter(Objects::nonNull).toList());
    }

    /** The opening's text of {@link Scoring}'s formula: title, description, skills. */
    static String openingText(OpeningDoc o) {
        return String.join("\n", Stream.of(o.title(), o.description(), String.join(", ", o.skills()))
                .filter(Objects::nonNull).toList());
    }
}
