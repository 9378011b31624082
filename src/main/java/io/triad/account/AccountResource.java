package io.triad.account;

import io.triad.domain.Role;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
class AccountResource {
    private final AccountService accounts;
    private final Holdings holdings;
    private final AccountEraser eraser;
    private final CurrentAccount current;

    AccountResource(AccountService accounts, Holdings holdings, AccountEraser eraser, CurrentAccount current) {
        this.accounts = accounts;
        this.holdings = holdings;
        this.eraser = eraser;
        this.current = current;
    }

    public record Me(String email, Role role, String language, Owns owns) {
    }

    public record Owns(List<String> startups, List<String> students, List<String> programs) {
        static final Owns NOTHING = new Owns(List.of(), List.of(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signUp(AccountService.SignUp request, @Context HttpServerRequest http) {
        if (request == null) {
            throw io.triad.web.ProblemException.badRequest("A body { email, password, role, language } is required");
        }
        Account account = accounts.signUp(request, http.remoteAddress().hostAddress());
        // A new account owns nothing yet.
        return Response.status(201).entity(new Me(account.email, account.role, account.language, Owns.NOTHING)).build();
    }

    @GET
    @Path("me")
    public Me me() {
        return holdings.describe(current.require());
    }

    @DELETE
    @Path("me")
    public Response delete() {
        eraser.erase(current.require());
        return Response.noContent().build();
    }
}
