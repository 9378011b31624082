package io.triad.program;

/** An entry of a page's error summary: the message and the id of the field it links to (null: no link). */
public record ProgramFieldError(String anchor, String message) {
}
