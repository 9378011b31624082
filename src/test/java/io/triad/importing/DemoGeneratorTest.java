package io.triad.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Set<String> STAGES = Set.of("IDEA", "PRE_SEED", "SEED", "SERIES_A", "GROWTH");
    private static final Set<String> SECTORS = Set.of("SOFTWARE", "HARDWARE", "CLEANTECH", "LIFE_SCIENCES",
            "FINTECH", "AGRIFOOD", "ADVANCED_MANUFACTURING", "MEDIA", "EDUCATION", "SOCIAL_IMPACT", "OTHER");
    private static final Set<String> LEVELS = Set.of("COLLEGE", "BACHELOR", "MASTER", "PHD");
    private static final Set<String> FIELDS = Set.of("COMPUTER_SCIENCE", "ENGINEERING", "MATHEMATICS_STATISTICS",
            "NATURAL_SCIENCES", "HEALTH_SCIENCES", "BUSINESS", "DESIGN_ARTS", "SOCIAL_SCIENCES_HUMANITIES", "TRADES",
            "OTHER");
    private static final Set<String> ENROLMENTS =
            Set.of("ENROLLED_FULL_TIME", "ENROLLED_PART_TIME", "GRADUATED", "NOT_ENROLLED");
    private static final Set<String> WORK_STATUSES =
            Set.of("CITIZEN", "PERMANENT_RESIDENT", "PROTECTED_PERSON", "INTERNATIONAL");
    private static final Set<String> GROUPS = Set.of("WOMAN_IN_STEM", "INDIGENOUS", "PERSON_WITH_DISABILITY",
            "NEWCOMER", "VISIBLE_MINORITY", "FIRST_YEAR_STUDENT");
    private static final Set<String> WORK_MODES = Set.of("ONSITE", "HYBRID", "REMOTE");
    private static final Set<String> PROVINCES = Set.of("CA-ON", "CA-QC", "CA-BC", "CA-AB", "CA-NS", "CA-MB",
            "CA-SK", "CA-NB", "CA-NL", "CA-PE");
    /** Every property DATA.md defines; anything else would be a violation on import. */
    private static final Set<String> STARTUP_PROPERTIES = Set.of("key", "name", "description", "stage", "region",
            "city", "sectors", "headcount", "foundedOn", "incorporated", "forProfit", "owner", "openings");
    private static final Set<String> OPENING_PROPERTIES = Set.of("key", "title", "description", "language",
            "skills", "levels", "fields", "startDate", "weeks", "hoursPerWeek", "hourlyWage", "workMode", "positions");
    private static final Set<String> STUDENT_PROPERTIES = Set.of("key", "name", "email", "institution", "field",
            "level", "enrolment", "graduationDate", "workStatus", "birthDate", "region", "skills", "interests", "bio",
            "language", "availableFrom", "availableUntil", "workModes", "groups", "shareEnhancedEligibility", "owner");
    private static final Map<String, int[]> HEADCOUNT_BY_STAGE = Map.of("IDEA", new int[] {1, 3},
            "PRE_SEED", new int[] {1, 8}, "SEED", new int[] {1, 30}, "SERIES_A", new int[] {10, 120},
            "GROWTH", new int[] {50, 300});

    /** Other spelling to canonical spelling: "k8s" and "kubernetes" are the same skill. */
    private static final Map<String, String> CANONICAL = DemoVocabulary.SYNONYMS.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    @TempDir
    static Path dir;
    private static Path demoFile;
    private static JsonNode demo;

    @BeforeAll
    static void writeDemoSet() throws IOException {
        demoFile = dir.resolve("demo.json");
        DemoGenerator.write(demoFile, 2026, 40, 400);
        demo = MAPPER.readTree(demoFile.toFile());
    }

    @Test
    void sameSeedAndCountsWriteByteIdenticalFiles() throws IOException {
        Path again = dir.resolve("again.json");
        DemoGenerator.write(again, 2026, 40, 400);
        assertThat(Files.mismatch(demoFile, again)).isEqualTo(-1L);

        Path a = dir.resolve("students-a.json");
        Path b = dir.resolve("students-b.json");
        DemoGenerator.writeStudents(a, 7, 2_000);
        DemoGenerator.writeStudents(b, 7, 2_000);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);

        Path c = dir.resolve("openings-c.json");
        Path d = dir.resolve("openings-d.json");
        DemoGenerator.writeStartupsWithOpenings(c, 7, 500);
        DemoGenerator.writeStartupsWithOpenings(d, 7, 500);
        assertThat(Files.mismatch(c, d)).isEqualTo(-1L);
    }

    @Test
    void committedDemoSetIsWhatTheGeneratorWritesToday() throws IOException {
        Path committed = Path.of("data", "demo.json");
        assertThat(Files.mismatch(demoFile, committed))
                .as("data/demo.json is stale: run DemoGenerator data/demo.json 40 400 2026").isEqualTo(-1L);
    }

    @Test
    void differentSeedsWriteDifferentData() throws IOException {
        Path other = dir.resolve("other-seed.json");
        DemoGenerator.write(other, 2027, 40, 400);
        assertThat(Files.mismatch(demoFile, other)).isNotEqualTo(-1L);
    }

    @Test
    void mainWritesTheDemoSetWithDefaultCountsAndSeed() throws IOException {
        Path viaMain = dir.resolve("main.json");
        DemoGenerator.main(new String[] {viaMain.toString()});
        assertThat(Files.mismatch(demoFile, viaMain)).isEqualTo(-1L);
    }

    @Test
    void writesTheRequestedNumbersWithOneToFourOpeningsPerStartup() {
        assertThat(demo.get("startups")).hasSize(40);
        assertThat(demo.get("students")).hasSize(400);
        assertThat(demo.has("programs")).isFalse();
        startups().forEach(s -> assertThat(s.get("openings").size()).isBetween(1, 4));
        assertThat(openings()).hasSizeBetween(70, 130);
    }

    @Test
    void keysAreUrlSafeAndUniqueAndOpeningKeysAreUniqueAcrossStartups() {
        for (List<JsonNode> entities : List.of(startups(), openings(), students())) {
            List<String> keys = entities.stream().map(e -> e.get("key").asText()).toList();
            assertThat(keys).allMatch(k -> KEY.matcher(k).matches()).doesNotHaveDuplicates();
        }
        List<String> emails = students().stream().map(s -> s.get("email").asText()).toList();
        assertThat(emails).doesNotHaveDuplicates()
                .allMatch(e -> e.matches("[a-z-]+\\.[a-z-]+\\.\\d+@students\\.example"));
    }

    @Test
    void usesOnlyPropertiesThatDataMdDefines() {
        startups().forEach(s -> assertThat(names(s)).isSubsetOf(STARTUP_PROPERTIES));
        openings().forEach(o -> assertThat(names(o)).isSubsetOf(OPENING_PROPERTIES));
        students().forEach(s -> assertThat(names(s)).isSubsetOf(STUDENT_PROPERTIES));
    }

    @Test
    void startupsHaveTheRequiredFieldsWithPlausibleValues() {
        for (JsonNode s : startups()) {
            assertThat(s.get("name").asText()).isNotBlank();
            assertThat(s.get("description").asText()).isNotBlank();
            assertThat(s.get("stage").asText()).isIn(STAGES);
            assertThat(s.get("region").asText()).isIn(PROVINCES);
            assertThat(s.get("city").asText()).isNotBlank();
            assertThat(texts(s.get("sectors"))).isSubsetOf(SECTORS).doesNotHaveDuplicates().hasSizeLessThan(3);
            int[] headcount = HEADCOUNT_BY_STAGE.get(s.get("stage").asText());
            assertThat(s.get("headcount").asInt()).isBetween(headcount[0], headcount[1]);
            assertThat(date(s, "foundedOn")).isBetween(LocalDate.of(2012, 1, 1), TODAY);
            assertThat(s.get("incorporated").isBoolean()).isTrue();
            assertThat(s.get("forProfit").isBoolean()).isTrue();
        }
        assertThat(startups().stream().map(s -> s.get("stage").asText()).distinct()).hasSizeGreaterThan(3);
        assertThat(startups().stream().map(s -> s.get("region").asText()).distinct()).hasSizeGreaterThan(4);
    }

    @Test
    void openingsHaveTheRequiredFieldsWithinTheirRanges() throws IOException {
        for (JsonNode o : openings()) {
            assertThat(o.get("title").asText()).isNotBlank();
            assertThat(o.get("description").asText()).isNotBlank();
            assertThat(o.get("language").asText()).isIn("en", "fr");
            assertThat(texts(o.get("skills"))).hasSizeBetween(3, 6).doesNotHaveDuplicates();
            assertThat(texts(o.get("levels"))).isNotEmpty().isSubsetOf(LEVELS);
            assertThat(texts(o.get("fields"))).isNotEmpty().isSubsetOf(FIELDS);
            LocalDate start = date(o, "startDate");
            assertThat(start).isBetween(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 9, 6));
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(o.get("weeks").asInt()).isBetween(8, 52);
            assertThat(o.get("hoursPerWeek").asDouble()).isBetween(20.0, 40.0);
            assertThat(o.get("hourlyWage").asDouble()).isBetween(18.0, 40.0);
            assertThat(o.get("workMode").asText()).isIn(WORK_MODES);
            assertThat(o.get("positions").asInt()).isBetween(1, 3);
        }
        String text = Files.readString(demoFile, StandardCharsets.UTF_8);
        assertThat(Pattern.compile("\"hourlyWage\": \\d\\d\\.\\d\\d[,\\n]").matcher(text).results().count())
                .as("every wage is written with two decimals").isEqualTo(openings().size());
    }

    @Test
    void studentsHaveTheRequiredFieldsAndConsistentDates() {
        for (JsonNode s : students()) {
            assertThat(s.get("name").asText()).isNotBlank();
            assertThat(s.get("institution").asText()).isNotBlank();
            assertThat(s.get("field").asText()).isIn(FIELDS);
            assertThat(s.get("level").asText()).isIn(LEVELS);
            assertThat(s.get("workStatus").asText()).isIn(WORK_STATUSES);
            assertThat(s.get("region").asText()).isIn(PROVINCES);
            assertThat(date(s, "birthDate")).isBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2008, 12, 31));
            assertThat(s.get("enrolment").asText()).isIn(ENROLMENTS);
            assertGraduationFitsEnrolment(s);
            LocalDate from = date(s, "availableFrom");
            assertThat(from).isBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 1));
            if (!s.get("availableUntil").isNull()) {
                assertThat(date(s, "availableUntil")).isAfter(from.plusMonths(2).minusDays(2))
                        .isBefore(from.plusMonths(12).plusDays(1));
            }
            assertThat(texts(s.get("skills"))).hasSizeBetween(3, 8).doesNotHaveDuplicates();
            assertThat(texts(s.get("interests"))).hasSizeBetween(1, 3).isSubsetOf(SECTORS);
            assertThat(texts(s.get("workModes"))).hasSizeBetween(1, 3).isSubsetOf(WORK_MODES).doesNotHaveDuplicates();
            assertThat(texts(s.get("groups"))).hasSizeLessThanOrEqualTo(2).isSubsetOf(GROUPS);
            assertThat(s.get("bio").asText()).isNotBlank();
            assertThat(s.get("language").asText()).isIn("en", "fr");
        }
    }

    @Test
    void studentsAreAMixOfStatusesWithMostlyNoGroupsAndNoSharing() {
        Map<String, Long> enrolment = countBy(students(), "enrolment");
        assertThat(enrolment.keySet()).containsExactlyInAnyOrderElementsOf(ENROLMENTS);
        assertThat(enrolment.get("ENROLLED_FULL_TIME")).isGreaterThan(200L);
        assertThat(countBy(students(), "workStatus").get("INTERNATIONAL")).isBetween(30L, 100L);
        assertThat(students().stream().filter(s -> s.get("groups").isEmpty())).hasSizeGreaterThan(200);
        assertThat(students().stream().filter(s -> s.get("shareEnhancedEligibility").asBoolean()))
                .hasSizeLessThan(100);
    }

    @Test
    void onlyTheFirstStartupAndTheFirstStudentHaveAnOwner() {
        assertThat(startups().get(0).get("owner").asText()).isEqualTo("founder@triad.example");
        assertThat(students().get(0).get("owner").asText()).isEqualTo("student@triad.example");
        assertThat(startups().subList(1, 40)).noneMatch(s -> s.has("owner"));
        assertThat(students().subList(1, 400)).noneMatch(s -> s.has("owner"));
    }

    @Test
    void showcaseStudentFitsTheShowcaseStartupsOpenings() {
        JsonNode startup = startups().get(0);
        JsonNode student = students().get(0);
        assertThat(startup.get("stage").asText()).isEqualTo("SEED");
        assertThat(startup.get("region").asText()).isEqualTo("CA-ON");
        assertThat(startup.get("city").asText()).isEqualTo("Waterloo");
        assertThat(student.get("field").asText()).isEqualTo("COMPUTER_SCIENCE");
        assertThat(student.get("level").asText()).isEqualTo("BACHELOR");
        assertThat(student.get("region").asText()).isEqualTo("CA-ON");
        List<JsonNode> fitting = elements(startup.get("openings")).stream().filter(o -> fits(student, o)).toList();
        assertThat(fitting).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void mostStudentsShareASkillWithAnOpeningTheirLevelFieldAndDatesFit() {
        List<JsonNode> openings = openings();
        long fitting = students().stream().filter(s -> openings.stream().anyMatch(o -> fits(s, o))).count();
        assertThat(fitting).isGreaterThan(200L);
    }

    @Test
    void someQuebecOpeningsAndBiosAreInFrenchAndNoOthers() {
        List<JsonNode> frenchStartups = startups().stream()
                .filter(s -> elements(s.get("openings")).stream().anyMatch(o -> isFrench(o))).toList();
        assertThat(frenchStartups).isNotEmpty().allMatch(s -> s.get("region").asText().equals("CA-QC"))
                .allMatch(s -> elements(s.get("openings")).stream().allMatch(o -> isFrench(o)));
        assertThat(frenchStartups).allMatch(s -> s.get("openings").get(0).get("title").asText().startsWith("Stag"));
        List<JsonNode> frenchStudents = students().stream().filter(DemoGeneratorTest::isFrench).toList();
        assertThat(frenchStudents).hasSizeGreaterThan(5).allMatch(s -> s.get("region").asText().equals("CA-QC"));
    }

    @Test
    void writeStartupsWithOpeningsWritesExactlyThatManyOpeningsAndNoOwners() throws IOException {
        Path file = dir.resolve("openings.json");
        DemoGenerator.writeStartupsWithOpenings(file, 11, 10_000);
        JsonNode document = MAPPER.readTree(file.toFile());
        assertThat(names(document)).containsExactly("startups");
        List<JsonNode> startups = elements(document.get("startups"));
        List<JsonNode> openings = startups.stream().flatMap(s -> elements(s.get("openings")).stream()).toList();
        assertThat(openings).hasSize(10_000);
        assertThat(openings.stream().map(o -> o.get("key").asText())).doesNotHaveDuplicates()
                .allMatch(k -> KEY.matcher(k).matches()).doesNotContain("northwind-ml-coop");
        assertThat(startups.stream().map(s -> s.get("key").asText())).doesNotHaveDuplicates()
                .doesNotContain("northwind-robotics");
        assertThat(startups).noneMatch(s -> s.has("owner"));
    }

    @Test
    void writeStudentsWritesOnlyStudentsWithoutOwnersNumberedAfterTheShowcase() throws IOException {
        Path file = dir.resolve("students.json");
        DemoGenerator.writeStudents(file, 11, 5_000);
        JsonNode document = MAPPER.readTree(file.toFile());
        assertThat(names(document)).containsExactly("students");
        List<JsonNode> students = elements(document.get("students"));
        assertThat(students).hasSize(5_000).noneMatch(s -> s.has("owner"));
        assertThat(students.stream().map(s -> s.get("key").asText())).doesNotHaveDuplicates()
                .noneMatch(k -> k.endsWith("-1"));
        assertThat(students.stream().map(s -> s.get("email").asText())).doesNotHaveDuplicates();
    }

    @Test
    void smallAndEmptyCountsStillWriteValidDocuments() throws IOException {
        Path file = dir.resolve("small.json");
        DemoGenerator.write(file, 1, 1, 1);
        JsonNode small = MAPPER.readTree(file.toFile());
        assertThat(small.get("startups")).hasSize(1);
        assertThat(small.get("students")).hasSize(1);
        DemoGenerator.write(file, 1, 0, 0);
        JsonNode empty = MAPPER.readTree(file.toFile());
        assertThat(empty.get("startups")).isEmpty();
        assertThat(empty.get("students")).isEmpty();
    }

    private static void assertGraduationFitsEnrolment(JsonNode s) {
        JsonNode graduation = s.get("graduationDate");
        switch (s.get("enrolment").asText()) {
            case "GRADUATED" -> assertThat(date(s, "graduationDate")).isBetween(LocalDate.of(2025, 1, 1), TODAY);
            case "NOT_ENROLLED" -> assertThat(graduation == null || graduation.isNull()).isTrue();
            default -> assertThat(date(s, "graduationDate")).isAfter(TODAY);
        }
    }

    /** The opening-fit rules of DATA.md, plus at least one skill in common up to common synonyms. */
    private static boolean fits(JsonNode student, JsonNode opening) {
        LocalDate start = date(opening, "startDate");
        LocalDate lastDay = start.plusDays(7L * opening.get("weeks").asInt() - 1);
        JsonNode until = student.get("availableUntil");
        Set<String> skills = texts(student.get("skills")).stream().map(DemoGeneratorTest::canonical)
                .collect(Collectors.toSet());
        return texts(opening.get("levels")).contains(student.get("level").asText())
                && texts(opening.get("fields")).contains(student.get("field").asText())
                && !date(student, "availableFrom").isAfter(start)
                && (until.isNull() || !LocalDate.parse(until.asText()).isBefore(lastDay))
                && texts(student.get("workModes")).contains(opening.get("workMode").asText())
                && texts(opening.get("skills")).stream().map(DemoGeneratorTest::canonical).anyMatch(skills::contains);
    }

    private static String canonical(String skill) {
        return CANONICAL.getOrDefault(skill, skill);
    }

    private static boolean isFrench(JsonNode entity) {
        return entity.get("language").asText().equals("fr");
    }

    private static Map<String, Long> countBy(List<JsonNode> entities, String field) {
        return entities.stream().collect(Collectors.groupingBy(e -> e.get(field).asText(), Collectors.counting()));
    }

    private static List<JsonNode> startups() {
        return elements(demo.get("startups"));
    }

    private static List<JsonNode> openings() {
        return startups().stream().flatMap(s -> elements(s.get("openings")).stream()).toList();
    }

    private static List<JsonNode> students() {
        return elements(demo.get("students"));
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return elements(array).stream().map(JsonNode::asText).toList();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static LocalDate date(JsonNode entity, String field) {
        return LocalDate.parse(entity.get(field).asText());
    }
}
