package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.StudentDoc;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The application's mapper reads dates through IsoDates, and still refuses a day that does not exist. */
@QuarkusTest
class IsoDateReadingTest {
    @Inject
    ObjectMapper json;

    @Test
    void theApplicationsMapperReadsDatesFromTheirDigits() throws Exception {
        assertThat(json.getRegisteredModuleIds()).contains("triad-iso-dates");
        assertThat(json.readValue("{\"key\": \"s\", \"availableFrom\": \"2028-02-29\"}", StudentDoc.class)
                .availableFrom()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> json.readValue("{\"key\": \"s\", \"availableFrom\": \"2027-02-29\"}", StudentDoc.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("2027-02-29");
    }
}
