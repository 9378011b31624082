package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message bundle (interfaces under src/main/java annotated @MessageBundle) has exactly the same keys in French. */
class MessageBundlesInSyncTest {

    @Test
    void everyEnglishMessageHasAFrenchTranslationAndNoneIsLeftOver() throws Exception {
        List<Class<?>> bundles = bundleInterfaces();
        assertThat(bundles.stream().map(b -> b.getAnnotation(MessageBundle.class).value()))
                .as("the bundles found, so this check covers each feature's")
                .contains("msg", "val", "acct", "dash", "imp", "people", "prog");
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> english = Arrays.stream(bundle.getDeclaredMethods()).map(m -> m.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            Properties french = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages/" + name + "_fr.properties")) {
                assertThat(in).as("messages/" + name + "_fr.properties").isNotNull();
                french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(new TreeSet<>(french.stringPropertyNames())).as("French keys of bundle " + name)
                    .isEqualTo(english);
            assertThat(french.values()).as("no empty French message in " + name)
                    .allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        }
    }

    @Test
    void webHoldsOnlyTheLayoutsAndTheValidationBundlesEachFeatureOwnsItsOwn() throws Exception {
        assertThat(bundleInterfaces().stream().filter(b -> b.getPackageName().equals("io.triad.web"))
                .map(b -> b.getAnnotation(MessageBundle.class).value())).containsExactlyInAnyOrder("msg", "val");
    }

    private static List<Class<?>> bundleInterfaces() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("@MessageBundle"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", ""))
                    .map(MessageBundlesInSyncTest::load)
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
