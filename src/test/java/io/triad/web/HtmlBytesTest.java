package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.common.model.ResourceWriter;
import org.junit.jupiter.api.Test;

/**
 * Pages are written by {@link HtmlBytes}. RESTEasy Reactive fixes a page method's writer when it builds the
 * application, from the writers of the entity type it sees there: {@code Object} for a method that returns a
 * template. A writer registered for {@code String} only was never chosen, and the built-in writer, which has Netty
 * encode the page one character at a time, wrote every page (a profile under load showed it, not HtmlBytes).
 */
@QuarkusTest
class HtmlBytesTest {

    @Test
    void isTheFirstWriterOfAPageWhateverTheEntityTypeSeenWhenBuilding() {
        List<ResourceWriter> writers = ResteasyReactiveRecorder.getCurrentDeployment().getSerialisers().getWriters()
                .get(Object.class);
        ResourceWriter first = writers.stream()
                .filter(w -> w.mediaTypes().stream().anyMatch(MediaType.TEXT_HTML_TYPE::isCompatible))
                .sorted(new ResourceWriter.ResourceWriterComparator()).findFirst().orElseThrow();
        assertThat(first.instance()).isInstanceOf(HtmlBytes.class);
    }
}
