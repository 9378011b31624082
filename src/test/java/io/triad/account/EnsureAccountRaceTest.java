package io.triad.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.domain.Role;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Instances starting together on one new database each ensure the same operator and demo accounts: every call must
 * succeed (a failed one stops that instance's start) and leave exactly one account.
 */
@QuarkusTest
class EnsureAccountRaceTest {
    private static final int STARTERS = 8;
    private static final int ROUNDS = 10;

    @Inject
    AccountService accounts;

    @Test
    void startersEnsuringOneAccountAtOnceAllSucceedAndMakeOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STARTERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String email = "starter-" + UUID.randomUUID() + "@test.example";
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < STARTERS; i++) {
                    calls.add(pool.submit(() -> {
                        gate.await();
                        accounts.ensureAccount(email, TestApi.PASSWORD, Role.OPERATOR);
                        return null;
                    }));
                }
                gate.countDown();
                for (Future<?> call : calls) {
                    call.get(); // rethrows a call's failure
                }
                assertThat(Account.count("lower(email) = ?1", email.toLowerCase())).as(email).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
