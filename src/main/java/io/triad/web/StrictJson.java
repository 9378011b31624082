package io.triad.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON is read one way only (OWASP ASVS 5.0 V1.5.3, V2.2.1): a property given twice is an error, not "the last one
 * wins" (another parser could take the first); nothing may follow the document; nesting and number literals are
 * bounded (the documents of DATA.md nest four levels deep and their numbers have at most 21 digits), so a hostile
 * body cannot make the parser work for nothing.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {
    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH).build());
    }
}
