package io.triad.placement;

import io.triad.account.CurrentAccount;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/openings/{key}/invitations}: the startup's owner invites a student to the opening. */
@Path("/api/openings")
@Produces(MediaType.APPLICATION_JSON)
class OpeningInvitationResource {
    private final InvitationService invitations;
    private final CurrentAccount current;

    OpeningInvitationResource(InvitationService invitations, CurrentAccount current) {
        this.invitations = invitations;
        this.current = current;
    }

    @POST
    @Path("{key}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("key") String key, Requests.Invite body) {
        return Response.status(201).entity(invitations.invite(key, body, current.require())).build();
    }
}
