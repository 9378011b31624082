package io.triad.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

/**
 * An upload kept on disk until its import job reads it, encrypted (AES-256-CTR) under a key that lives only in this
 * process's memory: an instance killed mid-job leaves ciphertext in the temporary directory, never the students'
 * e-mails and birth dates (ASVS 5.0 V14.2.4). The file is owner-only and deleted by the job; no other process reads
 * it, so confidentiality is what it needs.
 */
final class SealedFile {
    private static final SecretKey KEY = newKey();
    private static final int IV = 16;

    private SealedFile() {
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, new SecureRandom());
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    /** A new temporary file holding {@code content}, sealed. */
    static Path write(InputStream content) throws IOException {
        Path file = Files.createTempFile("triad-import-", ".sealed");
        byte[] iv = new byte[IV];
        new SecureRandom().nextBytes(iv);
        try (OutputStream raw = Files.newOutputStream(file)) {
            raw.write(iv);
            try (OutputStream out = new CipherOutputStream(raw, cipher(Cipher.ENCRYPT_MODE, iv))) {
                content.transferTo(out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** The content of a file that {@link #write} wrote. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            byte[] iv = raw.readNBytes(IV);
            if (iv.length != IV) {
                throw new IOException("Not a sealed file");
            }
            return new CipherInputStream(raw, cipher(Cipher.DECRYPT_MODE, iv));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static Cipher cipher(int mode, byte[] iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, KEY, new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR is not available", e);
        }
    }
}
