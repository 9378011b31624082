package io.triad.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.triad.domain.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** {@code en} or {@code fr} (API.md), given at sign-up. */
    public String language;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    /** Compares as the unique index on lower(email) does, so the look-up uses that index. */
    public static Optional<Account> byEmail(String email) {
        if (!plausibleEmail(email)) {
            return Optional.empty();
        }
        return find("lower(email) = lower(?1)", normalize(email)).firstResultOptional();
    }

    /**
     * Whether {@code email} could be an account's: short enough and without control characters or other forbidden
     * code points anywhere (trimming would otherwise turn an email followed by a NUL into the owner's email, and
     * PostgreSQL refuses NUL).
     */
    public static boolean plausibleEmail(String email) {
        return email != null && email.length() <= 320 && io.triad.domain.validation.Characters.clean(email);
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
