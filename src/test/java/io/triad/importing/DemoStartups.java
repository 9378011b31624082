package io.triad.importing;

import static io.triad.importing.DemoVocabulary.*;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Writes the {@code startups} array of a demo document, each startup with its openings. */
final class DemoStartups {

    private static final String[] STARTUP_REGIONS =
            weighted("CA-ON:36 CA-QC:22 CA-BC:16 CA-AB:10 CA-NS:5 CA-MB:4 CA-SK:3 CA-NB:2 CA-NL:1 CA-PE:1");
    private static final String[] STAGES = weighted("IDEA:10 PRE_SEED:25 SEED:35 SERIES_A:20 GROWTH:10");
    /** Per stage: min and max headcount, first and last founding year. */
    private static final Map<String, int[]> STAGE_SHAPE = Map.of("IDEA", new int[] {1, 3, 2024, 2026},
            "PRE_SEED", new int[] {2, 8, 2021, 2026}, "SEED", new int[] {5, 30, 2018, 2025},
            "SERIES_A", new int[] {20, 120, 2015, 2023}, "GROWTH", new int[] {80, 300, 2012, 2019});
    private static final String[] HOURS = weighted("35:40 37.5:20 40:20 30:10 20:4 25:3 24:3");
    private static final String[] WORK_MODES = weighted("ONSITE:35 HYBRID:45 REMOTE:20");
    private static final LocalDate LAST_FOUNDED = LocalDate.of(2026, 10, 31);
    /** A Monday; the last possible start, 35 weeks later, is Monday 2027-09-06. */
    private static final LocalDate FIRST_START = LocalDate.of(2027, 1, 4);
    private static final LocalDate[] TERM_STARTS = {FIRST_START, LocalDate.of(2027, 5, 3),
        LocalDate.of(2027, 5, 10), LocalDate.of(2027, 9, 6)};

    /** The demo founder's company: hand-written so the walkthrough always shows the same matches. */
    private static final String SHOWCASE_STARTUP = """
            {"key": "northwind-robotics", "name": "Northwind Robotics",
             "description": "Warehouse robots that learn pick paths. Seed-funded, piloting with three Ontario distributors.",
             "stage": "SEED", "region": "CA-ON", "city": "Waterloo", "sectors": ["HARDWARE", "SOFTWARE"],
             "headcount": 12, "foundedOn": "2023-05-01", "incorporated": true, "forProfit": true,
             "owner": "founder@triad.example",
             "openings": [
              {"key": "northwind-ml-coop", "title": "Machine learning co-op",
               "description": "Train and evaluate the grasping models of our warehouse robots; Python, PyTorch, ROS.",
               "language": "en", "skills": ["python", "pytorch", "ros", "computer vision", "machine learning"],
               "levels": ["BACHELOR", "MASTER"], "fields": ["COMPUTER_SCIENCE", "ENGINEERING"],
               "startDate": "2027-05-03", "weeks": 16, "hoursPerWeek": 37.5, "hourlyWage": 28.00,
               "workMode": "HYBRID", "positions": 2},
              {"key": "northwind-backend-coop", "title": "Backend developer co-op",
               "description": "Build the fleet API that dispatches robots and streams telemetry; Java, PostgreSQL, Kubernetes.",
               "language": "en", "skills": ["java", "postgresql", "docker", "kubernetes", "rest apis"],
               "levels": ["COLLEGE", "BACHELOR"], "fields": ["COMPUTER_SCIENCE", "ENGINEERING"],
               "startDate": "2027-05-03", "weeks": 16, "hoursPerWeek": 35, "hourlyWage": 26.50,
               "workMode": "ONSITE", "positions": 1},
              {"key": "northwind-vision-intern", "title": "Computer vision intern",
               "description": "Label, train and benchmark the models that spot damaged parcels; Python, OpenCV, PyTorch.",
               "language": "en", "skills": ["python", "opencv", "computer vision", "pytorch", "numpy"],
               "levels": ["BACHELOR", "MASTER", "PHD"],
               "fields": ["COMPUTER_SCIENCE", "ENGINEERING", "MATHEMATICS_STATISTICS"],
               "startDate": "2027-09-06", "weeks": 16, "hoursPerWeek": 37.5, "hourlyWage": 27.50,
               "workMode": "HYBRID", "positions": 1}]}
            """;
    private static final String SHOWCASE_STARTUP_KEY = "northwind-robotics";
    private static final String[] SHOWCASE_OPENING_KEYS =
            {"northwind-ml-coop", "northwind-backend-coop", "northwind-vision-intern"};

    private final DemoGenerator g;
    private final JsonGenerator json;
    // the showcase's keys are taken even when it is not written, so benchmark data never replaces it
    private final Set<String> startupKeys = new HashSet<>(Set.of(SHOWCASE_STARTUP_KEY));
    private final Set<String> openingKeys = new HashSet<>(Arrays.asList(SHOWCASE_OPENING_KEYS));

    DemoStartups(DemoGenerator g, JsonGenerator json) {
        this.g = g;
        this.json = json;
    }

    /** Up to {@code count} startups, stopping once {@code openings} openings are written. */
    void write(int count, int openings, boolean showcase) throws IOException {
        json.writeArrayFieldStart("startups");
        int left = openings;
        for (int i = 0; i < count && left > 0; i++) {
            if (showcase && i == 0) {
                g.copy(SHOWCASE_STARTUP);
                left -= SHOWCASE_OPENING_KEYS.length;
            } else {
                int r = g.between(1, 10);
                left -= startup(Math.min(left, r <= 2 ? 1 : r <= 5 ? 2 : r <= 8 ? 3 : 4));
            }
        }
        json.writeEndArray();
    }

