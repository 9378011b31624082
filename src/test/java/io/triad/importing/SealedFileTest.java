package io.triad.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The operator upload a job keeps on disk (ASVS 5.0 V14.2.4): a killed instance leaves only ciphertext behind. */
class SealedFileTest {
    private static final String DOCUMENT = "{\"students\": [{\"email\": \"zoya.canary-7f3a@example.org\", "
            + "\"birthDate\": \"1987-11-23\", \"workStatus\": \"PROTECTED_PERSON\", \"groups\": [\"INDIGENOUS\"]}]}";

    @Test
    @DisplayName("V14.2.4: the kept upload holds none of its content in plain form, owner-only, and reads back whole")
    void v14_keptUploadIsSealedAndReadsBack() throws Exception {
        byte[] content = DOCUMENT.repeat(50).getBytes(StandardCharsets.UTF_8);
        Path file = SealedFile.write(new ByteArrayInputStream(content));
        try {
            String onDisk = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String value : new String[] {"canary-7f3a", "1987-11-23", "PROTECTED_PERSON", "INDIGENOUS", "email"}) {
                assertThat(onDisk).as("the file on disk").doesNotContain(value);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            try (InputStream in = SealedFile.open(file)) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
