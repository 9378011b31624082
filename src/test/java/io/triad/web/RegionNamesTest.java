package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Region codes and the names people type and read, in English and French. */
class RegionNamesTest {

    @Test
    void namesProvincesAndCountriesInTheReadersLanguage() {
        assertThat(RegionNames.name("CA-QC", Locale.ENGLISH)).isEqualTo("Quebec");
        assertThat(RegionNames.name("CA-QC", Locale.CANADA_FRENCH)).isEqualTo("Québec");
        assertThat(RegionNames.name("FR", Locale.ENGLISH)).isEqualTo("France");
        assertThat(RegionNames.name("DE", Locale.FRENCH)).isEqualTo("Allemagne");
        assertThat(RegionNames.name("US-CA", Locale.ENGLISH)).as("a code without a name stays as it is").isEqualTo("US-CA");
    }

    @Test
    void readsATypedNameInEitherLanguageOrACode() {
        assertThat(RegionNames.code("Ontario")).contains("CA-ON");
        assertThat(RegionNames.code("  québec ")).contains("CA-QC");
        assertThat(RegionNames.code("Quebec")).contains("CA-QC");
        assertThat(RegionNames.code("british columbia")).contains("CA-BC");
        assertThat(RegionNames.code("Colombie-Britannique")).contains("CA-BC");
        assertThat(RegionNames.code("Allemagne")).contains("DE");
        assertThat(RegionNames.code("ca-on")).contains("CA-ON");
        assertThat(RegionNames.code("Atlantis")).isEmpty();
    }

    @Test
    void listsCanadaItsProvincesThenTheOtherCountries() {
        var choices = RegionNames.choices(Locale.ENGLISH);
        assertThat(choices.get(0)).isEqualTo(new RegionNames.Region("CA", "Canada"));
        assertThat(choices.subList(1, 14)).extracting(RegionNames.Region::code).allMatch(c -> c.startsWith("CA-"));
        assertThat(choices.get(1).name()).isEqualTo("Alberta");
        assertThat(choices).extracting(RegionNames.Region::name).contains("France", "Japan");
    }
}
