package io.triad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.triad.domain.IsoDates;
import jakarta.inject.Singleton;

/** Dates of the form {@code yyyy-MM-dd} read from their digits ({@link IsoDates}); the rest as Jackson reads them. */
@Singleton
class IsoDateReading implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(IsoDates.module());
    }
}
