package io.triad.eligibility;

import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.config.TriadConfig;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.eligibility.EligibilityService.Question;
import io.triad.eligibility.EligibilityService.Verdict;
import io.triad.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/** One verdict, computed from the database (the truth), with every failed rule. */
@Path("/api/eligibility")
@Produces(MediaType.APPLICATION_JSON)
class EligibilityResource {
    private final CurrentAccount current;
    private final EligibilityService eligibility;
    private final TriadConfig config;

    EligibilityResource(CurrentAccount current, EligibilityService eligibility, TriadConfig config) {
        this.current = current;
        this.eligibility = eligibility;
        this.config = config;
    }

    @GET
    public Verdict verdict(@QueryParam("program") String programKey, @QueryParam("opening") String openingKey,
            @QueryParam("student") String studentKey, @QueryParam("startup") String startupKey,
            @QueryParam("asOf") String rawAsOf) {
        Account caller = current.require();
        LocalDate asOf = Params.date(rawAsOf, "asOf", config.today());
        if (programKey == null || programKey.isBlank()) {
            throw InvalidInput.of("program", ViolationCode.REQUIRED);
        }
        return eligibility.verdict(new Question(programKey, startupKey, openingKey, studentKey, asOf), caller);
    }
}
