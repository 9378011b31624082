package io.triad.matching;

import io.triad.domain.Enrolment;
import io.triad.domain.EquityGroup;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test documents: each starts from defaults that pass every rule (a program without rules, the startup, opening and
 * student of the DATA.md example) and a test changes only the fields it is about.
 */
final class Docs {
    static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    private Docs() {
    }

    static ProgramDoc program(Consumer<P> change) {
        P p = new P();
        change.accept(p);
        return p.build();
    }

    static ProgramDoc program() {
        return program(p -> { });
    }

    static StartupDoc startup(Consumer<S> change) {
        S s = new S();
        change.accept(s);
        return s.build();
    }

    static StartupDoc startup() {
        return startup(s -> { });
    }

    static OpeningDoc opening(Consumer<O> change) {
        O o = new O();
        change.accept(o);
        return o.build();
    }

    static OpeningDoc opening() {
        return opening(o -> { });
    }

    static StudentDoc student(Consumer<T> change) {
        T t = new T();
        change.accept(t);
        return t.build();
    }

    static StudentDoc student() {
        return student(t -> { });
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The program from DATA.md's example (Student Work Placement Program). */
    static ProgramDoc swpp() {
        return program(p -> {
            p.key = "swpp-example";
            p.opens = date("2026-04-01");
            p.deadline = date("2027-03-31");
            p.capacity = 500;
            p.stages = List.of(Stage.PRE_SEED, Stage.SEED, Stage.SERIES_A, Stage.GROWTH);
            p.maxHeadcount = 499;
            p.employerRegions = List.of("CA");
            p.mustBeIncorporated = true;
            p.forProfitOnly = true;
            p.levels = List.of(Level.COLLEGE, Level.BACHELOR, Level.MASTER, Level.PHD);
            p.enrolment = List.of(Enrolment.ENROLLED_FULL_TIME);
            p.workStatus = List.of(WorkStatus.CITIZEN, WorkStatus.PERMANENT_RESIDENT, WorkStatus.PROTECTED_PERSON);
            p.minWeeks = 8;
            p.minHoursPerWeek = dec("30");
            p.wagePercent = dec("50");
            p.cap = dec("5000");
            p.enhancedWagePercent = dec("70");
            p.enhancedCap = dec("7000");
            p.enhancedGroups = List.of(EquityGroup.values());
        });
    }

    static final class P {
        String key = "program";
        Scope scope = Scope.PLACEMENT;
        ProgramStatus status = ProgramStatus.PUBLISHED;
        LocalDate opens;
        LocalDate deadline;
        Integer capacity;
        List<Stage> stages;
        Integer minHeadcount;
        Integer maxHeadcount;
        Integer minCompanyAgeYears;
        Integer maxCompanyAgeYears;
        List<String> employerRegions;
        List<Sector> sectors;
        Boolean mustBeIncorporated;
        Boolean forProfitOnly;
        List<Level> levels;
        List<FieldOfStudy> fields;
        List<Enrolment> enrolment;
        Integer recentGradMonths;
        List<WorkStatus> workStatus;
        Integer minAge;
        Integer maxAge;
        List<String> studentRegions;
        Integer minWeeks;
        Integer maxWeeks;
        BigDecimal minHoursPerWeek;
        LocalDate earliestStart;
        LocalDate latestStart;
        String currency = "CAD";
        BigDecimal wagePercent;
        BigDecimal cap;
        BigDecimal enhancedWagePercent;
        BigDecimal enhancedCap;
        List<EquityGroup> enhancedGroups;
        BigDecimal flat;
        BigDecimal maxAmount;
        boolean noFunding;

        ProgramDoc build() {
            return new ProgramDoc(key, key, "Agency", List.of("CA"), ProgramKind.WAGE_SUBSIDY, scope, "Summary",
                    "https://example.org", status, null, new ProgramDoc.Intake(opens, deadline), capacity,
                    new ProgramDoc.EmployerRules(stages, minHeadcount, maxHeadcount, minCompanyAgeYears,
                            maxCompanyAgeYears, employerRegions, sectors, mustBeIncorporated, forProfitOnly),
                    new ProgramDoc.StudentRules(levels, fields, enrolment, recentGradMonths, workStatus, minAge, maxAge,
                            studentRegions),
                    new ProgramDoc.PlacementRules(minWeeks, maxWeeks, minHoursPerWeek, earliestStart, latestStart),
                    noFunding ? null : new ProgramDoc.Funding(currency, wagePercent, cap, enhancedWagePercent,
                            enhancedCap, enhancedGroups, flat, maxAmount),
                    null);
        }
    }

    static final class S {
        Stage stage = Stage.SEED;
        String region = "CA-ON";
        List<Sector> sectors = List.of(Sector.HARDWARE, Sector.SOFTWARE);
        int headcount = 12;
        LocalDate foundedOn = date("2023-05-01");
        boolean incorporated = true;
        boolean forProfit = true;

        StartupDoc build() {
            return new StartupDoc("northwind-robotics", "Northwind Robotics", "Warehouse robots.", stage, region,
                    "Waterloo", sectors, headcount, foundedOn, incorporated, forProfit, List.of(), null);
        }
    }

    static final class O {
        List<Level> levels = List.of(Level.BACHELOR, Level.MASTER);
        List<FieldOfStudy> fields = List.of(FieldOfStudy.COMPUTER_SCIENCE, FieldOfStudy.ENGINEERING);
        LocalDate startDate = date("2027-05-03");
        int weeks = 16;
        BigDecimal hoursPerWeek = dec("37.5");
        BigDecimal hourlyWage = dec("28.00");
        WorkMode workMode = WorkMode.HYBRID;

        OpeningDoc build() {
            return new OpeningDoc("northwind-ml-coop", "Machine learning co-op", "Train grasping models.",
                    List.of("python", "pytorch"), levels, fields, startDate, weeks, hoursPerWeek, hourlyWage,
                    workMode, 2, null);
        }
    }

    static final class T {
        FieldOfStudy field = FieldOfStudy.COMPUTER_SCIENCE;
        Level level = Level.BACHELOR;
        Enrolment enrolment = Enrolment.ENROLLED_FULL_TIME;
        LocalDate graduationDate = date("2028-04-30");
        WorkStatus workStatus = WorkStatus.PERMANENT_RESIDENT;
        LocalDate birthDate = date("2005-09-14");
        String region = "CA-ON";
        LocalDate availableFrom = date("2027-05-01");
        LocalDate availableUntil = date("2027-08-31");
        List<WorkMode> workModes = List.of(WorkMode.ONSITE, WorkMode.HYBRID);
        List<EquityGroup> groups = List.of(EquityGroup.WOMAN_IN_STEM);
        boolean shareEnhancedEligibility;

        StudentDoc build() {
            return new StudentDoc("amara-o", "Amara Okafor", "amara@example.org", "University of Waterloo", field,
                    level, enrolment, graduationDate, workStatus, birthDate, region, List.of("python"), List.of(),
                    "Bio", availableFrom, availableUntil, workModes, groups, shareEnhancedEligibility, null, null);
        }
    }
}
