package io.triad.placement;

import io.triad.account.CurrentAccount;
import io.triad.placement.Views.ApplicationView;
import io.triad.placement.Views.Uptake;
import io.triad.web.ListPage;
import io.triad.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A program's applications queue and uptake, for its administrator and operators. */
@Path("/api/programs")
@Produces(MediaType.APPLICATION_JSON)
class ProgramApplicationResource {
    private final ProgramQueue queue;
    private final CurrentAccount current;

    ProgramApplicationResource(ProgramQueue queue, CurrentAccount current) {
        this.queue = queue;
        this.current = current;
    }

    @GET
    @Path("{key}/applications")
    public ListPage<ApplicationView> applications(@PathParam("key") String key, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("page") String page) {
        return queue.applications(key, Params.enumValue(status, "status", ApplicationStatus.class), Params.limit(limit),
                Lists.page(page), current.require());
    }

    @GET
    @Path("{key}/uptake")
    public Uptake uptake(@PathParam("key") String key) {
        return queue.uptake(key, current.require());
    }
}
