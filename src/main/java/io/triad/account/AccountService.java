package io.triad.account;

import io.triad.domain.validation.Violation;
import io.triad.domain.validation.InvalidInput;
import io.quarkus.logging.Log;
import io.triad.domain.Role;
import io.triad.web.ProblemException;
import io.triad.config.TriadConfig;
import io.triad.domain.validation.ViolationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** Sign-up, password checks with brute-force throttling, and the operator bootstrap. */
@ApplicationScoped
public class AccountService {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final LoginThrottle logins;
    private final RecentCredentials recent;
    private final Throttle signups;

    private final int hashCost;
    /**
     * A real bcrypt hash of a random string: failed look-ups cost as much as wrong passwords. Worked out on the
     * common pool so it does not delay the start (a tenth of a second at the production cost).
     */
    private final CompletableFuture<String> dummyHash;

    AccountService(TriadConfig config) {
        this.hashCost = config.passwordHashCost();
        this.dummyHash = CompletableFuture.supplyAsync(() -> Passwords.hash("no-such-account-" + System.nanoTime(),
                hashCost));
        Clock clock = Clock.systemUTC();
        this.logins = new LoginThrottle(config.loginFailuresPer15Min(), config.loginFailuresPerEmailPer15Min(),
                config.throttleSubjects(), clock);
        this.recent = new RecentCredentials(clock);
        this.signups = new Throttle(config.signupsPerHour(), Duration.ofHours(1), config.throttleSubjects(), clock);
    }

    /** API.md's sign-up body; {@code language} is {@code en} (the default) or {@code fr}. */
    public record SignUp(String email, String password, String role, String language) {
    }

    @Transactional
    public Account signUp(SignUp request, String clientAddress) {
        // counted before anything is checked: parallel sign-ups cannot exceed the limit either
        if (signups.tryTake(clientAddress).isEmpty()) {
            throw ProblemException.tooManyRequests("Too many sign-ups from this address; try again later",
                    Math.max(1, signups.retryAfter(clientAddress)));
        }
        List<Violation> violations = new ArrayList<>();
        Role role = signUpRole(request.role());
        if (role == null) {
            violations.add(Violation.of("role", ViolationCode.ROLE));
        }
        String email = validEmail(request.email());
        if (email == null) {
            violations.add(Violation.of("email", ViolationCode.EMAIL));
        }
        if (!Passwords.longEnough(request.password())) {
            violations.add(Violation.of("password", ViolationCode.PASSWORD));
        } else if (Passwords.common(request.password())) {
            violations.add(Violation.of("password", ViolationCode.PASSWORD_COMMON));
        }
        String language = request.language() == null ? "en" : request.language();
        if (!language.equals("en") && !language.equals("fr")) {
            violations.add(Violation.of("language", ViolationCode.LANGUAGE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (Account.byEmail(email).isPresent()) {
            throw ProblemException.conflict("An account cannot be created with this email");
        }
        return create(email, request.password(), role, language);
    }

    /** Creates an account; callers have validated and authorised the request. */
    @Transactional
    public Account create(String email, String password, Role role) {
        return create(email, password, role, "en");
    }

    private Account create(String email, String password, Role role, String language) {
        Account account = new Account();
        account.language = language;
        account.email = Account.normalize(email);
        account.passwordHash = Passwords.hash(password, hashCost);
        account.role = role;
        account.persist();
        return account;
    }

    /**
     * The account when the password is right; throttled per (email, client address) and per email
     * ({@link LoginThrottle}: 429 by LoginThrottledException). Credentials verified a moment ago are answered from
     * {@link RecentCredentials} without bcrypt or a slot, unless a window is full.
     */
    @Transactional
    public Optional<Account> verify(String email, String password, String clientAddress) {
        if (!Account.plausibleEmail(email)) {
            // Not an email any account can have (a NUL, a control character): no look-up, no bcrypt, no counting.
            return Optional.empty();
        }
        String subject = Account.normalize(email);
        String digest = recent.digest(subject, password);
        while (true) {
            // waits before touching the database, so that a burst of identical requests holds no connections
            recent.awaitOthers(digest);
            Optional<Account> account = Account.byEmail(subject);
            if (account.isPresent() && recent.vouchFor(digest, account.get().passwordHash)) {
                logins.check(subject, clientAddress);
                return account;
            }
            Optional<Account> checked = recent.alone(digest, () -> check(subject, password, clientAddress, account,
                    digest));
            if (checked != null) {
                return checked;
            }
        }
    }

    /** One attempt: a failure slot first, then bcrypt (as costly for an unknown email), the slot back on success. */
    private Optional<Account> check(String subject, String password, String clientAddress, Optional<Account> account,
            String digest) {
        LoginThrottle.Attempt attempt = logins.begin(subject, clientAddress);
        String hash = account.map(a -> a.passwordHash).orElseGet(dummyHash::join);
        boolean ok = password != null && Passwords.matches(password, hash) && account.isPresent();
        if (!ok) {
            return Optional.empty();
        }
        logins.succeeded(attempt);
        recent.remember(digest, hash);
        return account;
    }

    /**
     * Creates the account unless it exists. Instances starting together on one new database all ensure the same
     * accounts: a transaction-level advisory lock on the email makes the look-up and the insert one step across them
     * (without it, the second insert broke that instance's start on the unique email).
     */
    @Transactional
    public void ensureAccount(String email, String password, Role role) {
        Account.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "triad.account." + Account.normalize(email)).getSingleResult();
        if (Account.byEmail(email).isEmpty()) {
            Account created = create(email, password, role);
            Log.infof("Created the %s account %s", role, created.id);
        }
    }

    /** The role a sign-up may ask for, or null. */
    private static Role signUpRole(String role) {
        if ("STARTUP".equals(role) || "STUDENT".equals(role) || "PROGRAM_ADMIN".equals(role)) {
            return Role.valueOf(role);
        }
        return null;
    }

    /** The normalised email, or null when it is not an email address. */
    static String validEmail(String email) {
        if (email == null || email.length() > 254 || !Account.plausibleEmail(email)
                || !EMAIL.matcher(email.trim()).matches()) {
            return null;
        }
        return Account.normalize(email);
    }
}
