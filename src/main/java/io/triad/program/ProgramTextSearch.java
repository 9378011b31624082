package io.triad.program;

import java.util.List;

/** Full-text search over published programs; implemented by the search index. */
public interface ProgramTextSearch {
    /** Keys of programs matching the user's text, best first (ties by key); 400 for text the parser rejects. */
    List<String> keysByRelevance(String userText);
}
