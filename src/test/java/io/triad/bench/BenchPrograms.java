package io.triad.bench;

import io.triad.domain.Enrolment;
import io.triad.domain.EquityGroup;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic programs for the benchmark, with the rule mixes of real Canadian programs around the demo date
 * (2026-11-26): about two thirds placement programs, mostly published and open, national or provincial, with the
 * usual employer limits (incorporated, for profit, under 500 staff), student limits (full-time, citizens and permanent
 * residents, youth age caps) and wage subsidies with enhanced rates for equity groups.
 */
final class BenchPrograms {
    private static final String[] PROVINCES = {"CA-ON", "CA-ON", "CA-ON", "CA-QC", "CA-QC", "CA-BC", "CA-BC", "CA-AB",
        "CA-NS", "CA-MB", "CA-SK", "CA-NB"};
    private static final List<FieldOfStudy> STEM = List.of(FieldOfStudy.COMPUTER_SCIENCE, FieldOfStudy.ENGINEERING,
            FieldOfStudy.MATHEMATICS_STATISTICS, FieldOfStudy.NATURAL_SCIENCES);

    private final SplittableRandom rnd;

    private BenchPrograms(long seed) {
        rnd = new SplittableRandom(seed);
    }

    /** {@code count} programs keyed {@code bench-program-<n>}. */
    static List<ProgramDoc> generate(long seed, int count) {
        BenchPrograms g = new BenchPrograms(seed);
        List<ProgramDoc> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(g.program("bench-program-" + i));
        }
        return out;
    }

    /** {@link #approved} of each program, by key, in the programs' order. */
    static Map<String, Long> approvedByKey(List<ProgramDoc> programs, long seed) {
        Map<String, Long> approved = new LinkedHashMap<>();
        programs.forEach(p -> approved.put(p.key(), approved(p, seed)));
        return approved;
    }

    /** Approved placements so far: none for most, a program or two at capacity. */
    static long approved(ProgramDoc p, long seed) {
        if (p.capacity() == null) {
            return 0;
        }
        SplittableRandom r = new SplittableRandom(seed ^ p.key().hashCode());
        return r.nextInt(20) == 0 ? p.capacity() : r.nextInt(p.capacity() / 2 + 1);
    }

    private ProgramDoc program(String key) {
        boolean placement = rnd.nextInt(3) < 2;
        String region = chance(0.4) ? "CA" : pick(PROVINCES);
        int s = rnd.nextInt(100);
        ProgramStatus status = s < 92 ? ProgramStatus.PUBLISHED : s < 97 ? ProgramStatus.DRAFT : ProgramStatus.CLOSED;
        ProgramKind kind = placement ? pick(new ProgramKind[] {ProgramKind.WAGE_SUBSIDY, ProgramKind.WAGE_SUBSIDY,
            ProgramKind.INTERNSHIP_GRANT, ProgramKind.TAX_CREDIT})
                : pick(new ProgramKind[] {ProgramKind.GRANT, ProgramKind.LOAN, ProgramKind.VOUCHER, ProgramKind.TAX_CREDIT});
        Integer capacity = placement && chance(0.5) ? 50 * (1 + rnd.nextInt(100)) : null;
        return new ProgramDoc(key, "Benchmark program " + key, "Agency", List.of(region), kind,
                placement ? Scope.PLACEMENT : Scope.COMPANY, "A generated program.", "https://example.org/" + key,
                status, "en", intake(), capacity, employer(region),
                placement ? student(region) : null, placement ? placementRules() : null,
                placement ? placementFunding() : companyFunding(), null);
    }

    private ProgramDoc.Intake intake() {
        int r = rnd.nextInt(10);
        LocalDate opens = day(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1));
        return switch (r) {
            case 0 -> new ProgramDoc.Intake(null, null);
            case 1 -> new ProgramDoc.Intake(opens.minusMonths(6), day(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31)));
            case 2 -> new ProgramDoc.Intake(day(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)), LocalDate.of(2027, 12, 31));
            default -> new ProgramDoc.Intake(opens, chance(0.2) ? null : day(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 12, 31)));
        };
    }

    private ProgramDoc.EmployerRules employer(String region) {
        List<Stage> stages = chance(0.6) ? null : chance(0.5)
                ? List.of(Stage.PRE_SEED, Stage.SEED, Stage.SERIES_A, Stage.GROWTH)
                : List.of(Stage.SEED, Stage.SERIES_A, Stage.GROWTH);
        List<Sector> sectors = chance(0.75) ? null : subset(Sector.values(), 1 + rnd.nextInt(3));
        Integer maxHeadcount = chance(0.4) ? null : pick(new Integer[] {499, 499, 100, 50});
        Integer minHeadcount = chance(0.1) ? 2 : null;
        Integer maxAge = chance(0.15) ? pick(new Integer[] {5, 10}) : null;
        Integer minAge = chance(0.1) ? 1 : null;
        return new ProgramDoc.EmployerRules(stages, minHeadcount, maxHeadcount, minAge, maxAge,
                chance(0.7) ? List.of(region) : null, sectors, chance(0.7), chance(0.6));
    }

    private ProgramDoc.StudentRules student(String region) {
        List<Level> levels = chance(0.5) ? null : subset(Level.values(), 2 + rnd.nextInt(3));
        List<FieldOfStudy> fields = chance(0.7) ? null : chance(0.6) ? STEM : subset(FieldOfStudy.values(), 3);
        int e = rnd.nextInt(10);
        List<Enrolment> enrolment = e < 6 ? List.of(Enrolment.ENROLLED_FULL_TIME)
                : e < 8 ? List.of(Enrolment.ENROLLED_FULL_TIME, Enrolment.ENROLLED_PART_TIME)
                : e < 9 ? List.of(Enrolment.ENROLLED_FULL_TIME, Enrolment.ENROLLED_PART_TIME, Enrolment.GRADUATED) : null;
        Integer recentGrad = enrolment != null && enrolment.contains(Enrolment.GRADUATED) ? 12 : null;
        List<io.triad.domain.WorkStatus> workStatus = chance(0.4) ? null : List.of(io.triad.domain.WorkStatus.CITIZEN,
                io.triad.domain.WorkStatus.PERMANENT_RESIDENT, io.triad.domain.WorkStatus.PROTECTED_PERSON);
        Integer maxAge = chance(0.25) ? 30 : null;
        Integer minAge = chance(0.05) ? 18 : null;
        List<String> regions = region.equals("CA") || chance(0.6) ? null : List.of(region);
        return new ProgramDoc.StudentRules(levels, fields, enrolment, recentGrad, workStatus, minAge, maxAge, regions);
    }

    private ProgramDoc.PlacementRules placementRules() {
        Integer minWeeks = chance(0.5) ? pick(new Integer[] {8, 12, 16}) : null;
        Integer maxWeeks = chance(0.2) ? pick(new Integer[] {16, 52}) : null;
        BigDecimal minHours = chance(0.4) ? pick(new BigDecimal[] {new BigDecimal("30"), new BigDecimal("35")}) : null;
        boolean window = chance(0.2);
        return new ProgramDoc.PlacementRules(minWeeks, maxWeeks, minHours,
                window ? LocalDate.of(2027, 1, 1) : null, window ? LocalDate.of(2027, 8, 31) : null);
    }

    private ProgramDoc.Funding placementFunding() {
        if (chance(0.2)) {
            return new ProgramDoc.Funding("CAD", null, null, null, null, null,
                    BigDecimal.valueOf(500L * (2 + rnd.nextInt(14))), null);
        }
        if (chance(0.1)) {
            return new ProgramDoc.Funding("CAD", null, null, null, null, null, null, null);
        }
        BigDecimal percent = pick(new BigDecimal[] {new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("50"),
            new BigDecimal("70"), new BigDecimal("75")});
        BigDecimal cap = chance(0.1) ? null : BigDecimal.valueOf(1000L * (3 + rnd.nextInt(8)));
        boolean enhanced = chance(0.5);
        return new ProgramDoc.Funding("CAD", percent, cap,
                enhanced ? percent.add(new BigDecimal("20")).min(new BigDecimal("100")) : null,
                enhanced && cap != null ? cap.add(new BigDecimal("2000")) : null,
                enhanced ? subset(EquityGroup.values(), 2 + rnd.nextInt(5)) : null, null, null);
    }

    private ProgramDoc.Funding companyFunding() {
        return new ProgramDoc.Funding("CAD", null, null, null, null, null, null,
                chance(0.3) ? null : BigDecimal.valueOf(5000L * (1 + rnd.nextInt(100))));
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private LocalDate day(LocalDate first, LocalDate last) {
        return LocalDate.ofEpochDay(rnd.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
    }

    private <T> List<T> subset(T[] values, int count) {
        List<T> copy = new ArrayList<>(Arrays.asList(values));
        for (int i = 0; i < count && i < copy.size(); i++) {
            int j = i + rnd.nextInt(copy.size() - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
