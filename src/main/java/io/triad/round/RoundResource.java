package io.triad.round;

import io.triad.account.CurrentAccount;
import io.triad.round.RoundViews.OpeningRankingView;
import io.triad.round.RoundViews.ReplayView;
import io.triad.round.RoundViews.RoundView;
import io.triad.round.RoundViews.StudentRankingView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** WORKFLOW.md's matching rounds. */
@Path("/api/rounds")
@Produces(MediaType.APPLICATION_JSON)
class RoundResource {
    private final RoundService rounds;
    private final RoundReplay replay;
    private final RoundRunner runner;
    private final CurrentAccount current;

    RoundResource(RoundService rounds, RoundReplay replay, RoundRunner runner, CurrentAccount current) {
        this.rounds = rounds;
        this.replay = replay;
        this.runner = runner;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoundRequests.Create body) {
        return Response.status(201).entity(rounds.create(body, current.require())).build();
    }

    @GET
    @Path("{id}")
    public RoundView get(@PathParam("id") String id) {
        return rounds.get(id, current.require());
    }

    @PUT
    @Path("{id}/students/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StudentRankingView rankStudent(@PathParam("id") String id, @PathParam("key") String key,
            RoundRequests.StudentRanking body) {
        return rounds.rankStudent(id, key, body, current.require());
    }

    @PUT
    @Path("{id}/openings/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OpeningRankingView rankOpening(@PathParam("id") String id, @PathParam("key") String key,
            RoundRequests.OpeningRanking body) {
        return rounds.rankOpening(id, key, body, current.require());
    }

    @POST
    @Path("{id}/run")
    public Response run(@PathParam("id") String id) {
        RoundView round = rounds.close(id, current.require());
        runner.submit(round.id());
        return Response.accepted(round).build();
    }

    @GET
    @Path("{id}/results")
    public RoundResults.View results(@PathParam("id") String id) {
        return rounds.results(id, current.require());
    }

    @POST
    @Path("{id}/replay")
    public ReplayView replay(@PathParam("id") String id) {
        return replay.replay(rounds.forReplay(id, current.require()).id());
    }
}
