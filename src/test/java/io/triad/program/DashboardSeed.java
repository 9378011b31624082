package io.triad.program;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.account.AccountService;
import io.triad.domain.Role;
import io.triad.importing.ImportService;
import io.triad.importing.ImportService.Importer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A placement program for two regions of its own (in the user-assigned country QZ, with a random suffix), so no other
 * test's data counts: of five startups two are eligible (region A, software, with a 12-week opening at $20/h for
 * 40 h, paying 4,800; region B, hardware and software, with a 16-week opening capped at 5,000), one has too many
 * employees, one only a 4-week opening, one is elsewhere; of five students (PhD students in the trades) three are
 * eligible (one in A, two in B), one is a master's student, one is elsewhere.
 */
final class DashboardSeed {
    static final String PASSWORD = "correct-horse-1";
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String code = randomCode();
    final String regionA = "QZ-A" + code;
    final String regionB = "QZ-B" + code;
    final String key = "dash-" + suffix;
    final String admin = "dash-admin-" + suffix + "@example.org";
    /** Far ahead, for PhD students in the trades: other tests' students and openings never fit these. */
    final LocalDate start = LocalDate.of(2098, 3, 2);

    /** Creates the administrator and imports the program (owned by it), the startups and the students. */
    DashboardSeed create(AccountService accounts, ImportService imports, ObjectMapper json, String status) {
        accounts.create(admin, PASSWORD, Role.PROGRAM_ADMIN);
        imports.importDocument(json.valueToTree(Map.of("programs", List.of(program(status)),
                "startups", startups(), "students", students())), new Importer(null, null));
        return this;
    }

    private Map<String, Object> program(String status) {
        return Map.ofEntries(Map.entry("key", key), Map.entry("name", "Dashboard test " + suffix),
                Map.entry("kind", "WAGE_SUBSIDY"), Map.entry("scope", "PLACEMENT"), Map.entry("status", status),
                Map.entry("owner", admin), Map.entry("capacity", 10),
                Map.entry("intake", Map.of("opens", "2020-01-01", "deadline", "2099-12-31")),
                Map.entry("employer", Map.of("regions", List.of(regionA, regionB), "maxHeadcount", 50)),
                Map.entry("student", Map.of("regions", List.of(regionA, regionB), "levels", List.of("PHD"))),
                Map.entry("placement", Map.of("minWeeks", 8)),
                Map.entry("funding", Map.of("currency", "CAD", "wagePercent", 50, "capPerPlacement", 5000)));
    }

    private List<Object> startups() {
        List<Object> out = new ArrayList<>();
        out.add(startup("a", regionA, List.of("SOFTWARE"), 10, opening("a", 12, 40, 20)));
        out.add(startup("b", regionB, List.of("HARDWARE", "SOFTWARE"), 20, opening("b", 16, 37.5, 30)));
        out.add(startup("big", regionA, List.of("SOFTWARE"), 100, opening("big", 12, 40, 20)));
        out.add(startup("short", regionB, List.of("MEDIA"), 5, opening("short", 4, 40, 20)));
        out.add(startup("away", "CA-ON", List.of("SOFTWARE"), 5, opening("away", 12, 40, 20)));
        return out;
    }

    private Map<String, Object> startup(String name, String region, List<String> sectors, int headcount,
            Map<String, Object> opening) {
        return Map.of("key", "dash-" + name + "-" + suffix, "name", "Startup " + name, "stage", "SEED",
                "region", region, "sectors", sectors, "headcount", headcount, "foundedOn", "2022-01-01",
                "incorporated", true, "forProfit", true, "openings", List.of(opening));
    }

    private Map<String, Object> opening(String name, int weeks, double hours, int wage) {
        return Map.of("key", "dash-o-" + name + "-" + suffix, "title", "Opening " + name,
                "startDate", start.toString(), "weeks", weeks, "hoursPerWeek", hours, "hourlyWage", wage,
                "workMode", "HYBRID", "skills", List.of("python"), "levels", List.of("PHD", "MASTER"),
                "fields", List.of("TRADES"));
    }

    private List<Object> students() {
        return List.of(student("t1", regionA, "PHD"), student("t2", regionB, "PHD"),
                student("t3", regionB, "PHD"), student("t4", regionA, "MASTER"),
                student("t5", "CA-ON", "PHD"));
    }

    private Map<String, Object> student(String name, String region, String level) {
        return Map.of("key", "dash-" + name + "-" + suffix, "name", "Student " + name,
                "email", name + "-" + suffix + "@example.org", "field", "TRADES", "level", level,
                "enrolment", "ENROLLED_FULL_TIME", "region", region, "skills", List.of("python"),
                "availableFrom", start.minusDays(1).toString(), "availableUntil", start.plusYears(1).toString());
    }

    private static String randomCode() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        Random random = new Random();
        return "" + alphabet.charAt(random.nextInt(36)) + alphabet.charAt(random.nextInt(36));
    }

    String opening(String name) {
        return "dash-o-" + name + "-" + suffix;
    }

    String student(String name) {
        return "dash-" + name + "-" + suffix;
    }
}
