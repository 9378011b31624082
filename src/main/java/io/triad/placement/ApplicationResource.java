package io.triad.placement;

import io.triad.account.CurrentAccount;
import io.triad.placement.Views.ApplicationView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** WORKFLOW.md's decisions on an application: approve (may answer WAITLISTED), refuse, withdraw. */
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
class ApplicationResource {
    private final ApplicationService applications;
    private final CurrentAccount current;

    ApplicationResource(ApplicationService applications, CurrentAccount current) {
        this.applications = applications;
        this.current = current;
    }

    @POST
    @Path("{id}/approve")
    public ApplicationView approve(@PathParam("id") String id) {
        return applications.approve(id, current.require());
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView refuse(@PathParam("id") String id, Requests.Refuse body) {
        return applications.refuse(id, body, current.require());
    }

    @POST
    @Path("{id}/withdraw")
    public ApplicationView withdraw(@PathParam("id") String id) {
        return applications.withdraw(id, current.require());
    }
}
