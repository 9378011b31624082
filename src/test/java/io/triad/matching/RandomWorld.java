package io.triad.matching;

import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Sector;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One reproducible random case for the brute-force comparison: programs of both scopes and every status (rules from
 * {@link RandomDocs}, so each rule passes and fails often), startups with openings, and students whose skills,
 * availability, work modes, regions and languages vary enough to exercise every opening-fit filter and score part.
 * Skills include synonyms, word forms, case variants and a stop word, so canonical forms collide on purpose.
 */
final class RandomWorld {
    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final String[] SKILLS = {"python", "Python", "py", "java", "javascript", "JS", "typescript",
        "kubernetes", "k8s", "machine learning", "ML", "sql", "postgres", "PostgreSQL", "react", "reactjs", "docker",
        "database", "databases", "figma", "excel", "accounting", "welding", "go", "golang", "rest apis", "the",
        "computer vision", "c++", "rust"};
    private static final String[] TITLES = {"Machine learning co-op", "Backend developer intern", "Data analyst",
        "Stage en développement web", "Welding technician", "Designer UX", "Accounting assistant", "Robotics intern"};
    private static final String[] BIOS = {"I build robots and love python.", "Passionate about databases and SQL.",
        "J'aime le développement web et les bases de données.", "Welding and fabrication since high school.",
        "Designer who codes a little javascript.", "Third-year accounting student."};
    private static final String[] REGIONS = {"CA", "CA-ON", "CA-QC", "CA-O", "US-NY"};

    final List<ProgramDoc> programs = new ArrayList<>();
    final Map<String, Long> approved = new LinkedHashMap<>();
    final List<StartupDoc> startups = new ArrayList<>();
    final List<StudentDoc> students = new ArrayList<>();
    final List<LocalDate> asOfs = new ArrayList<>();

    private final Random random;
    private final RandomDocs docs;

    RandomWorld(long seed) {
        random = new Random(seed * 7919 + 13);
        docs = new RandomDocs(seed);
        int programCount = between(5, 20);
        for (int i = 0; i < programCount; i++) {
            ProgramDoc p = program("p" + i, docs.program());
            programs.add(p);
            approved.put(p.key(), docs.approved());
        }
        int startupCount = between(3, 6);
        int opening = 0;
        for (int i = 0; i < startupCount; i++) {
            List<OpeningDoc> openings = new ArrayList<>();
            int n = between(1, 3);
            for (int j = 0; j < n; j++) {
                openings.add(opening("o" + opening++));
            }
            startups.add(startup("s" + i, docs.startup(), openings));
        }
        int studentCount = between(50, 200);
        for (int i = 0; i < studentCount; i++) {
            students.add(student(String.format("t%03d", i), docs.student()));
        }
        asOfs();
    }

    /** A random day, the start of an opening (so "not started" is tested at its bound), and intake bounds. */
    private void asOfs() {
        asOfs.add(date());
        List<OpeningDoc> all = openings();
        asOfs.add(all.get(random.nextInt(all.size())).startDate());
        programs.stream().map(p -> p.intake().deadline()).filter(d -> d != null).findFirst().ifPresent(asOfs::add);
        programs.stream().map(p -> p.intake().opens()).filter(d -> d != null).reduce((a, b) -> b).ifPresent(asOfs::add);
    }

    List<OpeningDoc> openings() {
        return startups.stream().flatMap(s -> s.openings().stream()).toList();
    }

    private ProgramDoc program(String key, ProgramDoc p) {
        int s = random.nextInt(10);
        ProgramStatus status = s < 7 ? ProgramStatus.PUBLISHED : s < 9 ? ProgramStatus.DRAFT : ProgramStatus.CLOSED;
        ProgramDoc.Funding funding = random.nextInt(10) == 0 ? null : p.funding();
        return new ProgramDoc(key, p.name(), p.agency(), p.regions(), p.kind(), p.scope(), p.summary(), p.url(),
                status, p.language(), p.intake(), p.capacity(), p.employer(), p.student(), p.placement(), funding, null);
    }

    private StartupDoc startup(String key, StartupDoc s, List<OpeningDoc> openings) {
        return new StartupDoc(key, "Startup " + key, s.description(), s.stage(), s.region(), s.city(), s.sectors(),
                s.headcount(), s.foundedOn(), s.incorporated(), s.forProfit(), openings, null);
    }

    private OpeningDoc opening(String key) {
        List<String> skills = new ArrayList<>(pickSome(SKILLS, 0, 5));
        if (!skills.isEmpty() && random.nextInt(4) == 0) {
            skills.add(skills.get(0).toUpperCase()); // the same skill twice, spelt differently
        }
        BigDecimal hours = BigDecimal.valueOf(10 + random.nextInt(310), 1).min(BigDecimal.valueOf(40));
        BigDecimal wage = BigDecimal.valueOf(random.nextInt(6001), 2);
        String title = TITLES[random.nextInt(TITLES.length)];
        return new OpeningDoc(key, title, random.nextBoolean() ? null : "Work with " + String.join(", ", skills),
                skills, maybeSubset(Level.values()), maybeSubset(FieldOfStudy.values()), date(), between(1, 30), hours,
                wage, pick(WorkMode.values()), between(1, 3), title.startsWith("Stage") ? "fr" : "en");
    }

    private StudentDoc student(String key, StudentDoc t) {
        LocalDate from = date().minusDays(random.nextInt(200));
        LocalDate until = random.nextInt(4) == 0 ? null : from.plusDays(random.nextInt(500));
        List<WorkMode> modes = random.nextInt(5) == 0 ? List.of() : pickSome(WorkMode.values(), 1, 3);
        List<Sector> interests = pickSome(Sector.values(), 0, 3);
        String bio = random.nextInt(6) == 0 ? null : BIOS[random.nextInt(BIOS.length)];
        String language = bio != null && bio.startsWith("J'") ? "fr" : "en";
        return new StudentDoc(key, "Student " + key, key + "@example.org", "Uni", pick(FieldOfStudy.values()),
                pick(Level.values()), t.enrolment(), t.graduationDate(), t.workStatus(), t.birthDate(),
                REGIONS[random.nextInt(REGIONS.length)], pickSome(SKILLS, 0, 6), interests, bio, from, until, modes,
                t.groups(), t.shareEnhancedEligibility(), language, null);
    }

    LocalDate date() {
        return BASE.plusDays(random.nextInt(901));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> pickSome(T[] values, int min, int max) {
        List<T> shuffled = new ArrayList<>(Arrays.asList(values));
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(values.length, between(min, max))));
    }

    /** Null, empty or a non-empty subset: all three mean something different to a careless filter. */
    private <T> List<T> maybeSubset(T[] values) {
        int r = random.nextInt(6);
        return r == 0 ? null : r == 1 ? List.of() : pickSome(values, 1, values.length - 1);
    }
}
