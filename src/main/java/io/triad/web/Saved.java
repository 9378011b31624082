package io.triad.web;

import jakarta.ws.rs.core.Response;

/** What a create-or-replace stored, and whether it created it: API.md answers 201 for a creation, 200 otherwise. */
public record Saved<T>(T value, boolean created) {

    public Response response() {
        return Response.status(created ? 201 : 200).entity(value).build();
    }
}
