package io.triad.program.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Dashboards count in words: "1 category", never "1 categories", in both languages. */
@QuarkusTest
class ChartWordingTest {

    @Test
    void oneCategoryIsSingularInEnglishAndFrench() {
        DashboardMessages en = MessageBundles.get(DashboardMessages.class);
        DashboardMessages fr = MessageBundles.get(DashboardMessages.class, Localized.Literal.of("fr"));
        assertThat(en.chart_desc_ranked("1", "Ontario", "7")).startsWith("Bar chart of 1 category;");
        assertThat(en.chart_desc_ranked("3", "Ontario", "7")).startsWith("Bar chart of 3 categories;");
        assertThat(fr.chart_desc_ranked("1", "Ontario", "7")).startsWith("Graphique à barres de 1 catégorie;");
        assertThat(en.chart_desc_amounts("1", "$1", "$1")).startsWith("Histogram of 1 amount,");
        assertThat(fr.chart_desc_amounts("2", "1 $", "2 $")).startsWith("Histogramme de 2 montants,");
    }
}