    private int startup(int openings) throws IOException {
        Sector sector = SECTORS.get(g.pick(SECTOR_PICK));
        String[] pitch = g.pick(sector.pitches()).split(">");
        String stage = g.pick(STAGES);
        int[] shape = STAGE_SHAPE.get(stage);
        Region region = REGIONS.get(g.pick(STARTUP_REGIONS));
        String name = companyName(sector);
        String key = g.slug(name);
        String city = g.pick(region.cities());
        boolean french = region.code().equals("CA-QC") && g.chance(0.2);
        json.writeStartObject();
        json.writeStringField("key", key);
        json.writeStringField("name", name);
        json.writeStringField("description", pitch[0] + ". " + STAGE_PITCH.get(stage));
        json.writeStringField("stage", stage);
        json.writeStringField("region", region.code());
        json.writeStringField("city", city);
        boolean noSectors = g.chance(0.03); // DATA.md allows it, and sector rules must then fail
        g.strings("sectors", noSectors ? new String[0] : pitch.length > 1 && g.chance(0.6)
                ? new String[] {sector.code(), pitch[1]} : new String[] {sector.code()});
        json.writeNumberField("headcount", g.skewed(shape[0], shape[1]));
        LocalDate lastFounded = LocalDate.of(shape[3], 12, 31);
        g.date("foundedOn", g.day(LocalDate.of(shape[2], 1, 1),
                lastFounded.isBefore(LAST_FOUNDED) ? lastFounded : LAST_FOUNDED));
        json.writeBooleanField("incorporated", g.chance(stage.equals("IDEA") ? 0.5 : 0.96));
        json.writeBooleanField("forProfit", g.chance(sector.code().equals("SOCIAL_IMPACT") ? 0.5 : 0.95));
        json.writeArrayFieldStart("openings");
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < openings; i++) {
            opening(key, name, city, role(sector, roles), french);
        }
        json.writeEndArray();
        json.writeEndObject();
        return openings;
    }

    /** Redraws a few times before numbering, so names stay plausible and keys unique. */
    private String companyName(Sector sector) {
        for (int attempt = 0; ; attempt++) {
            String head = g.pick(NAME_HEADS);
            String name = (g.chance(0.75) ? head + g.pick(NAME_TAILS) : head) + " " + g.pick(sector.suffixes());
            if (attempt >= 8) {
                name += " " + (startupKeys.size() + 1);
            }
            if (startupKeys.add(g.slug(name))) {
                return name;
            }
        }
    }

    /** A role the sector hires for that this startup has no opening for yet. */
    private Role role(Sector sector, Set<String> used) {
        for (int i = 0; i < 10; i++) {
            String slug = g.pick(sector.roles());
            if (used.add(slug)) {
                return ROLES.get(slug);
            }
        }
        Role other = ROLES.values().stream().filter(r -> !used.contains(r.slug())).findFirst().orElseThrow();
        used.add(other.slug());
        return other;
    }

    private void opening(String startupKey, String company, String city, Role role, boolean french)
            throws IOException {
        String[] skills = g.sample(role.skills(), g.between(3, 6));
        String mode = g.pick(WORK_MODES);
        json.writeStartObject();
        json.writeStringField("key", DemoGenerator.unique(openingKeys, startupKey + "-" + role.slug()));
        json.writeStringField("title", french ? (g.chance(0.7) ? "Stage en " : "Stagiaire en ") + role.fr()
                : role.en() + (g.chance(0.6) ? " co-op" : " intern"));
        json.writeStringField("description", french
                ? "Rejoignez " + company + " pour " + role.doFr() + ". Vous travaillerez avec "
                        + DemoGenerator.join(skills, " et ") + ". " + MODE_FR.get(mode).replace("{city}", city)
                : "Join " + company + " to " + role.doEn() + ". You will work with "
                        + DemoGenerator.join(skills, " and ") + ". " + MODE_EN.get(mode).replace("{city}", city));
        json.writeStringField("language", french ? "fr" : "en");
        g.strings("skills", g.spell(skills));
        g.strings("levels", role.levels());
        g.strings("fields", role.fields());
        g.date("startDate", g.chance(0.55) ? g.pick(TERM_STARTS) : FIRST_START.plusWeeks(g.between(0, 35)));
        int w = g.between(1, 100);
        json.writeNumberField("weeks", w <= 32 ? 12 : w <= 68 ? 16 : w <= 76 ? 8 : w <= 83 ? 24
                : w <= 88 ? 26 : g.between(8, 52));
        json.writeFieldName("hoursPerWeek");
        json.writeNumber(g.pick(HOURS));
        int cents = (role.wage() + g.between(-4, 10)) * 100 + 25 * g.between(0, 3);
        json.writeNumberField("hourlyWage", BigDecimal.valueOf(Math.max(1800, Math.min(4000, cents)), 2));
        json.writeStringField("workMode", mode);
        int p = g.between(1, 10);
        json.writeNumberField("positions", p <= 6 ? 1 : p <= 9 ? 2 : 3);
        json.writeEndObject();
    }
}
