package io.triad.matching;

import io.triad.domain.Enrolment;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the brute-force comparison exercises in one {@link RandomWorld}, as named features: each rule failing, failing
 * alone (a near miss, a hidden sensitive one, or none at all), each bound met exactly, the fit filter's date bounds and
 * list shapes, every kind of amount and privacy case, ties in score and amount, and list sizes around the limits the
 * comparison asks for. The comparison's fixed sample of seeds shows every feature that the full sweep shows; a check in
 * {@link MatchEngineBruteForceTest} keeps that true when the generators change.
 */
final class SweepSignature {
    private final RandomWorld world;
    private final BruteForce brute;
    private final Set<String> features = new TreeSet<>();

    private SweepSignature(RandomWorld world) {
        this.world = world;
        this.brute = new BruteForce(world);
    }

    static Set<String> of(long seed) {
        SweepSignature signature = new SweepSignature(new RandomWorld(seed));
        signature.collect();
        return signature.features;
    }

    private void collect() {
        for (StartupDoc s : world.startups) {
            for (OpeningDoc o : s.openings()) {
                List<StudentDoc> fitting = world.students.stream().filter(t -> fits(o, t)).toList();
                for (LocalDate asOf : world.asOfs) {
                    if (o.startDate().isBefore(asOf)) {
                        features.add("opening started");
                        continue;
                    }
                    see(o.startDate().equals(asOf), "opening starts on the day asked about");
                    opening(o, s, fitting, asOf);
                }
            }
            world.asOfs.forEach(asOf -> company(s, asOf));
        }
        forStudents();
        forPrograms();
    }

    private void see(boolean happens, String feature) {
        if (happens) {
            features.add(feature);
        }
    }

    private static String shape(List<?> list) {
        return list == null ? "absent" : list.isEmpty() ? "empty" : "some";
    }

    /** The opening-fit rules, with the availability dates at and one day past each bound. */
    private boolean fits(OpeningDoc o, StudentDoc t) {
        List<Failure> failed = Eligibility.openingFit(o, t);
        failed.forEach(f -> features.add("fit fails " + f.rule()));
        if (failed.size() == 1) {
            features.add("fit fails only " + failed.get(0).rule());
        }
        LocalDate from = t.availableFrom();
        LocalDate until = t.availableUntil();
        see(o.startDate().equals(from), "available from the start day");
        see(o.startDate().plusDays(1).equals(from), "available from the day after the start");
        see(o.lastDay().equals(until), "available until the last day");
        see(o.lastDay().minusDays(1).equals(until), "available until the day before the last");
        if (failed.isEmpty()) {
            features.add("fit with opening levels " + shape(o.levels()));
            features.add("fit with opening fields " + shape(o.fields()));
            features.add("fit with student work modes " + shape(t.workModes()));
            see(until == null, "fit while available open-ended");
        }
        return failed.isEmpty();
    }

    /** One opening on one day: every placement program against every fitting student, then the list as shown. */
    private void opening(OpeningDoc o, StartupDoc s, List<StudentDoc> fitting, LocalDate asOf) {
        List<BigDecimal> largest = new ArrayList<>();
        List<BruteForce.Item> items = new ArrayList<>();
        for (StudentDoc t : fitting) {
            BigDecimal best = null;
            boolean funded = false;
            for (ProgramDoc p : world.programs) {
                if (p.scope() == Scope.PLACEMENT && program(p, o, s, t, asOf) && Eligibility.isPublished(p)) {
                    funded = true;
                    Amount amount = amount(p, o, t);
                    best = amount == null || best != null && best.compareTo(amount.value()) >= 0 ? best : amount.value();
                }
            }
            see(funded && best == null, "funded with unknown amounts only");
            if (best != null) {
                see(largest.stream().anyMatch(best::equals), "two students tie on their largest amount");
                largest.add(best);
            }
            items.add(scored(o, s, t));
        }
        int size = items.size();
        features.add("opening list of " + (size == 0 ? "none" : size <= 5 ? "1 to 5" : "more than 5"));
        see(largest.size() > 3, "more than 3 funded students");
        ties(items, "students tie on score without shared text");
    }

    /** The parts of an opening-side match item that decide ties: the score without its text part, and whether any. */
    private static BruteForce.Item scored(OpeningDoc o, StartupDoc s, StudentDoc t) {
        return new BruteForce.Item(t.key(), o.key(), List.of(), List.of(), List.of(),
                BruteForce.scoreWithoutText(o, s, t),
                BruteForce.sharesText(BruteForce.studentText(t), t.language(), BruteForce.openingText(o)));
    }

