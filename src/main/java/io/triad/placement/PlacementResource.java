package io.triad.placement;

import io.triad.account.CurrentAccount;
import io.triad.placement.Views.PlacementView;
import io.triad.web.ListPage;
import io.triad.web.Params;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** WORKFLOW.md's placements, and applying for a program on behalf of one. */
@Path("/api/placements")
@Produces(MediaType.APPLICATION_JSON)
class PlacementResource {
    private final PlacementService placements;
    private final ApplicationService applications;
    private final CurrentAccount current;

    PlacementResource(PlacementService placements, ApplicationService applications, CurrentAccount current) {
        this.placements = placements;
        this.applications = applications;
        this.current = current;
    }

    @GET
    public ListPage<PlacementView> list(@QueryParam("opening") String opening, @QueryParam("program") String program,
            @QueryParam("status") String status, @QueryParam("limit") String limit, @QueryParam("page") String page) {
        return placements.list(opening, program, Params.enumValue(status, "status", PlacementStatus.class),
                Params.limit(limit), Lists.page(page), current.require());
    }

    @GET
    @Path("{id}")
    public PlacementView get(@PathParam("id") String id) {
        return placements.get(id, current.require());
    }

    @POST
    @Path("{id}/cancel")
    public PlacementView cancel(@PathParam("id") String id) {
        return placements.cancel(id, current.require());
    }

    @POST
    @Path("{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("id") String id, Requests.Apply body) {
        return Response.status(201).entity(applications.apply(id, body, current.require())).build();
    }
}
