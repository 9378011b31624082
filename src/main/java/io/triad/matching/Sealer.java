package io.triad.matching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.apache.lucene.util.BytesRef;

/**
 * Seals what an index stores on disk about a person (AES-256-GCM) under a key made at random when the index is made
 * and kept in this process's memory only: the files of a killed process hold ciphertext whose key died with it.
 * Each document's id is its associated data, so a sealed value only opens as the document it was written for.
 *
 * <p>The nonce is a counter: unique for the key's whole life (one process), which is all GCM asks of it.
 */
final class Sealer {
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final AtomicLong counter = new AtomicLong();
    /** Cipher objects are not thread-safe, and getting one is slower than using it. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(Sealer::newCipher);

    Sealer() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, new SecureRandom());
            key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The nonce followed by the ciphertext and its tag. */
    byte[] seal(String id, byte[] plain) {
        byte[] nonce = ByteBuffer.allocate(NONCE).putLong(4, counter.incrementAndGet()).array();
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = new byte[NONCE + cipher.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE);
            cipher.doFinal(plain, 0, plain.length, sealed, NONCE);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /** The plain bytes of {@code sealed} (at {@code offset}, {@code length} long), written for {@code id}. */
    byte[] open(BytesRef id, byte[] sealed, int offset, int length) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, offset, NONCE));
            cipher.updateAAD(id.bytes, id.offset, id.length);
            return cipher.doFinal(sealed, offset + NONCE, length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed document did not open: not written by this index", e);
        }
    }
}