    /** Two items whose score has no text part and is the same: only the key orders them. */
    private void ties(List<BruteForce.Item> items, String feature) {
        Set<Double> seen = new HashSet<>();
        for (BruteForce.Item i : items) {
            if (!i.sharesText() && !seen.add(i.scoreWithoutText())) {
                features.add(feature);
                return;
            }
        }
    }

    /** One placement program for one (opening, student): its failures, near miss and bounds; true when it passes. */
    private boolean program(ProgramDoc p, OpeningDoc o, StartupDoc s, StudentDoc t, LocalDate asOf) {
        List<Failure> failed = brute.placementFailures(p, o, s, t, asOf, true);
        bounds(p, o, s, t, asOf);
        if (!Eligibility.isPublished(p)) {
            see(failed.isEmpty(), "unpublished placement program passes every rule");
            return failed.isEmpty();
        }
        failed.forEach(f -> features.add("fails " + f.rule()));
        if (failed.size() == 1) {
            String rule = failed.get(0).rule();
            features.add(BruteForce.NEVER_NEAR_MISS.contains(rule) ? "fails only, never a near miss: " + rule
                    : BruteForce.SENSITIVE.contains(rule) ? "sensitive near miss " + rule : "near miss " + rule);
        }
        return failed.isEmpty();
    }

    /** Each numeric or date rule whose tested value equals its bound (at least and at most pass there, below fails). */
    private void bounds(ProgramDoc p, OpeningDoc o, StartupDoc s, StudentDoc t, LocalDate asOf) {
        employerBounds("", p, s, asOf);
        Long approved = world.approved.get(p.key());
        Integer capacity = p.capacity();
        see(capacity != null && approved == capacity.longValue(), "at bound capacity");
        see(capacity != null && approved == capacity - 1L, "one place left");
        ProgramDoc.PlacementRules r = p.placement();
        see(Objects.equals(r.minWeeks(), o.weeks()), "at bound placement.minWeeks");
        see(Objects.equals(r.maxWeeks(), o.weeks()), "at bound placement.maxWeeks");
        see(r.minHoursPerWeek() != null && r.minHoursPerWeek().compareTo(o.hoursPerWeek()) == 0,
                "at bound placement.minHoursPerWeek");
        see(o.startDate().equals(r.earliestStart()), "at bound placement.earliestStart");
        see(o.startDate().equals(r.latestStart()), "at bound placement.latestStart");
        ProgramDoc.StudentRules st = p.student();
        Integer age = t.birthDate() == null ? null : Period.between(t.birthDate(), o.startDate()).getYears();
        see(age != null && age.equals(st.minAge()), "at bound student.minAge");
        see(age != null && age.equals(st.maxAge()), "at bound student.maxAge");
        see(st.recentGradMonths() != null && st.enrolment() != null && st.enrolment().contains(Enrolment.GRADUATED)
                && t.enrolment() == Enrolment.GRADUATED
                && o.startDate().minusMonths(st.recentGradMonths()).equals(t.graduationDate()),
                "at bound student.recentGradMonths");
    }

    private void employerBounds(String where, ProgramDoc p, StartupDoc s, LocalDate asOf) {
        see(asOf.equals(p.intake().opens()), where + "at bound intake.opens");
        see(asOf.equals(p.intake().deadline()), where + "at bound intake.deadline");
        ProgramDoc.EmployerRules e = p.employer();
        see(Objects.equals(e.minHeadcount(), s.headcount()), where + "at bound employer.minHeadcount");
        see(Objects.equals(e.maxHeadcount(), s.headcount()), where + "at bound employer.maxHeadcount");
        Integer age = s.foundedOn() == null ? null : Period.between(s.foundedOn(), asOf).getYears();
        see(age != null && age.equals(e.minCompanyAgeYears()), where + "at bound employer.minCompanyAgeYears");
        see(age != null && age.equals(e.maxCompanyAgeYears()), where + "at bound employer.maxCompanyAgeYears");
    }

