package io.triad.account;

/**
 * Fired while an account is erased, in its transaction, before the account row goes: each feature observes it
 * synchronously and deletes what the account owns there (programs, startups with their openings, the student
 * profile), so account/ erases everything without knowing the features.
 */
public record AccountErased(long accountId) {
}
