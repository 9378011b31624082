package io.triad.startup;

import io.triad.domain.validation.ViolationCode;
import io.triad.domain.validation.InvalidInput;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.account.Ownership;
import io.triad.domain.Role;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import io.triad.config.TriadConfig;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Ranked students for an opening, for its startup's owner and operators. */
@Path("/api/openings")
@Produces(MediaType.APPLICATION_JSON)
class OpeningResource {
    private final SearchIndex index;
    private final CurrentAccount current;
    private final TriadConfig config;

    OpeningResource(SearchIndex index, CurrentAccount current, TriadConfig config) {
        this.index = index;
        this.current = current;
        this.config = config;
    }

    @GET
    @Path("{key}/matches")
    @Transactional
    public Page<StudentForOpening> matches(@PathParam("key") String key, @QueryParam("asOf") String asOf,
            @QueryParam("limit") String limit, @QueryParam("funded") String funded, @QueryParam("sort") String sort) {
        Account caller = current.require();
        OpeningEntity opening = OpeningEntity.byKey(key)
                .orElseThrow(() -> ProblemException.notFound("No opening '" + key + "'"));
        Ownership.requireChange(caller, opening.startup.owner, "This opening");
        if (sort != null && !sort.isBlank() && !sort.equals("amount") && !sort.equals("score")) {
            throw InvalidInput.of("sort", ViolationCode.SORT);
        }
        return index.engine().forOpening(key, Params.date(asOf, "asOf", config.today()), Params.limit(limit),
                Params.bool(funded, "funded"), "amount".equals(sort), caller.role == Role.OPERATOR);
    }
}