    /** The kind of amount a funded placement gets, and which viewers may see its enhanced rate. */
    private Amount amount(ProgramDoc p, OpeningDoc o, StudentDoc t) {
        ProgramDoc.Funding f = p.funding();
        Amount standard = BruteForce.amount(f, o, false);
        if (f == null || f.flatPerPlacement() != null || f.wagePercent() == null) {
            features.add(f == null ? "amount without funding terms" : f.flatPerPlacement() != null ? "flat amount"
                    : "amount unknown without a wage percent");
            return standard;
        }
        BigDecimal raw = o.hourlyWage().multiply(o.hoursPerWeek()).multiply(BigDecimal.valueOf(o.weeks()))
                .multiply(f.wagePercent()).movePointLeft(2);
        int vsCap = f.capPerPlacement() == null ? 2 : raw.compareTo(f.capPerPlacement());
        features.add(vsCap == 2 ? "uncapped amount" : vsCap > 0 ? "capped amount" : vsCap == 0 ? "amount at the cap"
                : "amount under the cap");
        see(vsCap < 0 && raw.stripTrailingZeros().scale() > 2, "amount rounded to cents");
        see(vsCap < 0 && raw.movePointRight(2).remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) == 0,
                "amount with half a cent rounded up");
        if (f.enhancedGroups() != null && t.groups().stream().anyMatch(f.enhancedGroups()::contains)) {
            Amount enhanced = BruteForce.amount(f, o, true);
            features.add(Objects.equals(standard, enhanced) ? "enhanced amount equals the standard one"
                    : Boolean.TRUE.equals(t.shareEnhancedEligibility()) ? "enhanced amount shared with everyone"
                    : "enhanced amount shown to privileged viewers only");
            see(f.enhancedWagePercent() != null && f.enhancedCapPerPlacement() == null && f.capPerPlacement() != null,
                    "enhanced rate under the standard cap");
        }
        return standard;
    }

    /** The company programs of one startup on one day. */
    private void company(StartupDoc s, LocalDate asOf) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (ProgramDoc p : world.programs) {
            if (p.scope() != Scope.COMPANY) {
                continue;
            }
            employerBounds("company ", p, s, asOf);
            List<Failure> failed = new ArrayList<>(Eligibility.programOpen(p, asOf));
            failed.addAll(Eligibility.employerRules(p, s, asOf));
            if (!Eligibility.isPublished(p)) {
                see(failed.isEmpty(), "unpublished company program passes every rule");
                continue;
            }
            failed.forEach(f -> features.add("company fails " + f.rule()));
            if (failed.size() == 1) {
                features.add("company fails only " + failed.get(0).rule());
            }
            if (failed.isEmpty()) {
                BigDecimal amount = p.funding() == null ? null : p.funding().maxAmount();
                features.add("company program with " + (amount == null ? "unknown" : "an") + " amount");
                see(amount != null && amounts.stream().anyMatch(amount::equals), "company programs tie on amount");
                amounts.add(amount);
            }
        }
    }

    /** The students the comparison asks about (an eighth per day), as the engine lists their openings. */
    private void forStudents() {
        for (int d = 0; d < world.asOfs.size(); d++) {
            for (int i = d % 8; i < world.students.size(); i += 8) {
                List<BruteForce.Item> items = brute.forStudent(world.students.get(i), world.asOfs.get(d));
                features.add("student list of " + (items.isEmpty() ? "none" : items.size() == 1 ? "one" : "several"));
                ties(items, "openings tie on score without shared text");
            }
        }
    }

    /** Each program on the first two days, as its administrator lists its placements. */
    private void forPrograms() {
        Map<String, StartupDoc> startupOf = new HashMap<>();
        world.startups.forEach(s -> s.openings().forEach(o -> startupOf.put(o.key(), s)));
        Map<String, OpeningDoc> openings = new HashMap<>();
        world.openings().forEach(o -> openings.put(o.key(), o));
        Map<String, StudentDoc> students = new HashMap<>();
        world.students.forEach(t -> students.put(t.key(), t));
        for (ProgramDoc p : world.programs) {
            for (LocalDate asOf : world.asOfs.subList(0, 2)) {
                Set<String> placements = brute.forProgram(p, asOf, false).keySet();
                features.add(p.scope() + " program with " + (placements.isEmpty() ? "no" : "some") + " placements"
                        + (Eligibility.isPublished(p) ? "" : ", unpublished"));
                ties(placements.stream().map(key -> key.split("/"))
                        .map(k -> scored(openings.get(k[0]), startupOf.get(k[0]), students.get(k[1]))).toList(),
                        "placements tie on score without shared text");
            }
        }
    }
}
