package io.triad.startup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.domain.validation.DocumentValidator;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.CompanyPrograms;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Candidate;
import io.triad.people.PeopleViews;
import io.triad.program.ProgramService;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the founder's pages read and write, with the API's rules: STARTUP accounts and operators only, a startup
 * another account owns is 403 and an unknown one 404. A form is validated as the whole startup document it
 * changes, so its rules are exactly the API's, and the startup is saved whole.
 */
@ApplicationScoped
class StartupEditor {
    private final StartupService startups;
    private final ProgramService programs;
    private final DocumentValidator validator;
    private final ObjectMapper mapper;
    private final SearchIndex index;
    private final TriadConfig config;
    private final OpeningRankings rankings;
    private final OpeningOwners owners;

    StartupEditor(StartupService startups, ProgramService programs, DocumentValidator validator, ObjectMapper mapper,
            SearchIndex index, TriadConfig config, OpeningRankings rankings, OpeningOwners owners) {
        this.rankings = rankings;
        this.owners = owners;
        this.startups = startups;
        this.programs = programs;
        this.validator = validator;
        this.mapper = mapper;
        this.index = index;
        this.config = config;
    }

    /** A startup as its list shows it. */
    record Listed(StartupDoc doc, int openings) {
    }

    /**
     * An opening's editor: its startup, the opening (null for a new one) and its place in the startup's document,
     * which names the form's fields in violations ({@code openings[2].weeks}).
     */
    record OpeningEdit(String startupKey, String startupName, OpeningDoc opening, int index) {
        String violationPrefix() {
            return "openings[" + index + "].";
        }
    }

    /** The company programs a startup qualifies for today and nearly does, with the programs they name. */
    record CompanyProgramsOf(String startupKey, String startupName, CompanyPrograms result,
            Map<String, ProgramDoc> programs) {
    }

    /** An opening's ranked students with what the page shows of each, and the names of the programs they name. */
    record RankedStudents(String startupKey, String startupName, String title, Page<Candidate> page,
            Map<String, ProgramDoc> programs, OpeningDoc opening) {
    }

    /** 403 unless the caller is a startup account or an operator. */
    void requireFounder(Account caller) {
        Ownership.requireRole(caller, Role.STARTUP);
    }

    /** The account's startups; an operator's list has every startup. */
    @Transactional
    List<Listed> list(Account caller) {
        requireFounder(caller);
        List<StartupEntity> shown = caller.role == Role.OPERATOR ? StartupEntity.list("order by key")
                : startups.ownedBy(caller);
        return shown.stream().map(s -> new Listed(s.doc, (int) OpeningEntity.count("startup", s))).toList();
    }

    /** The startup with its openings. */
    @Transactional
    StartupDoc show(String key, Account caller) {
        return startups.view(founders(key, caller));
    }

    /** A new startup with a key made from its name, owned by its founder (an operator's by nobody); its key. */
    @Transactional
    String create(StartupForm form, Account caller) {
        requireFounder(caller);
        String key = PeopleViews.newKey(form.name(), "startup", k -> StartupEntity.byKey(k).isPresent());
        StartupDoc doc = validator.startup(form.toJson(key, List.of(), mapper));
        startups.save(doc, Ownership.owner(null, Optional.empty(), caller, Role.STARTUP));
        return key;
    }

    /** The company profile replaced, the openings kept. */
    @Transactional
    void update(String key, StartupForm form, Account caller) {
        StartupEntity startup = lockFounders(key, caller);
        StartupDoc doc = validator.startup(form.toJson(key, startups.view(startup).openings(), mapper));
        startups.save(doc, Ownership.owner(null, Optional.of(startup), caller, Role.STARTUP));
    }

    @Transactional
    void delete(String key, Account caller) {
        startups.delete(lockFounders(key, caller));
    }

    /** The editor of one of the startup's openings ({@code openingKey} null: a new one), else 404. */
    @Transactional
    OpeningEdit opening(String key, String openingKey, Account caller) {
        StartupEntity startup = founders(key, caller);
        OpeningDoc opening = openingKey == null ? null : openingOf(startup, openingKey).doc;
        return new OpeningEdit(startup.key, startup.name, opening, indexOf(startups.view(startup), openingKey));
    }

