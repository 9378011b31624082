package io.triad.placement;

import io.triad.account.CurrentAccount;
import io.triad.placement.Views.InvitationView;
import io.triad.web.ListPage;
import io.triad.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** WORKFLOW.md's invitations (sending one is under the opening: {@link OpeningInvitationResource}). */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
class InvitationResource {
    private final InvitationService invitations;
    private final CurrentAccount current;

    InvitationResource(InvitationService invitations, CurrentAccount current) {
        this.invitations = invitations;
        this.current = current;
    }

    @GET
    public ListPage<InvitationView> list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("page") String page) {
        return invitations.list(Params.enumValue(status, "status", InvitationStatus.class), Params.limit(limit),
                Lists.page(page), current.require());
    }

    @POST
    @Path("{id}/accept")
    public Response accept(@PathParam("id") String id) {
        return Response.status(201).entity(invitations.accept(id, current.require())).build();
    }

    @POST
    @Path("{id}/decline")
    public InvitationView decline(@PathParam("id") String id) {
        return invitations.decline(id, current.require());
    }

    @POST
    @Path("{id}/withdraw")
    public InvitationView withdraw(@PathParam("id") String id) {
        return invitations.withdraw(id, current.require());
    }
}
