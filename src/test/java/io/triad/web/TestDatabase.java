package io.triad.web;

import io.quarkus.test.common.QuarkusTestResource;

/** Binds the embedded PostgreSQL to every @QuarkusTest in the run (restricted = false). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class TestDatabase {
}