    /**
     * Validates the whole startup with this opening in place ({@code openingKey} null: a new one, its key made from
     * its title) and saves it; a violation of the opening names {@link OpeningEdit#violationPrefix()}.
     */
    @Transactional
    void saveOpening(String key, String openingKey, OpeningForm form, Account caller) {
        StartupEntity startup = lockFounders(key, caller);
        String saved = openingKey == null
                ? PeopleViews.newKey(form.title(), "opening", k -> OpeningEntity.byKey(k).isPresent())
                : openingOf(startup, openingKey).key;
        StartupDoc current = startups.view(startup);
        int at = indexOf(current, openingKey);
        ObjectNode node = mapper.valueToTree(current);
        List<JsonNode> openings = new ArrayList<>();
        current.openings().forEach(o -> openings.add(mapper.valueToTree(o)));
        ObjectNode edited = form.toJson(saved, mapper.createObjectNode());
        if (at < openings.size()) {
            openings.set(at, edited);
        } else {
            openings.add(edited);
        }
        ArrayNode array = node.putArray("openings");
        openings.forEach(array::add);
        startups.save(validator.startup(node), startup.owner);
    }

    @Transactional
    void deleteOpening(String key, String openingKey, Account caller) {
        StartupEntity startup = lockFounders(key, caller);
        openingOf(startup, openingKey);
        StartupDoc doc = startups.view(startup);
        List<OpeningDoc> kept = doc.openings().stream().filter(o -> !o.key().equals(openingKey)).toList();
        startups.save(doc.withOpenings(kept), startup.owner);
    }

    @Transactional
    CompanyProgramsOf companyPrograms(String key, Account caller) {
        StartupEntity startup = founders(key, caller);
        CompanyPrograms result = index.engine().companyPrograms(startups.view(startup), config.today());
        List<String> keys = Stream.concat(result.eligible().stream().map(f -> f.program()),
                result.nearMisses().stream().map(n -> n.program())).toList();
        return new CompanyProgramsOf(startup.key, startup.name, result, programs.byKeys(keys));
    }

    /** The opening's students by score ({@code byAmount}: by what its programs pay together, API.md {@code total}), {@code limit} of them, from the engine. */
    @Transactional
    RankedStudents rankedStudents(String key, String openingKey, boolean fundedOnly, boolean byAmount, int limit,
            Account caller) {
        owners.requireFounders(key, openingKey, caller);
        return ranked(key, openingKey, fundedOnly, byAmount, limit, caller);
    }

    /**
     * As {@link #rankedStudents}, before the caller is checked: the ranked page checks on the read it makes anyway.
     * An unknown startup still answers 404 and another's 403 here when the engine does not hold the opening.
     */
    RankedStudents ranked(String key, String openingKey, boolean fundedOnly, boolean byAmount, int limit,
            Account caller) {
        MatchEngine engine = index.engine();
        Page<Candidate> page = rankings.candidates(engine, openingKey, config.today(), limit, fundedOnly,
                byAmount ? MatchOrder.TOTAL : MatchOrder.SCORE, caller.role == Role.OPERATOR);
        Map<String, ProgramDoc> funding = engine.programsOf(page.items().stream().map(Candidate::match).toList());
        // the names shown come from the engine that ranked: no startup document parsed per view
        StartupDoc held = engine.startups(List.of(key)).get(key);
        Optional<OpeningDoc> opening = held == null ? Optional.empty()
                : held.openings().stream().filter(o -> o.key().equals(openingKey)).findFirst();
        if (opening.isPresent()) {
            return new RankedStudents(key, held.name(), opening.get().title(), page, funding, opening.get());
        }
        StartupEntity startup = founders(key, caller); // not in this instance's engine yet: as the database has it
        OpeningEntity row = openingOf(startup, openingKey);
        return new RankedStudents(startup.key, startup.name, row.doc.title(), page, funding, row.doc);
    }

    /** The startup when the caller is a startup account or an operator and may change it: 403, or 404 unknown. */
    static StartupEntity founders(String key, Account caller) {
        Ownership.requireRole(caller, Role.STARTUP);
        return StartupService.owned(key, caller);
    }

    /** As {@link #founders}, the row locked until the transaction ends: what a form then saves is still the caller's. */
    StartupEntity lockFounders(String key, Account caller) {
        Ownership.requireRole(caller, Role.STARTUP);
        return startups.lockOwned(key, caller);
    }

    /** One of the startup's openings, else 404. */
    static OpeningEntity openingOf(StartupEntity startup, String key) {
        return OpeningEntity.byKey(key).filter(o -> o.startup.id.equals(startup.id))
                .orElseThrow(() -> ProblemException.notFound("No opening '" + key + "' at this startup"));
    }

    /** Where the opening sits in the startup's document; a new one goes last. */
    private static int indexOf(StartupDoc startup, String openingKey) {
        List<OpeningDoc> openings = startup.openings();
        for (int i = 0; i < openings.size(); i++) {
            if (openings.get(i).key().equals(openingKey)) {
                return i;
            }
        }
        return openings.size();
    }
}
