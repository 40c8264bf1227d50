package org.deban.search.text;

/**
 * A code that documents carry in a keyword field (a tag, a kind), with the Japanese words it stands for. A query word
 * found in those words finds the documents with the code, as if the words were written in their body.
 */
public record Keyword(String field, String code, String words) {}
