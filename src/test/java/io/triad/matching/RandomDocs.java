package io.triad.matching;

import io.triad.domain.Enrolment;
import io.triad.domain.EquityGroup;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Reproducible random documents for property checks: values come from small ranges around each other so that every
 * rule both passes and fails often, and a rule is absent more often than not so that eligible cases occur.
 */
final class RandomDocs {
    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final List<String> REGIONS = List.of("CA", "CA-ON", "CA-QC", "CA-O", "US");
    private final Random random;

    RandomDocs(long seed) {
        random = new Random(seed);
    }

    LocalDate date() {
        return BASE.plusDays(random.nextInt(901));
    }

    long approved() {
        return random.nextInt(61);
    }

    boolean bool() {
        return random.nextBoolean();
    }

    ProgramDoc program() {
        return Docs.program(p -> {
            p.scope = pick(Scope.values());
            p.opens = maybe(this::date);
            p.deadline = maybe(this::date);
            p.capacity = maybe(() -> between(0, 60));
            p.stages = subset(Stage.values());
            p.minHeadcount = maybe(() -> between(1, 30));
            p.maxHeadcount = maybe(() -> between(1, 30));
            p.minCompanyAgeYears = maybe(() -> between(0, 6));
            p.maxCompanyAgeYears = maybe(() -> between(0, 6));
            p.employerRegions = maybe(this::regions);
            p.sectors = subset(Sector.values());
            p.mustBeIncorporated = maybe(this::bool);
            p.forProfitOnly = maybe(this::bool);
            studentRules(p);
            placementRules(p);
            funding(p);
        });
    }

    private void studentRules(Docs.P p) {
        p.levels = subset(Level.values());
        p.fields = subset(FieldOfStudy.values());
        p.enrolment = subset(Enrolment.values());
        p.recentGradMonths = maybe(() -> between(0, 24));
        p.workStatus = subset(WorkStatus.values());
        p.minAge = maybe(() -> between(15, 30));
        p.maxAge = maybe(() -> between(15, 30));
        p.studentRegions = maybe(this::regions);
    }

    private void placementRules(Docs.P p) {
        p.minWeeks = maybe(() -> between(1, 30));
        p.maxWeeks = maybe(() -> between(1, 30));
        p.minHoursPerWeek = maybe(() -> decimal(1, 40, 1));
        p.earliestStart = maybe(this::date);
        p.latestStart = maybe(this::date);
    }

    private void funding(Docs.P p) {
        p.wagePercent = maybe(() -> decimal(0, 100, 2));
        p.cap = maybe(() -> decimal(0, 10000, 2));
        p.enhancedWagePercent = maybe(() -> decimal(0, 100, 2));
        p.enhancedCap = maybe(() -> decimal(0, 10000, 2));
        p.enhancedGroups = subset(EquityGroup.values());
        p.flat = random.nextInt(5) == 0 ? decimal(0, 10000, 2) : null;
        p.maxAmount = maybe(() -> decimal(0, 50000, 2));
    }

    StartupDoc startup() {
        return Docs.startup(s -> {
            s.stage = pick(Stage.values());
            s.region = pick(new String[] {"CA", "CA-ON", "CA-QC", "US-NY"});
            List<Sector> sectors = subset(Sector.values());
            s.sectors = sectors == null ? List.of() : sectors;
            s.headcount = between(1, 30);
            s.foundedOn = date().minusYears(5);
            s.incorporated = bool();
            s.forProfit = bool();
        });
    }

    OpeningDoc opening() {
        return Docs.opening(o -> {
            o.levels = subset(Level.values());
            o.fields = subset(FieldOfStudy.values());
            o.startDate = date();
            o.weeks = between(1, 30);
            o.hoursPerWeek = decimal(1, 40, 1);
            o.hourlyWage = decimal(0, 60, 3);
            o.workMode = pick(WorkMode.values());
        });
    }

    StudentDoc student() {
        return Docs.student(t -> {
            t.field = pick(FieldOfStudy.values());
            t.level = pick(Level.values());
            t.enrolment = pick(Enrolment.values());
            t.graduationDate = maybe(this::date);
            t.workStatus = maybe(() -> pick(WorkStatus.values()));
            t.birthDate = maybe(() -> date().minusYears(22));
            t.region = pick(new String[] {"CA", "CA-ON", "CA-QC", "US-NY"});
            List<EquityGroup> groups = subset(EquityGroup.values());
            t.groups = groups == null ? List.of() : groups;
            t.shareEnhancedEligibility = bool();
        });
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private BigDecimal decimal(int min, int max, int scale) {
        long unscaledMin = BigDecimal.valueOf(min).movePointRight(scale).longValueExact();
        long unscaledMax = BigDecimal.valueOf(max).movePointRight(scale).longValueExact();
        long unscaled = unscaledMin + (long) (random.nextDouble() * (unscaledMax - unscaledMin + 1));
        return BigDecimal.valueOf(Math.min(unscaled, unscaledMax), scale);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Absent (null) 80% of the time: with about 25 rules, fewer absences would make eligible cases rare. */
    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(10) < 8 ? null : value.get();
    }

    /** Null, empty, or a random non-empty subset in random order. */
    private <T> List<T> subset(T[] values) {
        return maybe(() -> {
            List<T> shuffled = new ArrayList<>(Arrays.asList(values));
            Collections.shuffle(shuffled, random);
            return List.copyOf(shuffled.subList(0, random.nextInt(values.length + 1)));
        });
    }

    private List<String> regions() {
        List<String> shuffled = new ArrayList<>(REGIONS);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, 1 + random.nextInt(2)));
    }
}
