package io.triad.matching;

/** A candidate with its fit score in [0, 1]. */
record Scored<T>(T item, float score) {
}
